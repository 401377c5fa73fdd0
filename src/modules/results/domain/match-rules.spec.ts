import type { Decision, PhaseKind } from '../../../generated/prisma/enums.js';
import type { PeriodCandidate, ResultRowCandidate, ResultSetContext } from './result-row.js';
import { validateResultSet } from './result-set-rules.js';
import { setsWon } from './match-rules.js';

const asRows = (sides: [Side, Side]) => sides.map((side, i) => ({ competitorId: String(i), displayOrder: i + 1, ...side }));

type Side = Partial<ResultRowCandidate>;

const ids = ['home', 'away'];
function check(
  code: string,
  sides: [Side, Side],
  decision: Decision | null = null,
  phaseKind: PhaseKind = 'GROUP',
  leg: number | null = null,
) {
  const rows = sides.map((side, i) => ({ competitorId: ids[i], displayOrder: i + 1, ...side }));
  const ctx: ResultSetContext = {
    // Not a complete status: these tests leave outcomes and scores out where they do not matter.
    resultStatus: 'UNCONFIRMED',
    style: 'HEAD_TO_HEAD',
    resultType: 'SCORE',
    tiePolicy: 'SHARED_RANK',
    eventCompetitorIds: new Set(ids),
    match: { disciplineCode: code, decision, phaseKind, leg },
  };
  return validateResultSet(rows, ctx).map((issue) => [issue.row, issue.field, issue.code]);
}

const p = (kind: PeriodCandidate['kind'], number: number, score: number, tieBreak?: number): PeriodCandidate => ({
  kind,
  number,
  score,
  tieBreak,
});
const halves = (a: number, b: number) => [p('HALF', 1, a), p('HALF', 2, b)];
const extra = (a: number, b: number) => [p('EXTRA_TIME', 1, a), p('EXTRA_TIME', 2, b)];
const hockey = (a: number, b: number, c: number) => [p('PERIOD', 1, a), p('PERIOD', 2, b), p('PERIOD', 3, c), p('OVERTIME', 1, 0)];

describe('match rules: periods and totals', () => {
  it.each<[string, string, [Side, Side], Decision | null, unknown[]]>([
    [
      'a football win in regulation',
      'FBL',
      [
        { wlt: 'W', score: 2, periods: halves(1, 1) },
        { wlt: 'L', score: 1, periods: halves(0, 1) },
      ],
      'REGULATION',
      [],
    ],
    [
      'ice hockey won in a shoot-out: 2-2 becomes 3-2',
      'IHO',
      [
        { wlt: 'W', score: 3, periods: [...hockey(1, 0, 1), p('SHOOTOUT', 1, 2)] },
        { wlt: 'L', score: 2, periods: [...hockey(0, 2, 0), p('SHOOTOUT', 1, 1)] },
      ],
      'SHOOTOUT',
      [],
    ],
    [
      'a football final on penalties: the score leaves the shoot-out out',
      'FBL',
      [
        { wlt: 'W', score: 1, periods: [...halves(1, 0), ...extra(0, 0), p('SHOOTOUT', 1, 4)] },
        { wlt: 'L', score: 1, periods: [...halves(0, 1), ...extra(0, 0), p('SHOOTOUT', 1, 2)] },
      ],
      'PENALTIES',
      [],
    ],
    [
      'a total that is not the sum of its periods',
      'FBL',
      [
        { wlt: 'W', score: 3, periods: halves(1, 1) },
        { wlt: 'L', score: 1, periods: halves(0, 1) },
      ],
      null,
      [[0, 'score', 'SCORE_PERIODS_MISMATCH']],
    ],
    [
      'ice hockey shoot-out winner without the extra goal',
      'IHO',
      [
        { wlt: 'W', score: 2, periods: [...hockey(1, 0, 1), p('SHOOTOUT', 1, 2)] },
        { wlt: 'L', score: 2, periods: [...hockey(0, 2, 0), p('SHOOTOUT', 1, 1)] },
      ],
      'SHOOTOUT',
      [[0, 'score', 'SCORE_PERIODS_MISMATCH']],
    ],
    [
      'a period the discipline does not play, and a third half',
      'FBL',
      [
        { score: 1, periods: [p('QUARTER', 1, 1)] },
        { score: 0, periods: [p('HALF', 3, 0)] },
      ],
      null,
      [
        [0, 'periods.0.kind', 'PERIOD_NOT_IN_DISCIPLINE'],
        [0, 'periods', 'PERIODS_NOT_PAIRED'],
        [1, 'periods.0.number', 'PERIOD_NOT_IN_DISCIPLINE'],
        [1, 'periods', 'PERIODS_NOT_PAIRED'],
      ],
    ],
    [
      'the same period twice',
      'FBL',
      [{ periods: [p('HALF', 1, 1), p('HALF', 1, 0)] }, { periods: [p('HALF', 1, 0)] }],
      null,
      [[0, 'periods.1.number', 'DUPLICATE_PERIOD']],
    ],
    [
      'tie-break points outside a set',
      'FBL',
      [{ periods: [p('HALF', 1, 1, 3)] }, { periods: [p('HALF', 1, 0)] }],
      null,
      [[0, 'periods.0.tieBreak', 'TIEBREAK_NOT_ALLOWED']],
    ],
    ['two home sides', 'FBL', [{ designation: 'HOME' }, { designation: 'HOME' }], null, [[1, 'designation', 'DUPLICATE_DESIGNATION']]],
    [
      'a permissive discipline takes any period',
      'HBL',
      [
        { score: 30, periods: [p('QUARTER', 7, 10)] },
        { score: 2, periods: [] },
      ],
      null,
      [],
    ],
  ])('%s', (_name, code, sides, decision, expected) => {
    expect(check(code, sides, decision)).toEqual(expected);
  });
});

