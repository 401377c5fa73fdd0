import { scoreLine, type ScoreLineSide } from './score-line.js';

const side = (name: string, score: number | null, periods: ScoreLineSide['periods'] = []): ScoreLineSide => ({ name, score, periods });

describe('scoreLine', () => {
  it('writes home first with an en dash', () => {
    expect(scoreLine([side('Rovers', 3), side('United', 1)], 'REGULATION')).toBe('Rovers 3–1 United');
    expect(scoreLine([side('Rovers', 0), side('United', 0)], null)).toBe('Rovers 0–0 United');
  });

  it('adds the shoot-out score, and extra time when it was played, to a win on penalties', () => {
    const inter = side('Inter', 1, [
      { kind: 'HALF', score: 1 },
      { kind: 'EXTRA_TIME', score: 0 },
      { kind: 'SHOOTOUT', score: 4 },
    ]);
    const barca = side('Barcelona', 1, [
      { kind: 'HALF', score: 1 },
      { kind: 'EXTRA_TIME', score: 0 },
      { kind: 'SHOOTOUT', score: 2 },
    ]);
    expect(scoreLine([inter, barca], 'PENALTIES')).toBe('Inter 1–1 Barcelona (a.e.t., 4–2 on penalties)');
    expect(scoreLine([side('A', 0), side('B', 0)], 'PENALTIES')).toBe('A 0–0 B (on penalties)');
  });

  it.each([
    ['EXTRA_TIME', 'Rovers 2–1 United (a.e.t.)'],
    ['OVERTIME', 'Rovers 2–1 United (OT)'],
    ['SHOOTOUT', 'Rovers 2–1 United (SO)'],
    ['RETIREMENT', 'Rovers 2–1 United (ret.)'],
    ['WALKOVER', 'Rovers 2–1 United (w/o)'],
  ] as const)('marks a match decided by %s', (decision, expected) => {
    expect(scoreLine([side('Rovers', 2), side('United', 1)], decision)).toBe(expected);
  });

  it('has no score line before both sides have a score, or for other than two sides', () => {
    expect(scoreLine([side('Rovers', 2), side('United', null)], null)).toBeNull();
    expect(scoreLine([side('Rovers', 2)], null)).toBeNull();
  });
});
