import { BadInputError } from '../../../common/errors/domain-error.js';
import type { Decision, PhaseKind, Wlt } from '../../../generated/prisma/enums.js';
import { parseRound, parseTeamName, type RoundInfo, zonedInstant } from './feed-helpers.js';
import type {
  FeedIssue,
  NormalisedMatch,
  NormalisedPhase,
  NormalisedSeason,
  NormalisedSide,
  SeasonFeed,
  SeasonFeedOptions,
} from './season-feed.js';

type Pair = [number, number];

interface RawScore {
  ht?: Pair;
  ft?: Pair;
  et?: Pair;
  p?: Pair;
}

interface Candidate {
  row: number;
  round: string;
  info: RoundInfo;
  team1: string;
  team2: string;
  date: string;
  scheduledAt: Date | null;
  score: RawScore;
  leg: number | null;
}

/** A season has at most this many rows (a 38-round league of 20 is 380). */
export const MAX_FEED_ROWS = 2_000;

/** Phases whose matches are played at a neutral ground. */
const NEUTRAL: ReadonlySet<PhaseKind> = new Set(['FINAL', 'THIRD_PLACE']);
/** Phases played as a table: no legs, no extra time. */
const TABLE_PHASES: ReadonlySet<PhaseKind> = new Set(['LEAGUE', 'GROUP']);

const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 999;
const isPair = (value: unknown): value is Pair => Array.isArray(value) && value.length === 2 && value.every(isCount);

/**
 * openfootball's football.json: `{ name, matches: [{ round, date, time, team1, team2, score: { ht, ft, et, p } }] }`,
 * where ft is the score after 90 minutes, et after extra time (cumulative) and p the shoot-out.
 */
export class FootballJsonFeed implements SeasonFeed {
  readonly format = 'FOOTBALL_JSON';

  parse(document: string, options: SeasonFeedOptions): NormalisedSeason {
    let parsed: unknown;
    try {
      parsed = JSON.parse(document);
    } catch {
      throw new BadInputError('The document is not JSON', [{ path: 'input.document', message: 'football.json is a JSON object' }]);
    }
    const root = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as { name?: unknown; matches?: unknown };
    if (!Array.isArray(root.matches)) {
      throw new BadInputError('Not a football.json season', [{ path: 'input.document', message: 'expected { name, matches: [...] }' }]);
    }
    if (root.matches.length > MAX_FEED_ROWS) {
      throw new BadInputError(`A season has at most ${MAX_FEED_ROWS} matches`, [{ path: 'input.document', message: 'too many matches' }]);
    }
    const rows = root.matches as unknown[];
    const issues: FeedIssue[] = [];
    const candidates = this.candidates(rows, options, issues);
    assignLegs(candidates, issues);
    const phases = phasesOf(candidates);
    const matches: NormalisedMatch[] = [];
    const scoreOfLeg1 = firstLegScores(candidates);
    for (const c of candidates.sort((a, b) => a.row - b.row)) {
      if (c.leg === -1) continue;
      const reason = scoreProblem(c, scoreOfLeg1);
      if (reason) {
        issues.push({ ...where(c), outcome: 'REFUSED', code: reason.code, reason: reason.reason });
        continue;
      }
      const result = resultOf(c);
      if (!result)
        issues.push({ ...where(c), outcome: 'UNSCORED', code: 'UNSCORED', reason: 'no score: stored as scheduled, without results' });
      matches.push({
        row: c.row,
        phaseKey: c.info.key,
        sourceKey: `${c.round}|${c.team1}|${c.team2}`,
        name: `${parseTeamName(c.team1).name} v ${parseTeamName(c.team2).name}`,
        scheduledAt: c.scheduledAt,
        matchday: c.info.matchday,
        leg: c.leg,
        home: c.team1,
        away: c.team2,
        designations: NEUTRAL.has(c.info.kind) ? ['NEUTRAL', 'NEUTRAL'] : ['HOME', 'AWAY'],
        result,
      });
    }
    const teamKeys = [...new Set(matches.flatMap((m) => [m.home, m.away]))].sort();
    const days = candidates.map((c) => c.date).sort();
    const hasKnockout = phases.some((p) => !TABLE_PHASES.has(p.kind));
    return {
      name: typeof root.name === 'string' && root.name.trim() ? root.name.trim() : 'Imported season',
      kind: hasKnockout ? 'CUP' : 'LEAGUE_SEASON',
      firstDay: days[0] ?? '',
      lastDay: days[days.length - 1] ?? '',
      phases,
      teams: teamKeys.map((key) => ({ key, ...parseTeamName(key) })),
      matches,
      issues: issues.sort((a, b) => a.row - b.row),
      rows: rows.length,
    };
  }

