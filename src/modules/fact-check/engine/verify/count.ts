/** Counts the data holds: the nth medal of a career (from the entity's medals), goals in a match. */
import type { FactUnit } from '../fact-sheet.js';
import { type Check, type CheckContext, confirmed, contradicted, reword, unitsOf, unverifiable } from './common.js';

function medalCount(claim: Parameters<Check>[0], entityId: string, ctx: CheckContext) {
  if (claim.value.kind !== 'COUNT' || claim.value.count.type !== 'MEDAL') return unverifiable(entityId);
  const c = claim.value.count;
  const entity = ctx.names.entities.get(entityId);
  if (!entity || entity.medals.length === 0) return unverifiable(entityId);
  // Counted up to the race the story reports (the latest of the entity's medals in play), else the story's date.
  const medalUnits = unitsOf(ctx, entityId, (r, u) => u.medalUnit && r.medal !== null);
  const until = medalUnits[0]?.date ?? ctx.sheet.asOf;
  const counted = entity.medals.filter(
    (m) =>
      (m.date === null || m.date <= until) &&
      (c.medal === null || m.medal === c.medal) &&
      (c.competitionKind === null || m.competitionKind === c.competitionKind),
  );
  const n = counted.length;
  const word = ctx.language.words.ordinal(n, c.digits);
  if (n === c.ordinal) return confirmed(entityId, medalUnits[0]?.id ?? null, word);
  if (n === 0) return unverifiable(entityId);
  return contradicted(entityId, medalUnits[0]?.id ?? null, word, reword(ctx.text, claim, c.slot, word));
}

function goalsIn(unit: FactUnit, personId: string, minutes?: [number, number]): number | null {
  const goals = unit.match?.goals.filter((g) => g.personId === personId) ?? [];
  if (!minutes) return goals.length;
  if (goals.some((g) => g.minute === null)) return null;
  return goals.filter((g) => g.minute !== null && g.minute >= minutes[0] && g.minute <= minutes[1]).length;
}

/** A team's goals, only when the scorers add up to its score (own goals are not listed). */
function teamGoals(unit: FactUnit, teamId: string): number | null {
  const m = unit.match;
  if (!m || (m.homeId !== teamId && m.awayId !== teamId)) return null;
  const listed = m.goals.filter((g) => g.teamId === teamId).length;
  return listed === (m.homeId === teamId ? m.homeScore : m.awayScore) ? listed : null;
}

/** "Northbridge's second goal": the team scored at least that many. */
function teamCount(claim: Parameters<Check>[0], teamId: string, ctx: CheckContext) {
  if (claim.value.kind !== 'COUNT' || claim.value.count.type !== 'GOALS' || !claim.value.count.atLeast) return unverifiable(teamId);
  const n = claim.value.count.goals;
  const counted = ctx.scope.filter(ctx.sheet.units, ctx.hint).flatMap((unit) => {
    const goals = teamGoals(unit, teamId);
    return goals === null ? [] : [{ unit, goals }];
  });
  const enough = counted.find((c) => c.goals >= n);
  if (enough) return confirmed(teamId, enough.unit.id, null);
  const only = counted.length === 1 ? counted[0] : null;
  return only ? contradicted(teamId, only.unit.id, String(only.goals), null) : unverifiable(teamId);
}

function goalCount(claim: Parameters<Check>[0], entityId: string, ctx: CheckContext) {
  if (claim.value.kind !== 'COUNT' || claim.value.count.type !== 'GOALS') return unverifiable(entityId);
  const c = claim.value.count;
  const entity = ctx.names.entities.get(entityId);
  if (entity?.type === 'ORGANISATION') return teamCount(claim, entityId, ctx);
  if (!entity) return unverifiable(entityId);
  // Only matches the player scored in: without line-ups the data cannot say they played in any other.
  const units = ctx.scope
    .filter(ctx.sheet.units, ctx.hint)
    .filter((u) => (goalsIn(u, entityId) ?? 0) > 0)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  if (units.length === 0) return unverifiable(entityId);
  const ok = (n: number) => (c.atLeast ? n >= c.goals : n === c.goals);
  for (const unit of units) {
    const n = goalsIn(unit, entityId, c.minutes);
    if (n !== null && ok(n)) return confirmed(entityId, unit.id, ctx.language.words.goals(n, c.style));
  }
  const latest = units[0];
  const n = goalsIn(latest, entityId, c.minutes);
  if (n === null) return unverifiable(entityId, latest.id);
  const text = ctx.language.words.goals(n, c.style);
  return contradicted(entityId, latest.id, text, c.style === 'ordinal' ? null : text);
}

export const checkCount: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'COUNT' || !entityId) return unverifiable(entityId);
  return claim.value.count.type === 'MEDAL' ? medalCount(claim, entityId, ctx) : goalCount(claim, entityId, ctx);
};
