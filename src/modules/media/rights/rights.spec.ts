import { ErrorCode } from '../../../common/errors/error-codes.js';
import { rightsStatus, type MediaRightsStatus } from './rights-status.js';
import { assertRightsWindow, type RightsWindow, RightsWindowInvalidError } from './rights-window.js';

const NOW = new Date('2026-02-10T12:00:00.000Z');
const at = (iso: string) => new Date(iso);

describe('rightsStatus', () => {
  it.each<[string, Partial<RightsWindow>, MediaRightsStatus]>([
    ['CLEAR without a window', {}, 'CLEAR'],
    ['CLEAR once the embargo has ended', { embargoUntil: at('2026-02-10T11:59:59.999Z') }, 'CLEAR'],
    ['CLEAR with the expiry past the warning horizon', { expiresAt: at('2026-02-17T12:00:00.001Z') }, 'CLEAR'],
    ['EMBARGOED until the embargo ends', { embargoUntil: at('2026-02-10T12:00:00.001Z') }, 'EMBARGOED'],
    [
      'EMBARGOED before an expiry within the horizon',
      { embargoUntil: at('2026-02-11T00:00:00Z'), expiresAt: at('2026-02-12T00:00:00Z') },
      'EMBARGOED',
    ],
    ['EXPIRING on the warning horizon', { expiresAt: at('2026-02-17T12:00:00.000Z') }, 'EXPIRING'],
    ['EXPIRING a moment before the expiry', { expiresAt: at('2026-02-10T12:00:00.001Z') }, 'EXPIRING'],
    ['EXPIRED at the expiry itself', { expiresAt: NOW }, 'EXPIRED'],
    [
      'EXPIRED after the embargo and the expiry',
      { embargoUntil: at('2026-01-01T00:00:00Z'), expiresAt: at('2026-02-01T00:00:00Z') },
      'EXPIRED',
    ],
  ])('%s', (_, window, expected) => {
    expect(rightsStatus({ embargoUntil: null, expiresAt: null, ...window }, NOW, 7)).toBe(expected);
  });

  it('warns no earlier than the configured number of days', () => {
    const expiresAt = at('2026-02-12T12:00:00Z');
    expect(rightsStatus({ embargoUntil: null, expiresAt }, NOW, 1)).toBe('CLEAR');
    expect(rightsStatus({ embargoUntil: null, expiresAt }, NOW, 2)).toBe('EXPIRING');
    expect(rightsStatus({ embargoUntil: null, expiresAt }, NOW, 0)).toBe('CLEAR');
  });
});

describe('assertRightsWindow', () => {
  it.each<[string, Partial<RightsWindow>]>([
    ['no window', {}],
    ['an embargo only', { embargoUntil: NOW }],
    ['an expiry only, in the past', { expiresAt: at('2020-01-01T00:00:00Z') }],
    ['an embargo ending before the expiry', { embargoUntil: NOW, expiresAt: at('2026-02-10T12:00:00.001Z') }],
  ])('accepts %s', (_, window) => {
    expect(() => {
      assertRightsWindow({ embargoUntil: null, expiresAt: null, ...window }, 'input.expiresAt');
    }).not.toThrow();
  });

  it.each<[string, RightsWindow]>([
    ['an embargo ending at the expiry', { embargoUntil: NOW, expiresAt: NOW }],
    ['an embargo ending after the expiry', { embargoUntil: at('2026-03-01T00:00:00Z'), expiresAt: NOW }],
  ])('refuses %s with RIGHTS_WINDOW_INVALID naming the field', (_, window) => {
    let caught: unknown;
    try {
      assertRightsWindow(window, 'input.embargoUntil');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RightsWindowInvalidError);
    const error = caught as RightsWindowInvalidError;
    expect(error.code).toBe(ErrorCode.RIGHTS_WINDOW_INVALID);
    expect(error.details).toMatchObject({ field: 'input.embargoUntil', issues: [{ path: 'input.embargoUntil' }] });
    expect(error.message).toContain(window.expiresAt!.toISOString());
  });
});
