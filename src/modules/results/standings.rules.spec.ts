import { type StandingCandidate, validateStandings } from './standings.rules.js';

type Triple = [number | null, string | null, string];
const entered = new Set(['a', 'b', 'c', 'd']);
const podium = (): StandingCandidate[] => [
  { competitorId: 'a', rank: 1, medal: 'GOLD' },
  { competitorId: 'b', rank: 2, medal: 'SILVER' },
  { competitorId: 'c', rank: 3, medal: 'BRONZE' },
  { competitorId: 'd', irm: 'DNF' },
];
const edit = (index: number, patch: Partial<StandingCandidate>) => podium().map((s, i) => (i === index ? { ...s, ...patch } : s));

describe('validateStandings', () => {
  it.each<[string, StandingCandidate[], Triple[]]>([
    ['a podium and a DNF', podium(), []],
    ['medallists only (partial standings)', podium().slice(0, 2), []],
    [
      'two golds for a tie',
      [
        { competitorId: 'a', rank: 1, rankEqual: true, medal: 'GOLD' },
        { competitorId: 'b', rank: 1, rankEqual: true, medal: 'GOLD' },
        { competitorId: 'c', rank: 3, medal: 'BRONZE' },
      ],
      [],
    ],
    ['silver on rank 3', edit(2, { medal: 'SILVER' }), [[2, 'medal', 'MEDAL_RANK_MISMATCH']]],
    ['a medal without a rank', edit(3, { irm: null, medal: 'BRONZE' }), [[3, 'medal', 'MEDAL_WITHOUT_RANK']]],
    ['a rank on a DNF', edit(3, { rank: 4 }), [[3, 'rank', 'RANK_ON_INVALID_RESULT']]],
    ['a competitor not entered', edit(3, { competitorId: 'x' }), [[3, 'competitorId', 'COMPETITOR_NOT_IN_EVENT']]],
    ['a competitor twice', edit(3, { competitorId: 'a' }), [[3, 'competitorId', 'DUPLICATE_COMPETITOR']]],
    [
      'a shared rank not flagged',
      edit(2, { rank: 2, medal: 'SILVER' }),
      [
        [1, 'rankEqual', 'TIE_NOT_FLAGGED'],
        [2, 'rankEqual', 'TIE_NOT_FLAGGED'],
      ],
    ],
    ['a tie flag without a rank', edit(3, { rankEqual: true }), [[3, 'rankEqual', 'TIE_FLAG_WITHOUT_TIE']]],
  ])('%s', (_name, standings, expected) => {
    expect(validateStandings(standings, entered).map((i) => [i.row, i.field, i.code])).toEqual(expected);
  });
});
