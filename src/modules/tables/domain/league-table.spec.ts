import { sportRules } from '../../disciplines/sport-rules.js';
import { computeLeagueTable, matchPoints, type TableMatch } from './league-table.js';

let n = 0;
/** A finished match: [home, score, away, score], optional decision and tries. */
function match(
  home: string,
  hs: number,
  away: string,
  as: number,
  extra: Partial<TableMatch> & { tries?: [number, number] } = {},
): TableMatch {
  n += 1;
  const wlt = (a: number, b: number): 'W' | 'L' | 'T' => (a > b ? 'W' : a < b ? 'L' : 'T');
  return {
    unitId: `u${n}`,
    playedAt: new Date(Date.UTC(2024, 0, n)),
    order: n,
    decision: extra.decision ?? null,
    pastRegulation: extra.pastRegulation ?? false,
    sides: [
      { competitorId: home, score: hs, wlt: wlt(hs, as), designation: 'HOME', tries: extra.tries?.[0] ?? 0 },
      { competitorId: away, score: as, wlt: wlt(as, hs), designation: 'AWAY', tries: extra.tries?.[1] ?? 0 },
    ],
  };
}
const names = (...ids: string[]) => new Map(ids.map((id) => [id, id.toUpperCase()]));

describe('league table', () => {
  it.each([
    ['football win', 'FBL', 2, 1, null, [3, 0]],
    ['football draw', 'FBL', 1, 1, null, [1, 1]],
    ['ice hockey regulation win', 'IHO', 3, 1, null, [3, 0]],
    ['ice hockey overtime win', 'IHO', 3, 2, 'OVERTIME', [2, 1]],
    ['ice hockey shoot-out win', 'IHO', 4, 3, 'SHOOTOUT', [2, 1]],
  ] as const)('%s gives %j', (_name, code, hs, as, decision, expected) => {
    const m = match('a', hs, 'b', as, { decision });
    const rules = sportRules(code).points;
    expect([matchPoints(rules, m, m.sides[0], m.sides[1])?.points, matchPoints(rules, m, m.sides[1], m.sides[0])?.points]).toEqual(
      expected,
    );
  });

  it.each([
    ['4 tries and a win: 4 + 1', 30, 10, [4, 1], { a: [4, 1], b: [0, 0] }],
    ['a loss by 7: losing bonus', 20, 13, [2, 1], { a: [4, 0], b: [0, 1] }],
    ['a loss by 8: nothing', 21, 13, [2, 1], { a: [4, 0], b: [0, 0] }],
    ['4 tries in a loss by 5: both bonuses', 30, 25, [3, 4], { a: [4, 0], b: [0, 2] }],
  ] as const)('rugby union: %s', (_name, hs, as, tries, expected) => {
    const m = match('a', hs, 'b', as, { tries: [tries[0], tries[1]] });
    const rules = sportRules('RUG').points;
    const a = matchPoints(rules, m, m.sides[0], m.sides[1]);
    const b = matchPoints(rules, m, m.sides[1], m.sides[0]);
    expect({ a: [a?.points, a?.bonus], b: [b?.points, b?.bonus] }).toEqual(expected);
  });

  it('ranks by points, then score difference, then goals, and shares a rank only when all is level', () => {
    const table = computeLeagueTable(
      sportRules('FBL'),
      [match('a', 3, 'b', 0), match('c', 1, 'd', 0), match('a', 0, 'c', 0), match('b', 2, 'd', 2)],
      names('a', 'b', 'c', 'd'),
      [],
    );
    expect(table.map((r) => [r.competitorId, r.rank, r.points, r.scoreDifference])).toEqual([
      ['a', 1, 4, 3],
      ['c', 2, 4, 1],
      ['d', 3, 1, -1],
      ['b', 4, 1, -3],
    ]);
  });

  it('breaks a tie on head-to-head points among the clubs still level (ice hockey puts head-to-head first)', () => {
    // a, b and d on 3 points: a has the best difference, but lost to b; d beat b; a and d did not meet.
    const matches = [match('b', 1, 'a', 0), match('a', 9, 'c', 0), match('d', 1, 'b', 0)];
    const order = (code: string) => computeLeagueTable(sportRules(code), matches, names('a', 'b', 'c', 'd'), []).map((r) => r.competitorId);
    expect(order('FBL')).toEqual(['a', 'd', 'b', 'c']);
    expect(order('IHO')).toEqual(['d', 'b', 'a', 'c']);
    const level = [match('a', 1, 'b', 2), match('b', 0, 'c', 1), match('c', 0, 'a', 1)];
    // Three level on 3 points and difference 0, goals 2/2/1: c goes below; a and b are then split on head-to-head (b won).
    const table = computeLeagueTable(sportRules('FBL'), level, names('a', 'b', 'c'), []);
    expect(table.map((r) => [r.competitorId, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('subtracts deductions and reports them; a level pair with nothing to split them shares the rank', () => {
    const table = computeLeagueTable(sportRules('FBL'), [match('a', 1, 'b', 1)], names('a', 'b', 'c'), [{ competitorId: 'a', points: 3 }]);
    expect(table.map((r) => [r.competitorId, r.rank, r.rankShared, r.points, r.deductedPoints])).toEqual([
      ['b', 1, false, 1, 0],
      ['c', 2, false, 0, 0],
      ['a', 3, false, -2, 3],
    ]);
    const shared = computeLeagueTable(sportRules('FBL'), [], names('x', 'y'), []);
    expect(shared.map((r) => [r.competitorId, r.rank, r.rankShared])).toEqual([
      ['x', 1, true],
      ['y', 1, true],
    ]);
  });

  it('keeps the last five results, newest first', () => {
    const ms = [
      match('a', 1, 'b', 0),
      match('a', 0, 'b', 1),
      match('a', 1, 'b', 1),
      match('a', 2, 'b', 0),
      match('a', 2, 'b', 0),
      match('a', 0, 'b', 3),
    ];
    expect(computeLeagueTable(sportRules('FBL'), ms, names('a', 'b'), []).find((r) => r.competitorId === 'a')?.form).toEqual([
      'L',
      'W',
      'W',
      'D',
      'L',
    ]);
  });
});
