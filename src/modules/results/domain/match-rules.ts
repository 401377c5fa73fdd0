import type { Decision, PhaseKind } from '../../../generated/prisma/enums.js';
import { hasOwnRules, periodRole, periodSpec, type SportRules, sportRules } from '../../disciplines/sport-rules.js';
import type { IssueSink, MatchContext, PeriodCandidate, ResultRowCandidate, ResultSetContext } from './result-row.js';

/** At most this many typed periods per row: five sets, or two halves, two extra periods and a shoot-out, with room to spare. */
export const MAX_PERIODS_PER_ROW = 20;

/** Phases whose matches need a winner; only the first leg of a two-legged tie may end level. */
export const KNOCKOUT_PHASE_KINDS: ReadonlySet<PhaseKind> = new Set<PhaseKind>([
  'ROUND_OF_32',
  'ROUND_OF_16',
  'QUARTERFINAL',
  'SEMIFINAL',
  'FINAL',
  'THIRD_PLACE',
  'PLAYOFF',
  'FINAL_B',
]);

const SHOOTOUT_DECISIONS = new Set<Decision>(['PENALTIES', 'SHOOTOUT']);
const EXTRA_DECISIONS = new Set<Decision>(['EXTRA_TIME', 'OVERTIME', 'GOLDEN_POINT']);
/** Decisions that always name a winner. */
const WINNER_DECISIONS = new Set<Decision>(['PENALTIES', 'SHOOTOUT', 'RETIREMENT', 'WALKOVER']);
/** Decisions after which the last set need not be finished. */
const CUT_SHORT = new Set<Decision>(['RETIREMENT', 'WALKOVER', 'ABANDONED']);

const key = (p: PeriodCandidate) => `${p.kind} ${p.number}`;

/** A side's periods summed up: the score before any shoot-out, and the shoot-out's. */
interface SideSums {
  periods: readonly PeriodCandidate[];
  regular: number;
  shootout: PeriodCandidate | undefined;
  extra: boolean;
}

function sums(row: ResultRowCandidate): SideSums {
  const periods = row.periods ?? [];
  return {
    periods,
    regular: periods.filter((p) => periodRole(p.kind) !== 'SHOOTOUT').reduce((total, p) => total + p.score, 0),
    shootout: periods.find((p) => periodRole(p.kind) === 'SHOOTOUT'),
    extra: periods.some((p) => periodRole(p.kind) === 'EXTRA'),
  };
}

/**
 * The per-discipline rules of a match (sportRules of its discipline): periods it plays, the
 * total against the periods, the decision against the periods and outcomes, and draws in a
 * phase that needs a winner. Disciplines without rules of their own only get the checks
 * that hold everywhere (duplicate periods, designations, draws in knockout phases).
 */
export function checkMatch(rows: readonly ResultRowCandidate[], ctx: ResultSetContext, add: IssueSink): void {
  const match = ctx.match;
  if (!match) return;
  const rules = sportRules(match.disciplineCode);
  const own = hasOwnRules(match.disciplineCode);
  rows.forEach((row, i) => {
    checkPeriods(row.periods ?? [], i, rules, own, add);
  });
  if (match.decision && !rules.decisions.includes(match.decision)) {
    add(null, 'decision', 'DECISION_NOT_IN_DISCIPLINE', `${match.disciplineCode} does not end a match by ${match.decision}`);
  }
  checkDesignations(rows, add);
  if (ctx.style !== 'HEAD_TO_HEAD' || rows.length !== 2) return;
  checkTie(rows, match, add);
  if (!own) return;
  const paired = checkPaired(rows, add);
  const sides = rows.map(sums);
  if (paired) checkShootout(rows, sides, add);
  if (rules.scoreFromPeriods === 'SUM') checkSum(rows, sides, rules, add);
  if (rules.scoreFromPeriods === 'PERIODS_WON' && paired) checkPeriodsWon(rows, rules, match.decision, add);
  if (match.decision) checkDecision(rows, sides, rules, match.decision, paired, add);
}

function checkPeriods(periods: readonly PeriodCandidate[], i: number, rules: SportRules, own: boolean, add: IssueSink): void {
  const seen = new Map<string, number>();
  periods.forEach((period, j) => {
    const spec = periodSpec(rules, period.kind);
    if (own && !spec) {
      add(i, `periods.${j}.kind`, 'PERIOD_NOT_IN_DISCIPLINE', `this discipline does not play a ${period.kind}`);
    } else if (spec && period.number > spec.count) {
      add(
        i,
        `periods.${j}.number`,
        'PERIOD_NOT_IN_DISCIPLINE',
        `at most ${spec.count} ${period.kind} period(s), got number ${period.number}`,
      );
    }
    if (period.tieBreak != null && period.kind !== 'SET') {
      add(i, `periods.${j}.tieBreak`, 'TIEBREAK_NOT_ALLOWED', `tie-break points belong to sets, not to a ${period.kind}`);
    }
    const earlier = seen.get(key(period));
    if (earlier === undefined) seen.set(key(period), j);
    else add(i, `periods.${j}.number`, 'DUPLICATE_PERIOD', `${key(period)} is already given by period ${earlier}`);
  });
}

