import type { Decision, PeriodKind } from '../../generated/prisma/enums.js';

/** How a side's total relates to its periods. */
export type ScoreFromPeriods =
  /** The total is the sum of the scoring periods (football, ice hockey, rugby). */
  | 'SUM'
  /** The total counts the periods won (tennis: sets won). */
  | 'PERIODS_WON'
  /** Nothing is checked. */
  | 'NONE';

/** The order a league table breaks level points in, after points. */
export type TieBreaker =
  | 'SCORE_DIFFERENCE'
  | 'SCORED_FOR'
  | 'WINS'
  | 'AWAY_SCORED_FOR'
  | 'AWAY_WINS'
  | 'HEAD_TO_HEAD_POINTS'
  | 'HEAD_TO_HEAD_SCORE_DIFFERENCE'
  | 'HEAD_TO_HEAD_SCORED_FOR';

export interface PointsRules {
  win: number;
  draw: number;
  loss: number;
  /** A win after overtime, extra time or a shoot-out (ice hockey's 3-2-1-0). */
  winAfterRegulation?: number;
  lossAfterRegulation?: number;
  /** Rugby union: one point for scoring this many tries or more. */
  tryBonusAt?: number;
  /** Rugby union: one point for losing by this margin or less. */
  losingBonusWithin?: number;
}

export interface PeriodSpec {
  kind: PeriodKind;
  /** How many a unit plays in regulation (2 halves); extra periods may add more. */
  count: number;
  /** Minutes of play in each, for checking an incident's minute; absent where play is not timed. */
  minutes?: number;
}

export interface SportRules {
  /** The periods a unit of this discipline is played in, in the order they are played. */
  periods: readonly PeriodSpec[];
  scoreFromPeriods: ScoreFromPeriods;
  /** A shoot-out win adds one to the winner's total (ice hockey), or adds nothing (football). */
  shootoutAddsOne: boolean;
  decisions: readonly Decision[];
  points: PointsRules;
  tieBreakers: readonly TieBreaker[];
}

const FOOTBALL: SportRules = {
  periods: [
    { kind: 'HALF', count: 2, minutes: 45 },
    { kind: 'EXTRA_TIME', count: 2, minutes: 15 },
    { kind: 'SHOOTOUT', count: 1 },
  ],
  scoreFromPeriods: 'SUM',
  shootoutAddsOne: false,
  decisions: ['REGULATION', 'EXTRA_TIME', 'PENALTIES', 'WALKOVER', 'ABANDONED'],
  points: { win: 3, draw: 1, loss: 0 },
  // Premier League and UEFA order after points; head-to-head applies among the clubs still level.
  tieBreakers: [
    'SCORE_DIFFERENCE',
    'SCORED_FOR',
    'HEAD_TO_HEAD_POINTS',
    'HEAD_TO_HEAD_SCORE_DIFFERENCE',
    'HEAD_TO_HEAD_SCORED_FOR',
    'AWAY_SCORED_FOR',
    'WINS',
    'AWAY_WINS',
  ],
};

const ICE_HOCKEY: SportRules = {
  periods: [
    { kind: 'PERIOD', count: 3, minutes: 20 },
    { kind: 'OVERTIME', count: 1, minutes: 20 },
    { kind: 'SHOOTOUT', count: 1 },
  ],
  scoreFromPeriods: 'SUM',
  shootoutAddsOne: true,
  decisions: ['REGULATION', 'OVERTIME', 'SHOOTOUT', 'WALKOVER', 'ABANDONED'],
  // IIHF: 3 for a win in regulation, 2 after overtime or a shoot-out, 1 for losing that way.
  points: { win: 3, draw: 1, loss: 0, winAfterRegulation: 2, lossAfterRegulation: 1 },
  tieBreakers: ['HEAD_TO_HEAD_POINTS', 'HEAD_TO_HEAD_SCORE_DIFFERENCE', 'HEAD_TO_HEAD_SCORED_FOR', 'SCORE_DIFFERENCE', 'SCORED_FOR'],
};

const RUGBY_UNION: SportRules = {
  periods: [
    { kind: 'HALF', count: 2, minutes: 40 },
    { kind: 'EXTRA_TIME', count: 2, minutes: 10 },
  ],
  scoreFromPeriods: 'SUM',
  shootoutAddsOne: false,
  decisions: ['REGULATION', 'EXTRA_TIME', 'GOLDEN_POINT', 'WALKOVER', 'ABANDONED'],
  points: { win: 4, draw: 2, loss: 0, tryBonusAt: 4, losingBonusWithin: 7 },
  tieBreakers: ['WINS', 'SCORE_DIFFERENCE', 'SCORED_FOR', 'HEAD_TO_HEAD_POINTS'],
};

