import type { ResultStatus, ResultType } from '../../../generated/prisma/enums.js';
import type { ResultRowCandidate } from './result-row.js';
import { validateResultSet } from './result-set-rules.js';

type Row = ResultRowCandidate;
type Triple = [number | null, string | null, string];

const ctx = (resultType: ResultType, resultStatus: ResultStatus = 'OFFICIAL') => ({
  resultStatus,
  style: 'HEAD_TO_HEAD' as const,
  resultType,
  tiePolicy: 'NONE' as const,
  eventCompetitorIds: new Set(['red', 'blue', 'third']),
});
const triples = (rows: Row[], resultType: ResultType, status?: ResultStatus): Triple[] =>
  validateResultSet(rows, ctx(resultType, status)).map((issue) => [issue.row, issue.field, issue.code]);

const side = (competitorId: string, displayOrder: number, patch: Partial<Row>): Row => ({ competitorId, displayOrder, ...patch });
const bout = (red: Partial<Row>, blue: Partial<Row>): Row[] => [side('red', 1, red), side('blue', 2, blue)];
const match = (home: [number | null, Row['wlt']], away: [number | null, Row['wlt']], homeExtra: Partial<Row> = {}): Row[] =>
  bout({ score: home[0], wlt: home[1], ...homeExtra }, { score: away[0], wlt: away[1] });

describe('head to head: boxing bout (POINTS)', () => {
  it.each<[string, Row[], ResultStatus, Triple[]]>([
    ['W by KO against L', bout({ wlt: 'W', resultCode: 'KO' }, { wlt: 'L' }), 'OFFICIAL', []],
    ['win on points', bout({ wlt: 'W', resultCode: 'WP', points: '58' }, { wlt: 'L', points: '56' }), 'OFFICIAL', []],
    ['no winner', bout({ wlt: 'T', resultCode: 'NC' }, { wlt: 'T' }), 'OFFICIAL', []],
    [
      'two winners',
      bout({ wlt: 'W', resultCode: 'KO' }, { wlt: 'W' }),
      'OFFICIAL',
      [
        [0, 'wlt', 'HEAD_TO_HEAD_SIDES'],
        [1, 'wlt', 'HEAD_TO_HEAD_SIDES'],
      ],
    ],
    [
      'a win against a draw',
      bout({ wlt: 'W' }, { wlt: 'T' }),
      'OFFICIAL',
      [
        [0, 'wlt', 'HEAD_TO_HEAD_SIDES'],
        [1, 'wlt', 'HEAD_TO_HEAD_SIDES'],
      ],
    ],
    ['loser outcome missing', bout({ wlt: 'W', resultCode: 'KO' }, {}), 'OFFICIAL', [[1, 'wlt', 'HEAD_TO_HEAD_SIDES']]],
    ['loser outcome missing while live', bout({ wlt: 'W' }, {}), 'LIVE', [[1, 'wlt', 'HEAD_TO_HEAD_SIDES']]],
    ['no outcomes yet while live', bout({}, {}), 'LIVE', []],
    [
      'no outcomes when official',
      bout({}, {}),
      'OFFICIAL',
      [
        [0, 'wlt', 'HEAD_TO_HEAD_SIDES'],
        [1, 'wlt', 'HEAD_TO_HEAD_SIDES'],
      ],
    ],
    [
      'result code too long',
      bout({ wlt: 'W', resultCode: 'KNOCKOUT-IN-ROUND-3' }, { wlt: 'L' }),
      'OFFICIAL',
      [[0, 'resultCode', 'FIELD_TOO_LONG']],
    ],
  ])('%s', (_name, rows, status, expected) => {
    expect(triples(rows, 'POINTS', status)).toEqual(expected);
  });

  it.each<[string, Row[], Triple[]]>([
    ['one side', [side('red', 1, { wlt: 'W' })], [[null, null, 'HEAD_TO_HEAD_SIDES']]],
    ['three sides', [...bout({ wlt: 'W' }, { wlt: 'L' }), side('third', 3, { wlt: 'L' })], [[null, null, 'HEAD_TO_HEAD_SIDES']]],
    ['no rows yet', [], []],
  ])('%s', (_name, rows, expected) => {
    expect(triples(rows, 'POINTS')).toEqual(expected);
  });

  it('does not ask a bout for ranks', () => {
    expect(triples(bout({ wlt: 'W' }, { wlt: 'L' }), 'RANK_ONLY')).toEqual([]);
  });
});

describe('head to head: football match (SCORE)', () => {
  it.each<[string, Row[], ResultStatus, Triple[]]>([
    ['2-1 win', match([2, 'W'], [1, 'L']), 'OFFICIAL', []],
    ['1-1 draw', match([1, 'T'], [1, 'T']), 'OFFICIAL', []],
    ['away win 0-3', match([0, 'L'], [3, 'W']), 'OFFICIAL', []],
    ['1-1, won on penalties', match([1, 'W'], [1, 'L'], { resultCode: 'PEN' }), 'OFFICIAL', []],
    ['winner scored less', match([1, 'W'], [2, 'L']), 'OFFICIAL', [[0, 'score', 'SCORE_CONTRADICTS_WLT']]],
    [
      'draw with unequal scores',
      match([2, 'T'], [1, 'T']),
      'OFFICIAL',
      [
        [0, 'score', 'SCORE_CONTRADICTS_WLT'],
        [1, 'score', 'SCORE_CONTRADICTS_WLT'],
      ],
    ],
    [
      'draw against a win',
      match([1, 'T'], [1, 'W']),
      'OFFICIAL',
      [
        [0, 'wlt', 'HEAD_TO_HEAD_SIDES'],
        [1, 'wlt', 'HEAD_TO_HEAD_SIDES'],
      ],
    ],
    ['score missing when official', match([2, 'W'], [null, 'L']), 'OFFICIAL', [[1, 'score', 'MISSING_VALUE']]],
    ['score missing while live', match([2, null], [null, null]), 'LIVE', []],
    ['negative score', match([2, 'W'], [-1, 'L']), 'OFFICIAL', [[1, 'score', 'NON_POSITIVE_VALUE']]],
  ])('%s', (_name, rows, status, expected) => {
    expect(triples(rows, 'SCORE', status)).toEqual(expected);
  });
});