function checkDesignations(rows: readonly ResultRowCandidate[], add: IssueSink): void {
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    if (row.designation !== 'HOME' && row.designation !== 'AWAY') return;
    const earlier = first.get(row.designation);
    if (earlier === undefined) first.set(row.designation, i);
    else add(i, 'designation', 'DUPLICATE_DESIGNATION', `row ${earlier} is already ${row.designation}`);
  });
}

function checkTie(rows: readonly ResultRowCandidate[], match: MatchContext, add: IssueSink): void {
  if (rows[0].wlt !== 'T' || rows[1].wlt !== 'T') return;
  if (!match.phaseKind || !KNOCKOUT_PHASE_KINDS.has(match.phaseKind) || match.leg === 1) return;
  for (const i of [0, 1]) {
    add(i, 'wlt', 'TIE_NOT_ALLOWED', `a ${match.phaseKind} match needs a winner; only the first leg of a two-legged tie may be drawn`);
  }
}

/** Both sides list the same periods (or neither lists any); the other period rules compare them side by side. */
function checkPaired(rows: readonly ResultRowCandidate[], add: IssueSink): boolean {
  const [a, b] = rows.map((row) => new Set((row.periods ?? []).map(key)));
  if (a.size === 0 && b.size === 0) return false;
  let paired = true;
  rows.forEach((row, i) => {
    const other = i === 0 ? b : a;
    const own = i === 0 ? a : b;
    const missing = [...other].filter((k) => !own.has(k));
    if (missing.length > 0) {
      add(i, 'periods', 'PERIODS_NOT_PAIRED', `the other side has ${missing.join(', ')}; give each period for both sides`);
      paired = false;
    }
  });
  return paired;
}

function shootoutWinner(sides: readonly SideSums[]): 0 | 1 | 'LEVEL' | null {
  const [a, b] = sides.map((side) => side.shootout?.score);
  if (a === undefined || b === undefined) return null;
  return a > b ? 0 : b > a ? 1 : 'LEVEL';
}

function checkShootout(rows: readonly ResultRowCandidate[], sides: readonly SideSums[], add: IssueSink): void {
  if (shootoutWinner(sides) !== 'LEVEL' || !rows[0].wlt || !rows[1].wlt) return;
  sides.forEach((side, i) => {
    const j = side.periods.findIndex((p) => periodRole(p.kind) === 'SHOOTOUT');
    add(i, `periods.${j}.score`, 'SHOOTOUT_LEVEL', `a shoot-out ends with a winner, got ${side.shootout?.score} each`);
  });
}

/** The total is the sum of the periods before the shoot-out, plus one for the shoot-out's winner where that counts (ice hockey). */
function checkSum(rows: readonly ResultRowCandidate[], sides: readonly SideSums[], rules: SportRules, add: IssueSink): void {
  const winner = shootoutWinner(sides);
  rows.forEach((row, i) => {
    const side = sides[i];
    if (row.score == null || side.periods.length === 0) return;
    const bonus = rules.shootoutAddsOne && winner === i ? 1 : 0;
    const expected = side.regular + bonus;
    if (row.score !== expected) {
      const how = bonus ? ` (${side.regular} in the periods and 1 for the shoot-out)` : '';
      add(i, 'score', 'SCORE_PERIODS_MISMATCH', `the periods add up to ${expected}${how}, but the score is ${row.score}`);
    }
  });
}

/** Who won a set: more games, or at 6-6 more tie-break points; null while level. */
function setWinner(a: PeriodCandidate, b: PeriodCandidate): 0 | 1 | null {
  if (a.score !== b.score) return a.score > b.score ? 0 : 1;
  if (a.tieBreak != null && b.tieBreak != null && a.tieBreak !== b.tieBreak) return a.tieBreak > b.tieBreak ? 0 : 1;
  return null;
}

/** A set is over at 6 games with a lead of 2, or at 7-5 or 7-6. */
const setFinished = (a: PeriodCandidate, b: PeriodCandidate) =>
  Math.max(a.score, b.score) >= 6 && (Math.abs(a.score - b.score) >= 2 || Math.max(a.score, b.score) === 7);

/** The sets each side won; after a retirement or walkover the last set counts only when it was finished. */
export function setsWon(rows: readonly ResultRowCandidate[], decision: Decision | null): [number, number] {
  const [a, b] = rows.map((row) => (row.periods ?? []).filter((p) => p.kind === 'SET').sort((x, y) => x.number - y.number));
  const won: [number, number] = [0, 0];
  a.forEach((set, j) => {
    const other = b.find((p) => p.number === set.number);
    if (!other) return;
    const last = j === a.length - 1;
    if (last && decision && CUT_SHORT.has(decision) && !setFinished(set, other)) return;
    const winner = setWinner(set, other);
    if (winner !== null) won[winner] += 1;
  });
  return won;
}

