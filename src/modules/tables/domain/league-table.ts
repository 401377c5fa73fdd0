import type { Decision, Designation, Wlt } from '../../../generated/prisma/enums.js';
import type { PointsRules, SportRules, TieBreaker } from '../../disciplines/sport-rules.js';

/** One side of a finished match, as the table reads it. */
export interface MatchSide {
  competitorId: string;
  score: number | null;
  wlt: Wlt | null;
  designation: Designation | null;
  /** Tries and penalty tries (rugby union's try bonus); 0 elsewhere. */
  tries: number;
}

/** A finished head-to-head unit of the phase. */
export interface TableMatch {
  unitId: string;
  playedAt: Date | null;
  order: number;
  decision: Decision | null;
  /** The unit went past regulation time (an OVERTIME, EXTRA_TIME or SHOOTOUT period), whatever its decision says. */
  pastRegulation: boolean;
  sides: readonly [MatchSide, MatchSide];
}

export interface TableDeduction {
  competitorId: string;
  points: number;
}

export type FormResult = 'W' | 'D' | 'L';

export interface ComputedRow {
  rank: number;
  rankShared: boolean;
  competitorId: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  scoredFor: number;
  scoredAgainst: number;
  scoreDifference: number;
  points: number;
  bonusPoints: number;
  deductedPoints: number;
  /** The last five results, newest first. */
  form: FormResult[];
}

interface Tally {
  competitorId: string;
  /** Tie-break order among otherwise level rows: the competitor's name. */
  sortName: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  scoredFor: number;
  scoredAgainst: number;
  awayScoredFor: number;
  awayWins: number;
  matchPoints: number;
  bonusPoints: number;
  deductedPoints: number;
  results: { at: number; order: number; result: FormResult }[];
}

const AFTER_REGULATION: ReadonlySet<Decision> = new Set(['EXTRA_TIME', 'PENALTIES', 'OVERTIME', 'SHOOTOUT', 'GOLDEN_POINT']);

/** W, D or L of one side: its stored outcome, else its score against the other's. */
function outcomeOf(side: MatchSide, other: MatchSide): FormResult | null {
  if (side.wlt) return side.wlt === 'W' ? 'W' : side.wlt === 'L' ? 'L' : 'D';
  if (side.score == null || other.score == null) return null;
  return side.score > other.score ? 'W' : side.score < other.score ? 'L' : 'D';
}

/** The points one side takes from a match: match points, and rugby's bonus points apart. */
export function matchPoints(
  rules: PointsRules,
  match: Pick<TableMatch, 'decision' | 'pastRegulation'>,
  side: MatchSide,
  other: MatchSide,
): { points: number; bonus: number; result: FormResult } | null {
  const result = outcomeOf(side, other);
  if (!result) return null;
  const extra = match.pastRegulation || (match.decision !== null && AFTER_REGULATION.has(match.decision));
  let points = result === 'D' ? rules.draw : result === 'W' ? rules.win : rules.loss;
  if (extra && result === 'W' && rules.winAfterRegulation !== undefined) points = rules.winAfterRegulation;
  if (extra && result === 'L' && rules.lossAfterRegulation !== undefined) points = rules.lossAfterRegulation;
  let bonus = 0;
  if (rules.tryBonusAt !== undefined && side.tries >= rules.tryBonusAt) bonus += 1;
  if (
    rules.losingBonusWithin !== undefined &&
    result === 'L' &&
    side.score != null &&
    other.score != null &&
    other.score - side.score <= rules.losingBonusWithin
  ) {
    bonus += 1;
  }
  return { points, bonus, result };
}

function emptyTally(competitorId: string, sortName: string): Tally {
  return {
    competitorId,
    sortName,
    played: 0,
    won: 0,
    drawn: 0,
    lost: 0,
    scoredFor: 0,
    scoredAgainst: 0,
    awayScoredFor: 0,
    awayWins: 0,
    matchPoints: 0,
    bonusPoints: 0,
    deductedPoints: 0,
    results: [],
  };
}

/** Adds the matches to the tallies of the competitors in `among` (all when null); others are ignored. */
function tally(
  rules: PointsRules,
  matches: readonly TableMatch[],
  competitors: ReadonlyMap<string, string>,
  among: ReadonlySet<string> | null,
): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const [id, name] of competitors) if (!among || among.has(id)) tallies.set(id, emptyTally(id, name));
  for (const match of matches) {
    const [a, b] = match.sides;
    if (among && !(among.has(a.competitorId) && among.has(b.competitorId))) continue;
    for (const [side, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const t = tallies.get(side.competitorId);
      const taken = matchPoints(rules, match, side, other);
      if (!t || !taken) continue;
      t.played += 1;
      if (taken.result === 'W') t.won += 1;
      else if (taken.result === 'D') t.drawn += 1;
      else t.lost += 1;
      t.scoredFor += side.score ?? 0;
      t.scoredAgainst += other.score ?? 0;
      if (side.designation === 'AWAY') {
        t.awayScoredFor += side.score ?? 0;
        if (taken.result === 'W') t.awayWins += 1;
      }
      t.matchPoints += taken.points;
      t.bonusPoints += taken.bonus;
      t.results.push({ at: match.playedAt?.getTime() ?? 0, order: match.order, result: taken.result });
    }
  }
  return tallies;
}