describe('match rules: decisions', () => {
  const penalties = (a: number, b: number): [Side, Side] => [
    { wlt: 'W', score: 1, periods: [...halves(1, 0), ...extra(0, 0), p('SHOOTOUT', 1, a)] },
    { wlt: 'L', score: 1, periods: [...halves(0, 1), ...extra(0, 0), p('SHOOTOUT', 1, b)] },
  ];
  it.each<[string, string, [Side, Side], Decision, unknown[]]>([
    [
      'a decision the discipline does not know',
      'FBL',
      [{ wlt: 'W' }, { wlt: 'L' }],
      'SHOOTOUT',
      [[null, 'decision', 'DECISION_NOT_IN_DISCIPLINE']],
    ],
    [
      'penalties without a shoot-out',
      'FBL',
      [
        { wlt: 'W', score: 2, periods: [...halves(1, 0), ...extra(1, 0)] },
        { wlt: 'L', score: 1, periods: [...halves(0, 1), ...extra(0, 0)] },
      ],
      'PENALTIES',
      [[null, 'decision', 'DECISION_CONTRADICTS_PERIODS']],
    ],
    [
      'penalties after unequal totals, without periods',
      'FBL',
      [
        { wlt: 'W', score: 2 },
        { wlt: 'L', score: 1 },
      ],
      'PENALTIES',
      [[null, 'decision', 'DECISION_CONTRADICTS_SCORE']],
    ],
    [
      'an ice hockey shoot-out win by two, without periods',
      'IHO',
      [
        { wlt: 'W', score: 4 },
        { wlt: 'L', score: 2 },
      ],
      'SHOOTOUT',
      [[null, 'decision', 'DECISION_CONTRADICTS_SCORE']],
    ],
    [
      'a shoot-out that ends level',
      'FBL',
      penalties(3, 3),
      'PENALTIES',
      [
        [0, 'periods.4.score', 'SHOOTOUT_LEVEL'],
        [1, 'periods.4.score', 'SHOOTOUT_LEVEL'],
      ],
    ],
    ['the shoot-out loser as the winner', 'FBL', penalties(2, 4), 'PENALTIES', [[1, 'wlt', 'SHOOTOUT_WINNER_MISMATCH']]],
    [
      'a shoot-out after an unequal score',
      'FBL',
      [
        { wlt: 'W', score: 2, periods: [...halves(2, 0), p('SHOOTOUT', 1, 4)] },
        { wlt: 'L', score: 1, periods: [...halves(0, 1), p('SHOOTOUT', 1, 2)] },
      ],
      'PENALTIES',
      [[null, 'decision', 'DECISION_CONTRADICTS_PERIODS']],
    ],
    [
      'extra time without extra periods',
      'FBL',
      [
        { wlt: 'W', score: 2, periods: halves(1, 1) },
        { wlt: 'L', score: 1, periods: halves(0, 1) },
      ],
      'EXTRA_TIME',
      [[null, 'decision', 'DECISION_CONTRADICTS_PERIODS']],
    ],
    ['extra time with a shoot-out', 'FBL', penalties(4, 2), 'EXTRA_TIME', [[null, 'decision', 'DECISION_CONTRADICTS_PERIODS']]],
    [
      'regulation with extra time',
      'FBL',
      [
        { wlt: 'W', score: 2, periods: [...halves(1, 0), ...extra(1, 0)] },
        { wlt: 'L', score: 1, periods: [...halves(0, 1), ...extra(0, 0)] },
      ],
      'REGULATION',
      [[null, 'decision', 'DECISION_CONTRADICTS_PERIODS']],
    ],
    [
      'a draw decided on penalties',
      'FBL',
      [
        { wlt: 'T', score: 1 },
        { wlt: 'T', score: 1 },
      ],
      'PENALTIES',
      [[null, 'decision', 'DECISION_CONTRADICTS_WLT']],
    ],
    [
      'a decision without periods is taken as given',
      'FBL',
      [
        { wlt: 'W', score: 1 },
        { wlt: 'L', score: 1 },
      ],
      'PENALTIES',
      [],
    ],
  ])('%s', (_name, code, sides, decision, expected) => {
    expect(check(code, sides, decision)).toEqual(expected);
  });
});

