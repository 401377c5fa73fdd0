/** Score lines and how a match was decided, against the match the clause is about. */
import type { FactUnit } from '../fact-sheet.js';
import type { Decision } from '../language.js';
import { type Check, type CheckContext, confirmed, contradicted, unverifiable } from './common.js';

function plays(unit: FactUnit, id: string): boolean {
  const m = unit.match;
  return !!m && (m.homeId === id || m.awayId === id || m.goals.some((g) => g.personId === id));
}

/**
 * The matches a clause can be about: those of the teams (or scorers) named in the sentence and the one
 * before; with none named, the sheet's only match in scope.
 */
export function matchesFor(ctx: CheckContext, entityId: string | null): FactUnit[] {
  const byDate = (a: FactUnit, b: FactUnit) => (b.date ?? '').localeCompare(a.date ?? '');
  const matches = ctx.scope
    .filter(ctx.sheet.units, ctx.hint)
    .filter((u) => u.match !== null)
    .sort(byDate);
  // Two teams named in the sentence tell the match better than a word of the clause ("reached the final by beating Castleford").
  const teams = [
    ...new Set(
      ctx.occurrences.map((o) => o.entityId).filter((id): id is string => !!id && ctx.names.entities.get(id)?.type === 'ORGANISATION'),
    ),
  ];
  if (teams.length >= 2) {
    const both = (u: FactUnit) => teams.every((id) => u.match?.homeId === id || u.match?.awayId === id);
    const inScope = matches.filter(both);
    if (inScope.length > 0) return inScope;
    const anywhere = ctx.sheet.units.filter(both).sort(byDate);
    if (anywhere.length > 0 && !ctx.hint?.elsewhere) return anywhere;
  }
  if (entityId) {
    const own = matches.filter((u) => plays(u, entityId));
    if (own.length > 0) return own;
  }
  const named = [...ctx.occurrences.map((o) => o.entityId), ...ctx.previousEntities].filter((id): id is string => id !== null);
  const withNamed = matches.filter((u) => named.some((id) => plays(u, id)));
  if (withNamed.length > 0) return withNamed;
  return matches.length === 1 && named.every((id) => !matches.some((u) => plays(u, id))) ? matches : [];
}

function teamOf(unit: FactUnit, entityId: string | null): string | null {
  const m = unit.match;
  return m && entityId && (m.homeId === entityId || m.awayId === entityId) ? entityId : null;
}

/**
 * The score at a minute, from the goals. Only when the goals add up to the final score (the data
 * leaves own goals out) and every goal has its minute; otherwise null.
 */
export function scoreAt(unit: FactUnit, minute: number): [number, number] | null {
  const m = unit.match;
  if (!m || m.goals.some((g) => g.minute === null)) return null;
  const count = (team: string, until: number) => m.goals.filter((g) => g.teamId === team && (g.minute ?? 0) <= until).length;
  if (count(m.homeId, Infinity) !== m.homeScore || count(m.awayId, Infinity) !== m.awayScore) return null;
  return [count(m.homeId, minute), count(m.awayId, minute)];
}

export const checkScore: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'SCORE') return unverifiable(entityId);
  const { a, b, shootout, separator, atMinute } = claim.value;
  const matches = matchesFor(ctx, entityId);
  const pairOf = (u: FactUnit): number[] | null => {
    const m = u.match;
    if (!m) return null;
    if (atMinute !== null) return scoreAt(u, atMinute);
    if (shootout) return m.shootout ? [m.shootout.home, m.shootout.away] : null;
    return [m.homeScore, m.awayScore];
  };
  const same = (p: number[]) => (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);
  for (const unit of matches) {
    const pair = pairOf(unit);
    if (pair && same(pair)) return confirmed(teamOf(unit, entityId), unit.id, `${Math.max(...pair)}${separator}${Math.min(...pair)}`);
  }
  // Several matches it could be about: wrong only if it fits none of them; worded after the latest.
  const pairs = matches.map(pairOf);
  const latest = matches.at(0);
  const pair = pairs.at(0);
  if (!latest || !pair || pairs.some((p) => p === null)) return unverifiable(entityId, matches.length === 1 ? (latest?.id ?? null) : null);
  // Written the way the prose wrote it: higher first, unless the prose put the lower first.
  const [hi, lo] = [Math.max(...pair), Math.min(...pair)];
  const text = a >= b ? `${hi}${separator}${lo}` : `${lo}${separator}${hi}`;
  return contradicted(teamOf(latest, entityId), latest.id, text, text);
};

/** Penalties follow extra time in the knockout football this checks, so "after extra time" holds for both. */
function holds(claimed: Decision, actual: string, strict: boolean): boolean {
  if (claimed === 'EXTRA_TIME') return actual === 'EXTRA_TIME' || actual === 'OVERTIME' || (!strict && actual === 'PENALTIES');
  if (claimed === 'PENALTIES') return actual === 'PENALTIES' || actual === 'SHOOTOUT';
  return actual === 'REGULATION';
}

function asDecision(actual: string): Decision | null {
  if (actual === 'PENALTIES' || actual === 'SHOOTOUT') return 'PENALTIES';
  if (actual === 'EXTRA_TIME' || actual === 'OVERTIME') return 'EXTRA_TIME';
  return actual === 'REGULATION' ? 'REGULATION' : null;
}

export const checkDecision: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'DECISION') return unverifiable(entityId);
  const { decision, strict } = claim.value;
  const decided = matchesFor(ctx, entityId).flatMap((unit) => (unit.match?.decision ? [{ unit, actual: unit.match.decision }] : []));
  for (const { unit, actual } of decided) {
    if (holds(decision, actual, strict)) return confirmed(teamOf(unit, entityId), unit.id, ctx.language.words.decision(decision));
  }
  const only = decided.length === 1 ? decided[0] : null;
  if (!only) return unverifiable(entityId);
  const actual = asDecision(only.actual);
  if (!actual) return unverifiable(teamOf(only.unit, entityId), only.unit.id);
  const text = ctx.language.words.decision(actual);
  return contradicted(teamOf(only.unit, entityId), only.unit.id, text, text);
};