const totalPoints = (t: Tally) => t.matchPoints + t.bonusPoints - t.deductedPoints;

const HEAD_TO_HEAD: ReadonlySet<TieBreaker> = new Set(['HEAD_TO_HEAD_POINTS', 'HEAD_TO_HEAD_SCORE_DIFFERENCE', 'HEAD_TO_HEAD_SCORED_FOR']);

/** A criterion's value for each competitor of a level group; higher is better. */
function criterionValues(
  criterion: TieBreaker,
  group: readonly Tally[],
  context: { rules: PointsRules; matches: readonly TableMatch[]; competitors: ReadonlyMap<string, string> },
): Map<string, number> {
  if (HEAD_TO_HEAD.has(criterion)) {
    // A mini-table of the matches among the clubs still level (deductions do not count in it).
    const mini = tally(context.rules, context.matches, context.competitors, new Set(group.map((t) => t.competitorId)));
    return new Map(
      group.map((t) => {
        const m = mini.get(t.competitorId) ?? emptyTally(t.competitorId, t.sortName);
        const value =
          criterion === 'HEAD_TO_HEAD_POINTS'
            ? m.matchPoints + m.bonusPoints
            : criterion === 'HEAD_TO_HEAD_SCORE_DIFFERENCE'
              ? m.scoredFor - m.scoredAgainst
              : m.scoredFor;
        return [t.competitorId, value];
      }),
    );
  }
  const of = (t: Tally): number => {
    switch (criterion) {
      case 'SCORE_DIFFERENCE':
        return t.scoredFor - t.scoredAgainst;
      case 'SCORED_FOR':
        return t.scoredFor;
      case 'WINS':
        return t.won;
      case 'AWAY_SCORED_FOR':
        return t.awayScoredFor;
      case 'AWAY_WINS':
        return t.awayWins;
      default:
        return 0;
    }
  };
  return new Map(group.map((t) => [t.competitorId, of(t)]));
}

/** Splits a group by value, best first. */
function splitBy(group: readonly Tally[], values: ReadonlyMap<string, number>): Tally[][] {
  const byValue = new Map<number, Tally[]>();
  for (const t of group) {
    const value = values.get(t.competitorId) ?? 0;
    const bucket = byValue.get(value);
    if (bucket) bucket.push(t);
    else byValue.set(value, [t]);
  }
  return [...byValue.entries()].sort(([a], [b]) => b - a).map(([, members]) => members);
}

/**
 * Orders a group of rows level on points by the criteria in turn: each criterion splits the
 * group, and each part still level goes on to the next criterion (a head-to-head criterion is
 * computed on a mini-table of that part's matches). Returns the parts still level on everything.
 */
function orderLevel(
  group: readonly Tally[],
  criteria: readonly TieBreaker[],
  context: { rules: PointsRules; matches: readonly TableMatch[]; competitors: ReadonlyMap<string, string> },
): Tally[][] {
  if (group.length < 2 || criteria.length === 0) return [[...group]];
  const [criterion, ...rest] = criteria;
  return splitBy(group, criterionValues(criterion, group, context)).flatMap((part) => orderLevel(part, rest, context));
}

/**
 * The league table of a phase: every competitor of `competitors` (id → name, which orders rows
 * level on everything), ranked by points then by the discipline's tie-breakers. A rank is
 * shared only when every criterion is level.
 */
export function computeLeagueTable(
  rules: Pick<SportRules, 'points' | 'tieBreakers'>,
  matches: readonly TableMatch[],
  competitors: ReadonlyMap<string, string>,
  deductions: readonly TableDeduction[],
): ComputedRow[] {
  const context = { rules: rules.points, matches, competitors };
  const tallies = tally(rules.points, matches, competitors, null);
  for (const deduction of deductions) {
    const t = tallies.get(deduction.competitorId);
    if (t) t.deductedPoints += deduction.points;
  }
  const groups = splitBy([...tallies.values()], new Map([...tallies.values()].map((t) => [t.competitorId, totalPoints(t)])));
  const rows: ComputedRow[] = [];
  for (const group of groups) {
    for (const level of orderLevel(group, rules.tieBreakers, context)) {
      const rank = rows.length + 1;
      level.sort((a, b) => a.sortName.localeCompare(b.sortName) || a.competitorId.localeCompare(b.competitorId));
      for (const t of level) rows.push(toRow(t, rank, level.length > 1));
    }
  }
  return rows;
}

function toRow(t: Tally, rank: number, rankShared: boolean): ComputedRow {
  const form = [...t.results]
    .sort((a, b) => b.at - a.at || b.order - a.order)
    .slice(0, 5)
    .map((r) => r.result);
  return {
    rank,
    rankShared,
    competitorId: t.competitorId,
    played: t.played,
    won: t.won,
    drawn: t.drawn,
    lost: t.lost,
    scoredFor: t.scoredFor,
    scoredAgainst: t.scoredAgainst,
    scoreDifference: t.scoredFor - t.scoredAgainst,
    points: totalPoints(t),
    bonusPoints: t.bonusPoints,
    deductedPoints: t.deductedPoints,
    form,
  };
}