describe('match rules: a shoot-out decision without periods', () => {
  it('takes level totals on penalties, and an ice hockey shoot-out win by the one goal it adds', () => {
    expect(
      check(
        'FBL',
        [
          { wlt: 'W', score: 1 },
          { wlt: 'L', score: 1 },
        ],
        'PENALTIES',
      ),
    ).toEqual([]);
    expect(
      check(
        'IHO',
        [
          { wlt: 'W', score: 3 },
          { wlt: 'L', score: 2 },
        ],
        'SHOOTOUT',
      ),
    ).toEqual([]);
  });
});

describe('match rules: tennis', () => {
  const sets = (...games: Array<[number, number, number?, number?]>): [Side, Side] => [
    { periods: games.map(([a, , ta], i) => p('SET', i + 1, a, ta)) },
    { periods: games.map(([, b, , tb], i) => p('SET', i + 1, b, tb)) },
  ];
  const withScores = (sides: [Side, Side], a: number, b: number, wlt: ['W' | 'L', 'W' | 'L']): [Side, Side] => [
    { ...sides[0], score: a, wlt: wlt[0] },
    { ...sides[1], score: b, wlt: wlt[1] },
  ];

  it('counts sets won, a 7-6 set on its tie-break', () => {
    expect(check('TEN', withScores(sets([6, 4], [6, 7, 5, 7], [7, 6, 7, 3]), 2, 1, ['W', 'L']), 'REGULATION')).toEqual([]);
  });
  it('refuses a score that is not the sets won', () => {
    expect(check('TEN', withScores(sets([6, 4], [6, 3]), 1, 0, ['W', 'L']), 'REGULATION')).toEqual([
      [0, 'score', 'SCORE_PERIODS_MISMATCH'],
    ]);
  });
  it('refuses a tie-break won by the side that lost the set', () => {
    expect(check('TEN', withScores(sets([7, 6, 3, 7], [6, 2]), 2, 0, ['W', 'L']), 'REGULATION')).toEqual([
      [0, 'periods.0.tieBreak', 'TIEBREAK_CONTRADICTS_SET'],
    ]);
  });
  it('takes a retirement mid-set, even by the side ahead', () => {
    expect(check('TEN', withScores(sets([4, 6], [3, 1]), 0, 1, ['W', 'L']), 'RETIREMENT')).toEqual([]);
    expect(setsWon(asRows(sets([4, 6], [3, 1])), 'RETIREMENT')).toEqual([0, 1]);
    expect(setsWon(asRows(sets([4, 6], [3, 1])), 'REGULATION')).toEqual([1, 1]);
  });
  it('refuses a retired side that had already won', () => {
    expect(check('TEN', withScores(sets([6, 4], [6, 4], [6, 4]), 0, 3, ['W', 'L']), 'RETIREMENT')).toEqual([
      [0, 'score', 'SCORE_PERIODS_MISMATCH'],
      [1, 'score', 'SCORE_PERIODS_MISMATCH'],
    ]);
    expect(check('TEN', withScores(sets([4, 6], [4, 6], [4, 6]), 0, 3, ['W', 'L']), 'RETIREMENT')).toEqual([[1, 'score', 'LOSER_HAS_WON']]);
  });
});

describe('match rules: draws in knockout phases', () => {
  const draw: [Side, Side] = [
    { wlt: 'T', score: 1 },
    { wlt: 'T', score: 1 },
  ];
  it.each<[PhaseKind, number | null, unknown[]]>([
    [
      'FINAL',
      null,
      [
        [0, 'wlt', 'TIE_NOT_ALLOWED'],
        [1, 'wlt', 'TIE_NOT_ALLOWED'],
      ],
    ],
    [
      'ROUND_OF_16',
      2,
      [
        [0, 'wlt', 'TIE_NOT_ALLOWED'],
        [1, 'wlt', 'TIE_NOT_ALLOWED'],
      ],
    ],
    ['ROUND_OF_16', 1, []],
    ['GROUP', null, []],
    ['LEAGUE', null, []],
  ])('a draw in a %s (leg %s)', (phaseKind, leg, expected) => {
    expect(check('FBL', draw, null, phaseKind, leg)).toEqual(expected);
  });
});
