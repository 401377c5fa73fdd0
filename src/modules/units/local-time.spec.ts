import { localIsoTime } from './local-time.js';

describe('localIsoTime', () => {
  it.each([
    ['2024-05-19T15:00:00Z', 'Europe/London', '2024-05-19T16:00:00+01:00'],
    ['2024-01-19T15:00:00Z', 'Europe/London', '2024-01-19T15:00:00+00:00'],
    ['2026-02-09T16:30:00Z', 'Europe/Rome', '2026-02-09T17:30:00+01:00'],
    ['2024-07-01T02:00:00Z', 'America/Denver', '2024-06-30T20:00:00-06:00'],
    ['2024-07-01T00:00:00Z', 'Asia/Kolkata', '2024-07-01T05:30:00+05:30'],
    ['2024-07-01T00:00:00Z', 'UTC', '2024-07-01T00:00:00+00:00'],
    ['2024-03-31T00:59:59Z', 'Europe/Amsterdam', '2024-03-31T01:59:59+01:00'],
    ['2024-03-31T01:00:00Z', 'Europe/Amsterdam', '2024-03-31T03:00:00+02:00'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localIsoTime(new Date(instant), zone)).toBe(expected);
  });

  it('gives the same instant back when parsed', () => {
    const instant = new Date('2024-10-27T00:30:00Z');
    expect(new Date(localIsoTime(instant, 'Europe/London')!).getTime()).toBe(instant.getTime());
  });

  it('is null for a zone Intl does not know', () => {
    expect(localIsoTime(new Date(), 'Mars/Olympus_Mons')).toBeNull();
  });
});
