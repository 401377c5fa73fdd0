import type { ResultStatus, TiePolicy } from '../../../generated/prisma/enums.js';
import type { ResultRowCandidate, ResultSetContext } from './result-row.js';
import { validateResultSet } from './result-set-rules.js';

type Row = ResultRowCandidate;
type Triple = [number | null, string | null, string];

const ids = ['leerdam', 'kok', 'takagi', 'bowe', 'jackson', 'c5', 'c6', 'c7'];
const ctx = (overrides: Partial<ResultSetContext> = {}): ResultSetContext => ({
  resultStatus: 'OFFICIAL',
  style: 'RANKED',
  resultType: 'TIME',
  tiePolicy: 'BREAK_BY_FINER_PRECISION',
  eventCompetitorIds: new Set(ids),
  ...overrides,
});
const triples = (rows: Row[], context: ResultSetContext): Triple[] =>
  validateResultSet(rows, context).map((issue) => [issue.row, issue.field, issue.code]);

/** The reference story as known from the report: partial, no lanes, Bowe unranked, Jackson untimed. */
const women1000m = (): Row[] => [
  {
    competitorId: 'leerdam',
    displayOrder: 1,
    startGroup: 15,
    rank: 1,
    timeMs: 72310,
    timePrecision: 'HUNDREDTHS',
    medal: 'GOLD',
    recordMarks: ['OR'],
  },
  { competitorId: 'kok', displayOrder: 2, startGroup: 14, rank: 2, timeMs: 72590, timePrecision: 'HUNDREDTHS', medal: 'SILVER' },
  { competitorId: 'takagi', displayOrder: 3, startGroup: 15, rank: 3, timeMs: 73950, timePrecision: 'HUNDREDTHS', medal: 'BRONZE' },
  { competitorId: 'bowe', displayOrder: 4, startGroup: 14, rank: null, timeMs: 74550, timePrecision: 'HUNDREDTHS' },
  { competitorId: 'jackson', displayOrder: 5, rank: 6 },
];

/** A complete race: five ranked skaters and a DNF. */
const official = (): Row[] => [
  { competitorId: 'leerdam', displayOrder: 1, startGroup: 15, lane: 'O', rank: 1, timeMs: 72310, medal: 'GOLD', recordMarks: ['OR'] },
  { competitorId: 'kok', displayOrder: 2, startGroup: 14, lane: 'I', rank: 2, timeMs: 72590, medal: 'SILVER' },
  { competitorId: 'takagi', displayOrder: 3, startGroup: 15, lane: 'I', rank: 3, timeMs: 73950, medal: 'BRONZE' },
  { competitorId: 'bowe', displayOrder: 4, startGroup: 14, lane: 'O', rank: 4, timeMs: 74550 },
  { competitorId: 'jackson', displayOrder: 5, startGroup: 13, lane: 'I', rank: 5, timeMs: 74600 },
  { competitorId: 'c5', displayOrder: 6, startGroup: 13, lane: 'O', irm: 'DNF' },
];

const edit = (rows: Row[], index: number, patch: Partial<Row>): Row[] => rows.map((row, i) => (i === index ? { ...row, ...patch } : row));

/** Rows c0..cN with the given ranks and times, in display order. */
const race = (entries: Array<[number | null, number | null, Partial<Row>?]>): Row[] =>
  entries.map(([rank, timeMs, extra], i) => ({ competitorId: ids[i], displayOrder: i + 1, rank, timeMs, ...extra }));

describe('validateResultSet: reference story', () => {
  it('accepts the partial women 1000 m of Milano Cortina 2026', () => {
    expect(validateResultSet(women1000m(), ctx({ resultStatus: 'PARTIAL' }))).toEqual([]);
  });

  it('holds the same rows to the complete-result rules once they are official', () => {
    expect(triples(women1000m(), ctx())).toEqual([
      [3, 'rank', 'MISSING_RANK'],
      [4, 'timeMs', 'MISSING_VALUE'],
      [4, 'rank', 'RANK_GAP'],
    ]);
  });

  it('accepts a complete official race', () => {
    expect(validateResultSet(official(), ctx())).toEqual([]);
  });
});

