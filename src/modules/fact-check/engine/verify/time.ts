/** A time claimed for an entity against its result in the clause's unit, at the precision the prose wrote. */
import {
  type Check,
  confirmed,
  contradicted,
  parseMs,
  resultOf,
  sameAtPrecision,
  timeMsOf,
  timeText,
  unitsOf,
  unverifiable,
} from './common.js';

export const checkTime: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'TIME' || !entityId) return unverifiable(entityId);
  const claimedMs = parseMs(claim.value.text);
  if (claimedMs === null) return unverifiable(entityId);
  const decimals = claim.value.text.split('.')[1]?.length ?? 0;
  const units = unitsOf(ctx, entityId, (r) => timeMsOf(r) !== null);
  if (units.length === 0) return unverifiable(entityId);
  for (const unit of units) {
    const result = resultOf(unit, entityId);
    const ms = result ? timeMsOf(result) : null;
    if (result && ms !== null && sameAtPrecision(claimedMs, decimals, ms, unit))
      return confirmed(entityId, unit.id, timeText(unit, result));
  }
  // Not the time of any of the entity's races in play: wrong for the latest of them.
  const unit = units[0];
  const result = resultOf(unit, entityId);
  const text = result ? timeText(unit, result) : null;
  return text ? contradicted(entityId, unit.id, text, text) : unverifiable(entityId, unit.id);
};