  /** Rows whose shape is right, round known and match not seen before; the others are reported. */
  private candidates(rows: unknown[], options: SeasonFeedOptions, issues: FeedIssue[]): Candidate[] {
    const seen = new Set<string>();
    const out: Candidate[] = [];
    rows.forEach((raw, row) => {
      const m = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
      const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
      const [round, team1, team2, date] = [text(m.round), text(m.team1), text(m.team2), text(m.date)];
      const base = { row, round, team1, team2 };
      const refuse = (code: string, reason: string) => issues.push({ ...base, outcome: 'REFUSED', code, reason });
      if (!round || !team1 || !team2 || !date) return refuse('INVALID_ROW', 'a match needs round, date, team1 and team2');
      if (team1 === team2) return refuse('INVALID_ROW', 'a team cannot play itself');
      // A time that is not text must not pass as an unknown time (local midnight).
      if (m.time !== undefined && m.time !== null && typeof m.time !== 'string') return refuse('INVALID_ROW', 'time must be text (HH:MM)');
      const time = m.time === undefined || m.time === null ? null : text(m.time);
      const scheduledAt = zonedInstant(date, time, options.timezone);
      if (!scheduledAt) return refuse('INVALID_ROW', `"${date} ${time ?? ''}" is not a date (YYYY-MM-DD) and time (HH:MM)`);
      const score = (m.score ?? {}) as Record<string, unknown>;
      if (typeof score !== 'object' || Array.isArray(score)) return refuse('INVALID_ROW', 'score must be an object');
      for (const key of ['ht', 'ft', 'et', 'p'] as const) {
        if (score[key] !== undefined && !isPair(score[key]))
          return refuse('INVALID_ROW', `score.${key} must be two whole numbers from 0 to 999`);
      }
      const info = parseRound(round);
      if (!info) return refuse('UNKNOWN_ROUND', `the round "${round}" names no stage known to the importer`);
      const key = `${round}|${team1}|${team2}`;
      if (seen.has(key)) return refuse('DUPLICATE_MATCH', `${team1} v ${team2} is already in ${round}`);
      seen.add(key);
      out.push({ row, round, info, team1, team2, date, scheduledAt, score: score, leg: null });
    });
    return out;
  }
}

const pairKey = (phase: string, a: string, b: string) => (a < b ? `${phase}|${a}|${b}` : `${phase}|${b}|${a}`);
const where = (c: Candidate) => ({ row: c.row, round: c.round, team1: c.team1, team2: c.team2 });

/** The same pair twice in a knockout phase is a two-legged tie: legs 1 and 2 by date. A third meeting is refused (leg -1). */
function assignLegs(candidates: Candidate[], issues: FeedIssue[]): void {
  const byPair = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (TABLE_PHASES.has(c.info.kind)) continue;
    const key = pairKey(c.info.key, c.team1, c.team2);
    byPair.set(key, [...(byPair.get(key) ?? []), c]);
  }
  for (const group of byPair.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => (a.scheduledAt?.getTime() ?? 0) - (b.scheduledAt?.getTime() ?? 0) || a.row - b.row);
    group.forEach((c, i) => {
      c.leg = i < 2 ? i + 1 : -1;
      if (i >= 2) issues.push({ ...where(c), outcome: 'REFUSED', code: 'DUPLICATE_MATCH', reason: 'a tie has at most two legs' });
    });
  }
}

/**
 * The stored score of every valid first leg, by tie: gathered before any second leg is checked,
 * since a document may list a second leg before its first (legs go by date, not by row).
 */
function firstLegScores(candidates: readonly Candidate[]): Map<string, { home: string; score: Pair }> {
  const out = new Map<string, { home: string; score: Pair }>();
  for (const c of candidates) {
    if (c.leg !== 1 || !c.score.ft || scoreProblem(c, out) !== null) continue;
    out.set(pairKey(c.info.key, c.team1, c.team2), { home: c.team1, score: finalScore(c.score) });
  }
  return out;
}