const TENNIS: SportRules = {
  periods: [{ kind: 'SET', count: 5 }],
  scoreFromPeriods: 'PERIODS_WON',
  shootoutAddsOne: false,
  decisions: ['REGULATION', 'RETIREMENT', 'WALKOVER', 'ABANDONED'],
  points: { win: 1, draw: 0, loss: 0 },
  tieBreakers: ['WINS', 'HEAD_TO_HEAD_POINTS', 'SCORE_DIFFERENCE'],
};

const BOXING: SportRules = {
  periods: [],
  scoreFromPeriods: 'NONE',
  shootoutAddsOne: false,
  decisions: ['REGULATION', 'RETIREMENT', 'JUDGES_DECISION', 'WALKOVER', 'ABANDONED'],
  points: { win: 1, draw: 0, loss: 0 },
  tieBreakers: ['WINS'],
};

/** Disciplines without head-to-head rules of their own: any period, any decision, nothing summed. */
const ANY: SportRules = {
  periods: [],
  scoreFromPeriods: 'NONE',
  shootoutAddsOne: false,
  decisions: [
    'REGULATION',
    'EXTRA_TIME',
    'PENALTIES',
    'OVERTIME',
    'SHOOTOUT',
    'RETIREMENT',
    'WALKOVER',
    'ABANDONED',
    'GOLDEN_POINT',
    'JUDGES_DECISION',
  ],
  points: { win: 3, draw: 1, loss: 0 },
  tieBreakers: ['SCORE_DIFFERENCE', 'SCORED_FOR', 'WINS'],
};

const RULES: Readonly<Record<string, SportRules>> = { FBL: FOOTBALL, IHO: ICE_HOCKEY, RUG: RUGBY_UNION, TEN: TENNIS, BOX: BOXING };

/** The head-to-head rules of a discipline, by its code; permissive defaults for the others. */
export function sportRules(disciplineCode: string): SportRules {
  return RULES[disciplineCode] ?? ANY;
}

/** Whether a discipline has rules of its own (periods are checked) rather than the defaults. */
export function hasOwnRules(disciplineCode: string): boolean {
  return disciplineCode in RULES;
}

/**
 * The minutes an incident in this period may carry, before added time: football's second
 * half runs from 46 to 90, its first extra period from 91 to 105. Null where play is not timed.
 */
export function periodMinutes(rules: SportRules, kind: PeriodKind, number: number): { from: number; to: number } | null {
  let elapsed = 0;
  for (const spec of rules.periods) {
    if (spec.minutes === undefined) return null;
    if (spec.kind === kind) {
      if (number < 1 || number > spec.count) return null;
      return { from: elapsed + (number - 1) * spec.minutes + 1, to: elapsed + number * spec.minutes };
    }
    elapsed += spec.count * spec.minutes;
  }
  return null;
}

/** What a period is for: play in regulation, extra play after a draw, or a shoot-out. */
export type PeriodRole = 'REGULATION' | 'EXTRA' | 'SHOOTOUT';

/** Extra time and overtime are played after a level regulation; a shoot-out settles what is still level. */
export function periodRole(kind: PeriodKind): PeriodRole {
  if (kind === 'SHOOTOUT') return 'SHOOTOUT';
  return kind === 'EXTRA_TIME' || kind === 'OVERTIME' ? 'EXTRA' : 'REGULATION';
}

/** The discipline's spec of a period kind, or undefined where it does not play it. */
export function periodSpec(rules: SportRules, kind: PeriodKind): PeriodSpec | undefined {
  return rules.periods.find((spec) => spec.kind === kind);
}

/**
 * Where a period kind comes in the order of play: its place among the discipline's periods,
 * and after them, for a kind the discipline does not list, its role (regulation, extra, shoot-out).
 */
export function periodOrder(rules: SportRules, kind: PeriodKind): number {
  const index = rules.periods.findIndex((spec) => spec.kind === kind);
  if (index >= 0) return index;
  return rules.periods.length + { REGULATION: 0, EXTRA: 1, SHOOTOUT: 2 }[periodRole(kind)];
}

/** Orders periods as they are played: by the discipline's order of kinds, then by number. */
export function comparePeriods<P extends { kind: PeriodKind; number: number | null }>(rules: SportRules): (a: P, b: P) => number {
  return (a, b) => periodOrder(rules, a.kind) - periodOrder(rules, b.kind) || (a.number ?? 0) - (b.number ?? 0);
}
