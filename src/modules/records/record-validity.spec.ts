import { standsOn } from './record-validity.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('standsOn', () => {
  it.each([
    { name: 'set before, never beaten', setOn: '2026-02-09', supersededOn: null, day: '2026-02-10', expected: true },
    { name: 'set on the day itself', setOn: '2026-02-09', supersededOn: null, day: '2026-02-09', expected: true },
    { name: 'set after the day', setOn: '2026-02-09', supersededOn: null, day: '2026-02-08', expected: false },
    { name: 'beaten before the day', setOn: '2018-02-14', supersededOn: '2022-02-17', day: '2026-02-09', expected: false },
    {
      name: 'beaten on the day (the new record stands)',
      setOn: '2018-02-14',
      supersededOn: '2026-02-09',
      day: '2026-02-09',
      expected: false,
    },
    { name: 'unknown set date, not beaten', setOn: null, supersededOn: null, day: '2026-02-09', expected: true },
  ])('$name', ({ setOn, supersededOn, day, expected }) => {
    expect(standsOn({ setOn: setOn ? d(setOn) : null, supersededOn: supersededOn ? d(supersededOn) : null }, d(day))).toBe(expected);
  });
});