describe('validateResultSet: one rule at a time', () => {
  it.each<[string, () => Row[], Partial<ResultSetContext>, Triple[]]>([
    ['duplicate display order', () => edit(official(), 1, { displayOrder: 1 }), {}, [[1, 'displayOrder', 'DUPLICATE_DISPLAY_ORDER']]],
    ['one lane per pair', () => edit(official(), 2, { lane: 'O' }), {}, [[2, 'lane', 'DUPLICATE_LANE']]],
    ['the same lane in another pair', () => edit(official(), 3, { lane: 'I' }), {}, [[3, 'lane', 'DUPLICATE_LANE']]],
    [
      'lanes without pairs clash too',
      () =>
        race([
          [1, 100, { lane: '4' }],
          [2, 200, { lane: '4' }],
        ]),
      {},
      [[1, 'lane', 'DUPLICATE_LANE']],
    ],
    ['duplicate competitor', () => edit(official(), 1, { competitorId: 'leerdam' }), {}, [[1, 'competitorId', 'DUPLICATE_COMPETITOR']]],
    [
      'competitor not entered',
      () => edit(official(), 4, { competitorId: 'stranger' }),
      {},
      [[4, 'competitorId', 'COMPETITOR_NOT_IN_EVENT']],
    ],
    ['rank on a DNF', () => edit(official(), 5, { rank: 6 }), {}, [[5, 'rank', 'RANK_ON_INVALID_RESULT']]],
    ['missing rank, official', () => edit(official(), 4, { rank: null }), {}, [[4, 'rank', 'MISSING_RANK']]],
    ['missing rank, unofficial', () => edit(official(), 4, { rank: null }), { resultStatus: 'UNOFFICIAL' }, [[4, 'rank', 'MISSING_RANK']]],
    ['missing rank, partial', () => edit(official(), 4, { rank: null }), { resultStatus: 'PARTIAL' }, []],
    ['missing rank, live', () => edit(official(), 4, { rank: null }), { resultStatus: 'LIVE' }, []],
    ['missing time, official', () => edit(official(), 4, { timeMs: null }), {}, [[4, 'timeMs', 'MISSING_VALUE']]],
    ['zero time', () => edit(official(), 4, { timeMs: 0 }), {}, [[4, 'timeMs', 'NON_POSITIVE_VALUE']]],
    ['negative time', () => edit(official(), 4, { timeMs: -74600 }), {}, [[4, 'timeMs', 'NON_POSITIVE_VALUE']]],
    ['rank zero', () => race([[0, 100]]), { resultStatus: 'PARTIAL' }, [[0, 'rank', 'NON_POSITIVE_VALUE']]],
    ['fractional rank', () => race([[1.5, 100]]), { resultStatus: 'PARTIAL' }, [[0, 'rank', 'INVALID_INTEGER']]],
    ['display order zero', () => edit(official(), 0, { displayOrder: 0 }), {}, [[0, 'displayOrder', 'NON_POSITIVE_VALUE']]],
    ['silver on rank 3', () => edit(official(), 2, { medal: 'SILVER' }), {}, [[2, 'medal', 'MEDAL_RANK_MISMATCH']]],
    [
      'medal without rank',
      () => edit(women1000m(), 3, { medal: 'BRONZE' }),
      { resultStatus: 'PARTIAL' },
      [[3, 'medal', 'MEDAL_WITHOUT_RANK']],
    ],
    ['medal on a DNF', () => edit(official(), 5, { medal: 'BRONZE' }), {}, [[5, 'medal', 'MEDAL_WITHOUT_RANK']]],
    [
      'two golds for a tie',
      () =>
        race([
          [1, 100, { rankEqual: true, medal: 'GOLD' }],
          [1, 100, { rankEqual: true, medal: 'GOLD' }],
          [3, 200, { medal: 'BRONZE' }],
        ]),
      {},
      [],
    ],
    ['record code in lower case', () => edit(official(), 0, { recordMarks: ['or'] }), {}, [[0, 'recordMarks', 'INVALID_RECORD_MARK']]],
    ['record code listed twice', () => edit(official(), 0, { recordMarks: ['OR', 'OR'] }), {}, [[0, 'recordMarks', 'INVALID_RECORD_MARK']]],
    ['record codes with digits', () => edit(official(), 0, { recordMarks: ['WU20R', 'EWR', 'TR'] }), {}, []],
    ['record on a DNF', () => edit(official(), 5, { recordMarks: ['PB'] }), {}, [[5, 'recordMarks', 'INVALID_RECORD_MARK']]],
    [
      'a thousandth at hundredths',
      () => edit(official(), 0, { timeMs: 72315, timePrecision: 'HUNDREDTHS' }),
      {},
      [[0, 'timePrecision', 'TIME_PRECISION_MISMATCH']],
    ],
    [
      'precision without a time',
      () => edit(official(), 5, { timePrecision: 'HUNDREDTHS' }),
      {},
      [[5, 'timePrecision', 'TIME_PRECISION_MISMATCH']],
    ],
    [
      'qualification mark too long',
      () => edit(official(), 0, { qualificationMark: 'QUALIFIED' }),
      {},
      [[0, 'qualificationMark', 'FIELD_TOO_LONG']],
    ],
  ])('%s', (_name, rows, context, expected) => {
    expect(triples(rows(), ctx(context))).toEqual(expected);
  });

  it('reports every row that breaks a rule, not just the first', () => {
    const rows = edit(edit(edit(official(), 1, { displayOrder: 1 }), 3, { timeMs: 0 }), 4, { competitorId: 'stranger' });
    expect(triples(rows, ctx())).toEqual([
      [1, 'displayOrder', 'DUPLICATE_DISPLAY_ORDER'],
      [3, 'timeMs', 'NON_POSITIVE_VALUE'],
      [4, 'competitorId', 'COMPETITOR_NOT_IN_EVENT'],
    ]);
  });

  it('explains each issue', () => {
    const [issue] = validateResultSet(edit(official(), 1, { displayOrder: 1 }), ctx());
    expect(issue.message).toBe('displayOrder 1 is already used by row 0');
  });
});