/** Tennis: the score counts the sets won, and a tie-break is won by the side that took the set. */
function checkPeriodsWon(rows: readonly ResultRowCandidate[], rules: SportRules, decision: Decision | null, add: IssueSink): void {
  const [a, b] = rows.map((row) => row.periods ?? []);
  a.forEach((set, j) => {
    const other = b.find((p) => key(p) === key(set));
    if (other === undefined || set.tieBreak == null || other.tieBreak == null || set.score === other.score) return;
    if (set.score > other.score !== set.tieBreak > other.tieBreak) {
      add(
        0,
        `periods.${j}.tieBreak`,
        'TIEBREAK_CONTRADICTS_SET',
        `${key(set)} is ${set.score}-${other.score} but the tie-break ${set.tieBreak}-${other.tieBreak}`,
      );
    }
  });
  const won = setsWon(rows, decision);
  rows.forEach((row, i) => {
    if (row.score != null && row.score !== won[i]) {
      add(i, 'score', 'SCORE_PERIODS_MISMATCH', `the sets say ${won[i]} won, but the score is ${row.score}`);
    }
  });
  if (decision && CUT_SHORT.has(decision)) {
    const needed = Math.floor((periodSpec(rules, 'SET')?.count ?? 1) / 2) + 1;
    rows.forEach((row, i) => {
      if (row.wlt === 'L' && won[i] >= needed) {
        add(i, 'score', 'LOSER_HAS_WON', `${won[i]} sets is a won match; a side that retired or withdrew had not won yet`);
      }
    });
  }
}

function checkDecision(
  rows: readonly ResultRowCandidate[],
  sides: readonly SideSums[],
  rules: SportRules,
  decision: Decision,
  paired: boolean,
  add: IssueSink,
): void {
  const contradicts = (message: string) => {
    add(null, 'decision', 'DECISION_CONTRADICTS_PERIODS', message);
  };
  const [a, b] = rows;
  if (WINNER_DECISIONS.has(decision) && a.wlt === 'T' && b.wlt === 'T') {
    add(null, 'decision', 'DECISION_CONTRADICTS_WLT', `a match decided by ${decision} has a winner, not a draw`);
  }
  if (!paired) {
    checkShootoutScoresWithoutPeriods(rows, rules, decision, add);
    return;
  }
  const shootout = sides.some((side) => side.shootout);
  const extra = sides.some((side) => side.extra);
  if (SHOOTOUT_DECISIONS.has(decision)) {
    if (!sides.every((side) => side.shootout)) {
      contradicts(`${decision} needs a SHOOTOUT period on both sides`);
      return;
    }
    if (sides[0].regular !== sides[1].regular) {
      contradicts(`a shoot-out follows a level score, got ${sides[0].regular}-${sides[1].regular} before it`);
      return;
    }
    const winner = shootoutWinner(sides);
    if (typeof winner === 'number' && rows[winner].wlt !== 'W' && (a.wlt || b.wlt)) {
      add(
        winner,
        'wlt',
        'SHOOTOUT_WINNER_MISMATCH',
        `this side won the shoot-out, so it is the winner (W), got ${rows[winner].wlt ?? 'none'}`,
      );
    }
  } else if (EXTRA_DECISIONS.has(decision)) {
    const extraKinds = rules.periods.filter((spec) => periodRole(spec.kind) === 'EXTRA').map((spec) => spec.kind);
    if (!extra) contradicts(`${decision} needs the extra period(s) (${extraKinds.join(' or ') || 'none in this discipline'})`);
    if (shootout) contradicts(`${decision} is decided before a shoot-out; with one, the decision is the shoot-out's`);
  } else if (decision === 'REGULATION') {
    if (extra || shootout) contradicts('a match decided in regulation has no extra period and no shoot-out');
  }
}

/**
 * Without periods, a shoot-out still says something of the totals: it follows a level score, so
 * the totals are level (football) or one apart, the goal the shoot-out adds (ice hockey).
 */
function checkShootoutScoresWithoutPeriods(
  rows: readonly ResultRowCandidate[],
  rules: SportRules,
  decision: Decision,
  add: IssueSink,
): void {
  const [a, b] = rows;
  // A decision the discipline does not know is reported as that alone.
  if (!SHOOTOUT_DECISIONS.has(decision) || !rules.decisions.includes(decision)) return;
  if (rules.scoreFromPeriods !== 'SUM' || a.score == null || b.score == null) return;
  const gap = rules.shootoutAddsOne ? 1 : 0;
  if (Math.abs(a.score - b.score) !== gap) {
    const expected = gap ? 'one apart (the goal the shoot-out adds)' : 'level';
    add(
      null,
      'decision',
      'DECISION_CONTRADICTS_SCORE',
      `${decision} follows a level score, so the totals are ${expected}; got ${a.score}-${b.score}`,
    );
  }
}
