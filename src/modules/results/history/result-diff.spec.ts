import { diffRows } from './result-diff.js';
import { byCompetitor, resultValues } from './row-values.js';

const row = (competitorId: string, fields: Record<string, unknown> = {}) => ({ competitorId, displayOrder: 1, ...fields });

describe('diffRows over result rows', () => {
  const diff = (before: ReturnType<typeof row>[], after: ReturnType<typeof row>[]) =>
    diffRows(byCompetitor(before, resultValues), byCompetitor(after, resultValues));

  it('gives nothing for a save that changes nothing', () => {
    const rows = [row('a', { rank: 1, timeMs: 72310, recordMarks: ['OR', 'WR'] }), row('b', { displayOrder: 2, rank: 2 })];
    expect(
      diff(
        rows,
        rows.map((r) => ({ ...r })),
      ),
    ).toEqual([]);
  });

  it('gives a corrected time as one CHANGED row with only that field', () => {
    expect(diff([row('a', { rank: 1, timeMs: 72310 })], [row('a', { rank: 1, timeMs: 72300 })])).toEqual([
      { competitorId: 'a', action: 'CHANGED', before: { timeMs: 72310 }, after: { timeMs: 72300 } },
    ]);
  });

  it('gives added and removed rows whole', () => {
    const changes = diff([row('a', { rank: 1 })], [row('b', { rank: 1 })]);
    expect(changes.map((c) => [c.competitorId, c.action])).toEqual([
      ['b', 'ADDED'],
      ['a', 'REMOVED'],
    ]);
    expect(changes[0]).toMatchObject({ before: null, after: { rank: 1, displayOrder: 1, timeMs: null } });
    expect(changes[1]).toMatchObject({ before: { rank: 1 }, after: null });
  });

  it.each([
    ['points written with trailing zeros', { points: '212.450' }, { points: '212.45' }],
    ['record marks in another order', { recordMarks: ['WR', 'OR'] }, { recordMarks: ['OR', 'WR'] }],
    ['an absent field and its default', { rankEqual: undefined, lane: undefined }, { rankEqual: false, lane: null }],
    [
      'details in another order',
      {
        details: [
          { kind: 'SPLIT', seq: 2, label: '600m', timeMs: 2 },
          { kind: 'SPLIT', seq: 1, label: '200m', timeMs: 1 },
        ],
      },
      {
        details: [
          { kind: 'SPLIT', seq: 1, label: '200m', timeMs: 1, judge: '' },
          { kind: 'SPLIT', seq: 2, label: '600m', timeMs: 2 },
        ],
      },
    ],
  ])('treats %s as unchanged', (_name, before, after) => {
    expect(diff([row('a', before)], [row('a', after)])).toEqual([]);
  });
});