function phasesOf(candidates: readonly Candidate[]): NormalisedPhase[] {
  const first = new Map<string, { info: RoundInfo; row: number }>();
  for (const c of candidates) if (!first.has(c.info.key)) first.set(c.info.key, { info: c.info, row: c.row });
  return [...first.values()]
    .sort((a, b) => a.info.stage - b.info.stage || a.info.key.localeCompare(b.info.key))
    .map(({ info }, i) => ({ key: info.key, kind: info.kind, name: info.name, order: i + 1 }));
}

const finalScore = (s: RawScore): Pair => s.et ?? s.ft ?? [0, 0];
const level = (p: Pair) => p[0] === p[1];

/** Why a row's score cannot be stored, or null when it can (or has no score at all). */
function scoreProblem(c: Candidate, leg1: ReadonlyMap<string, { home: string; score: Pair }>): { code: string; reason: string } | null {
  const { ht, ft, et, p } = c.score;
  if (!ft)
    return ht || et || p ? { code: 'INVALID_SCORE', reason: 'a half-time, extra-time or shoot-out score without a full-time score' } : null;
  if (ht && (ht[0] > ft[0] || ht[1] > ft[1]))
    return { code: 'HALF_TIME_ABOVE_FULL_TIME', reason: `half time ${ht.join('-')} is above full time ${ft.join('-')}` };
  if (et && (et[0] < ft[0] || et[1] < ft[1]))
    return { code: 'EXTRA_TIME_BELOW_FULL_TIME', reason: `after extra time ${et.join('-')} is below full time ${ft.join('-')}` };
  if ((et || p) && TABLE_PHASES.has(c.info.kind)) return { code: 'INVALID_SCORE', reason: 'a league match has no extra time or shoot-out' };
  if ((et || p) && c.leg === 1) return { code: 'INVALID_SCORE', reason: 'the first leg of a tie has no extra time or shoot-out' };
  // In a second leg, what must be level is the aggregate; the first leg's score is added in.
  const first = c.leg === 2 ? leg1.get(pairKey(c.info.key, c.team1, c.team2)) : undefined;
  const withFirst = (s: Pair): Pair =>
    first ? (first.home === c.team1 ? [s[0] + first.score[0], s[1] + first.score[1]] : [s[0] + first.score[1], s[1] + first.score[0]]) : s;
  const what = first ? 'the aggregate' : 'the score';
  if (et && !level(withFirst(ft)))
    return { code: 'EXTRA_TIME_WITHOUT_LEVEL_SCORE', reason: `extra time was played but ${what} at full time is not level` };
  if (p) {
    if (level(p)) return { code: 'SHOOTOUT_LEVEL', reason: `a penalty shoot-out cannot end level (${p.join('-')})` };
    if (!level(withFirst(et ?? ft)))
      return {
        code: 'PENALTIES_WITHOUT_LEVEL_SCORE',
        reason: `a shoot-out was held but ${what} after ${et ? 'extra time' : 'full time'} is not level`,
      };
  }
  return null;
}

function resultOf(c: Candidate): NormalisedMatch['result'] {
  const { ht, ft, et, p } = c.score;
  if (!ft) return null;
  const decision: Decision = p ? 'PENALTIES' : et ? 'EXTRA_TIME' : 'REGULATION';
  const score = et ?? ft;
  const decider = p ?? score;
  const wlt = (i: 0 | 1): Wlt => (decider[i] > decider[1 - i] ? 'W' : decider[i] < decider[1 - i] ? 'L' : 'T');
  const side = (i: 0 | 1): NormalisedSide => ({
    teamKey: i === 0 ? c.team1 : c.team2,
    designation: NEUTRAL.has(c.info.kind) ? 'NEUTRAL' : i === 0 ? 'HOME' : 'AWAY',
    score: score[i],
    wlt: wlt(i),
    periods: [
      ...(ht
        ? [
            { kind: 'HALF' as const, number: 1, score: ht[i] },
            { kind: 'HALF' as const, number: 2, score: ft[i] - ht[i] },
          ]
        : []),
      ...(et ? [{ kind: 'EXTRA_TIME' as const, number: 1, score: et[i] - ft[i] }] : []),
      ...(p ? [{ kind: 'SHOOTOUT' as const, number: 1, score: p[i] }] : []),
    ],
  });
  return { decision, sides: [side(0), side(1)] };
}