describe('validateResultSet: ties and rank sequence', () => {
  const eq = { rankEqual: true };
  it.each<[string, Row[], ResultStatus, Triple[]]>([
    [
      'flagged tie, next rank skips',
      race([
        [1, 100],
        [2, 200, eq],
        [2, 200, eq],
        [4, 300],
      ]),
      'OFFICIAL',
      [],
    ],
    [
      'tie not flagged',
      race([
        [1, 100],
        [2, 200],
        [2, 200],
        [4, 300],
      ]),
      'OFFICIAL',
      [
        [1, 'rankEqual', 'TIE_NOT_FLAGGED'],
        [2, 'rankEqual', 'TIE_NOT_FLAGGED'],
      ],
    ],
    [
      'tie flagged on one row only',
      race([
        [1, 100],
        [2, 200, eq],
        [2, 200],
        [4, 300],
      ]),
      'OFFICIAL',
      [[2, 'rankEqual', 'TIE_NOT_FLAGGED']],
    ],
    [
      'flag without a tie',
      race([
        [1, 100],
        [2, 200, eq],
        [3, 300],
      ]),
      'OFFICIAL',
      [[1, 'rankEqual', 'TIE_FLAG_WITHOUT_TIE']],
    ],
    [
      'flag without a rank, partial',
      race([
        [1, 100],
        [null, 200, eq],
      ]),
      'PARTIAL',
      [[1, 'rankEqual', 'TIE_FLAG_WITHOUT_TIE']],
    ],
    [
      'flagged partner missing from a partial list',
      race([
        [1, 100],
        [4, 400, eq],
      ]),
      'PARTIAL',
      [],
    ],
    [
      'dense ranks after a tie',
      race([
        [1, 100],
        [2, 200, eq],
        [2, 200, eq],
        [3, 300],
      ]),
      'OFFICIAL',
      [[3, 'rank', 'RANK_GAP']],
    ],
    [
      'skipped rank',
      race([
        [1, 100],
        [3, 300],
        [4, 400],
      ]),
      'OFFICIAL',
      [[1, 'rank', 'RANK_GAP']],
    ],
    [
      'ranks start at 1',
      race([
        [2, 100],
        [3, 300],
      ]),
      'UNOFFICIAL',
      [[0, 'rank', 'RANK_GAP']],
    ],
    [
      'three-way tie',
      race([
        [1, 100, eq],
        [1, 100, eq],
        [1, 100, eq],
        [4, 300],
      ]),
      'OFFICIAL',
      [],
    ],
    [
      'holes are normal in partial results',
      race([
        [1, 100],
        [2, 200],
        [3, 300],
        [6, null],
      ]),
      'PARTIAL',
      [],
    ],
  ])('%s', (_name, rows, resultStatus, expected) => {
    expect(triples(rows, ctx({ resultStatus, tiePolicy: 'SHARED_RANK' }))).toEqual(expected);
  });
});

