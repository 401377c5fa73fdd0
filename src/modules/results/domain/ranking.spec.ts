import type { ResultType, TiePolicy } from '../../../generated/prisma/enums.js';
import { computeRanks, type RankableRow } from './ranking.js';
import { validateResultSet } from './result-set-rules.js';
import type { TimeDisplayRule } from './time-format.js';

const times = (...values: Array<number | null | 'DNF'>): RankableRow[] =>
  values.map((value) => (value === 'DNF' ? { irm: 'DNF', timeMs: null } : { timeMs: value }));
const ranksOf = (rows: RankableRow[], resultType: ResultType, tiePolicy: TiePolicy, timeRule?: TimeDisplayRule) =>
  computeRanks(rows, { resultType, tiePolicy, timeRule }).map(({ rank, rankEqual }) => `${rank ?? '-'}${rankEqual ? '=' : ''}`);

describe('computeRanks', () => {
  it.each<[string, RankableRow[], ResultType, TiePolicy, TimeDisplayRule | undefined, string[]]>([
    ['standard competition ranks', times(100, 200, 200, 300), 'TIME', 'SHARED_RANK', undefined, ['1', '2=', '2=', '4']],
    ['any input order', times(300, 100, 200), 'TIME', 'SHARED_RANK', undefined, ['3', '1', '2']],
    ['IRM and untimed rows stay unranked', times(100, 'DNF', null, 200), 'TIME', 'SHARED_RANK', undefined, ['1', '-', '-', '2']],
    ['reference story', times(72310, 72590, 73950, 74550, null), 'TIME', 'BREAK_BY_FINER_PRECISION', undefined, ['1', '2', '3', '4', '-']],
    ['Sochi: thousandths break the tie', times(105009, 105006), 'TIME', 'BREAK_BY_FINER_PRECISION', undefined, ['2', '1']],
    [
      'finer precision: equal ms still tie',
      times(105006, 105006, 105009),
      'TIME',
      'BREAK_BY_FINER_PRECISION',
      undefined,
      ['1=', '1=', '3'],
    ],
    ['shared rank ties at the printed hundredth', times(105006, 105009, 105010), 'TIME', 'SHARED_RANK', undefined, ['1=', '1=', '3']],
    ['shared rank printed to thousandths', times(105006, 105009), 'TIME', 'SHARED_RANK', { decimals: 3, rounding: 'TRUNCATE' }, ['1', '2']],
    ['shared rank, half-up display', times(105004, 105006), 'TIME', 'SHARED_RANK', { decimals: 2, rounding: 'HALF_UP' }, ['1', '2']],
    [
      'points: higher is better',
      [{ points: '212.34' }, { points: '226.13' }, { points: 212.34 }],
      'POINTS',
      'BREAK_BY_RULE',
      undefined,
      ['2=', '1', '2='],
    ],
    ['marks: longer is better', [{ markMm: 8100 }, { markMm: 8950 }, { markMm: 0 }], 'MARK', 'SHARED_RANK', undefined, ['2', '1', '-']],
    ['scores are not ranked here', [{}, {}], 'SCORE', 'NONE', undefined, ['-', '-']],
    ['nothing to rank', [], 'TIME', 'SHARED_RANK', undefined, []],
  ])('%s', (_name, rows, resultType, tiePolicy, timeRule, expected) => {
    expect(ranksOf(rows, resultType, tiePolicy, timeRule)).toEqual(expected);
  });

  it('keeps the other fields of each row', () => {
    const [row] = computeRanks([{ competitorId: 'kok', timeMs: 72590, rank: 9 }], { resultType: 'TIME', tiePolicy: 'SHARED_RANK' });
    expect(row).toEqual({ competitorId: 'kok', timeMs: 72590, rank: 1, rankEqual: false });
  });

  it('produces ranks that pass the official checks', () => {
    const rows = computeRanks(
      [100, 200, 200, 300, null].map((timeMs, i) => ({
        competitorId: `c${i}`,
        displayOrder: i + 1,
        timeMs,
        irm: timeMs === null ? ('DNS' as const) : null,
      })),
      { resultType: 'TIME', tiePolicy: 'SHARED_RANK' },
    );
    const ctx = {
      resultStatus: 'OFFICIAL' as const,
      style: 'RANKED' as const,
      resultType: 'TIME' as const,
      tiePolicy: 'SHARED_RANK' as const,
      eventCompetitorIds: new Set(rows.map((row) => row.competitorId)),
    };
    expect(validateResultSet(rows, ctx)).toEqual([]);
  });
});
