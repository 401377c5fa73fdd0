/** Records set with a result ("a new Olympic record") and records held ("the world record holder"). */
import type { FactRecord } from '../fact-sheet.js';
import type { RecordScope } from '../language.js';
import { type Check, confirmed, contradicted, entityName, resultOf, unitsOf, unverifiable } from './common.js';

/**
 * The scopes the data is complete for at an Olympic unit: a result there carries its WR and OR marks.
 * A claimed national or personal record the data does not list may simply not be imported.
 */
const TRACKED: ReadonlySet<RecordScope> = new Set(['WORLD', 'OLYMPIC']);
const RANK: Readonly<Partial<Record<string, number>>> = {
  WORLD: 0,
  OLYMPIC: 1,
  CONTINENTAL: 2,
  NATIONAL: 3,
  JUNIOR: 4,
  VENUE: 5,
  SEASON: 6,
  PERSONAL: 7,
};

function has(records: readonly FactRecord[], scope: RecordScope, olympicUnit: boolean): boolean {
  if (records.some((r) => r.scope === scope)) return true;
  // A world record set at the Games is an Olympic record too, whether or not the feed marks both.
  return scope === 'OLYMPIC' && olympicUnit && records.some((r) => r.scope === 'WORLD');
}

export const checkRecord: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'RECORD' || !entityId) return unverifiable(entityId);
  const { scope, holder } = claim.value;
  const words = ctx.language.words;
  const span = ctx.text.slice(claim.start, claim.end);
  if (holder) {
    const inScope = ctx.scope.filter(ctx.sheet.units, ctx.hint).map((u) => u.id);
    const standing = ctx.sheet.records.filter(
      (r) => r.scope === scope && (ctx.hint === null || r.unitIds.some((id) => inScope.includes(id))),
    );
    if (standing.some((r) => r.holderId === entityId)) return confirmed(entityId, standing[0].unitIds[0] ?? null, span);
    const holders = new Set(standing.map((r) => r.holderId).filter((h): h is string => h !== null));
    if (holders.size !== 1) return unverifiable(entityId);
    // Someone else holds it: no rewording of "world record holder" makes it true of this entity.
    return contradicted(entityId, standing[0].unitIds[0] ?? null, entityName(ctx, [...holders][0]), null);
  }
  const units = unitsOf(ctx, entityId);
  for (const unit of units) {
    const result = resultOf(unit, entityId);
    if (result && has(result.records, scope, unit.competitionKind === 'OLYMPIC_GAMES'))
      return confirmed(entityId, unit.id, words.recordScope(scope));
  }
  const unit = units.at(0);
  const result = unit ? resultOf(unit, entityId) : null;
  if (!unit || !result || result.records.length === 0 || !TRACKED.has(scope)) return unverifiable(entityId, unit?.id ?? null);
  const best = [...result.records].sort((a, b) => (RANK[a.scope] ?? 9) - (RANK[b.scope] ?? 9))[0];
  // Only a claim above what the result set is certainly wrong ("world record" for an Olympic record).
  if ((RANK[best.scope] ?? 9) <= (RANK[scope] ?? 9)) return unverifiable(entityId, unit.id);
  const text = words.recordScope(best.scope);
  return contradicted(entityId, unit.id, text, text);
};