describe('validateResultSet: ranks against times', () => {
  const at = (p: 'HUNDREDTHS' | 'THOUSANDTHS') => ({ timePrecision: p });
  it.each<[string, Row[], TiePolicy, Triple[]]>([
    [
      'faster skater ranked lower',
      race([
        [1, 72590],
        [2, 72310],
      ]),
      'SHARED_RANK',
      [[1, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']],
    ],
    [
      'faster than a rank two places up',
      race([
        [1, 100],
        [2, 300],
        [3, 200],
      ]),
      'SHARED_RANK',
      [[2, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']],
    ],
    [
      'ranks in time order',
      race([
        [1, 100],
        [2, 200],
        [3, 300],
      ]),
      'SHARED_RANK',
      [],
    ],
    [
      'Sochi: thousandths separate',
      race([
        [1, 105006, at('THOUSANDTHS')],
        [2, 105009, at('THOUSANDTHS')],
      ]),
      'BREAK_BY_FINER_PRECISION',
      [],
    ],
    [
      'Sochi inverted',
      race([
        [1, 105009, at('THOUSANDTHS')],
        [2, 105006, at('THOUSANDTHS')],
      ]),
      'BREAK_BY_FINER_PRECISION',
      [[1, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']],
    ],
    [
      'equal hundredths split by unstored thousandths',
      race([
        [1, 105000, at('HUNDREDTHS')],
        [2, 105000, at('HUNDREDTHS')],
      ]),
      'BREAK_BY_FINER_PRECISION',
      [],
    ],
    [
      'equal thousandths split anyway',
      race([
        [1, 105006, at('THOUSANDTHS')],
        [2, 105006, at('THOUSANDTHS')],
      ]),
      'BREAK_BY_FINER_PRECISION',
      [[1, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']],
    ],
    [
      'equal times split where ties are shared',
      race([
        [1, 105000],
        [2, 105000],
      ]),
      'SHARED_RANK',
      [[1, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']],
    ],
    [
      'equal times split by rule',
      race([
        [1, 105000],
        [2, 105000],
      ]),
      'BREAK_BY_RULE',
      [],
    ],
    [
      'tied rows, then a faster one',
      race([
        [1, 100, { rankEqual: true }],
        [1, 100, { rankEqual: true }],
        [3, 90],
      ]),
      'SHARED_RANK',
      [[2, 'rank', 'RANK_ORDER_CONTRADICTS_TIME']],
    ],
    [
      'IRM rows are not compared',
      race([
        [1, 100],
        [null, 50, { irm: 'DSQ' }],
      ]),
      'SHARED_RANK',
      [],
    ],
  ])('%s', (_name, rows, tiePolicy, expected) => {
    expect(triples(rows, ctx({ resultStatus: 'PARTIAL', tiePolicy }))).toEqual(expected);
  });

  it('does not compare times in a points event', () => {
    const rows = race([
      [1, 200, { points: '60' }],
      [2, 100, { points: '40' }],
    ]);
    expect(triples(rows, ctx({ resultType: 'POINTS' }))).toEqual([]);
  });
});

describe('validateResultSet: other value types', () => {
  it.each<[string, Row[], Partial<ResultSetContext>, Triple[]]>([
    [
      'points',
      race([
        [1, null, { points: '212.34' }],
        [2, null, { points: '200.5' }],
      ]),
      { resultType: 'POINTS' },
      [],
    ],
    [
      'points not a number',
      race([[1, null, { points: 'abc' }]]),
      { resultType: 'POINTS', resultStatus: 'PARTIAL' },
      [[0, 'points', 'INVALID_POINTS']],
    ],
    [
      'points with 4 decimals',
      race([[1, null, { points: '1.2345' }]]),
      { resultType: 'POINTS', resultStatus: 'PARTIAL' },
      [[0, 'points', 'INVALID_POINTS']],
    ],
    [
      'negative points',
      race([[1, null, { points: '-1' }]]),
      { resultType: 'POINTS', resultStatus: 'PARTIAL' },
      [[0, 'points', 'NON_POSITIVE_VALUE']],
    ],
    ['missing points, official', race([[1, null, { points: null }]]), { resultType: 'POINTS' }, [[0, 'points', 'MISSING_VALUE']]],
    ['a mark', race([[1, null, { markMm: 8950 }]]), { resultType: 'MARK' }, []],
    [
      'a zero mark',
      race([[1, null, { markMm: 0 }]]),
      { resultType: 'MARK', resultStatus: 'PARTIAL' },
      [[0, 'markMm', 'NON_POSITIVE_VALUE']],
    ],
    [
      'rank only needs no value',
      race([
        [1, null],
        [2, null],
      ]),
      { resultType: 'RANK_ONLY' },
      [],
    ],
  ])('%s', (_name, rows, context, expected) => {
    expect(triples(rows, ctx(context))).toEqual(expected);
  });
});
