/** A margin between the subject and the other side of the comparison, from both times in the data. */
import type { FactUnit } from '../fact-sheet.js';
import type { ClaimCandidate, MarginAmount, Slot } from '../language.js';
import {
  type Check,
  type CheckContext,
  confirmed,
  contradicted,
  entityIn,
  resultOf,
  ruleOf,
  sameAtPrecision,
  seconds,
  timeMsOf,
  unitsOf,
  unverifiable,
} from './common.js';

/** "Nearly a second" is 0.75 s up to (not including) 1.00 s; "about a second" 0.85–1.15 s; "just over" up to 1.25 s. */
export const APPROX_BANDS = { NEARLY: [0.75, 1], ABOUT: [0.85, 1.15], JUST_OVER: [1, 1.25] } as const;

interface Side {
  entityId: string;
  ms: number;
  unit: FactUnit;
}

function agrees(amount: MarginAmount, gapMs: number, unit: FactUnit): boolean {
  const abs = Math.abs(gapMs);
  if (amount.type === 'EXACT') return sameAtPrecision(Math.round(amount.seconds * 1000), amount.decimals, abs, unit);
  const s = amount.seconds * 1000;
  switch (amount.relation) {
    case 'NEARLY':
      return abs >= s * APPROX_BANDS.NEARLY[0] && abs < s;
    case 'ABOUT':
      return abs >= s * APPROX_BANDS.ABOUT[0] && abs <= s * APPROX_BANDS.ABOUT[1];
    case 'JUST_OVER':
      return abs > s && abs <= s * APPROX_BANDS.JUST_OVER[1];
    case 'MORE_THAN':
      return abs > s;
    case 'LESS_THAN':
      return abs < s;
  }
}

function side(unit: FactUnit, entityId: string): Side | null {
  const result = resultOf(unit, entityId);
  const ms = result ? timeMsOf(result) : null;
  return ms === null ? null : { entityId, ms, unit };
}

/**
 * The other side(s), the one a contradiction is worded against first. With no one to compare with in
 * or before the sentence, everyone in the race may confirm the margin but no one can contradict it.
 */
function others(claim: ClaimCandidate, subject: Side, ctx: CheckContext): { sides: Side[]; confirmOnly: boolean } {
  if (claim.value.kind !== 'MARGIN') return { sides: [], confirmOnly: true };
  const reference = claim.value.reference;
  if (reference.type === 'RANK') {
    const result = subject.unit.results.find((r) => r.rank === reference.rank);
    const s = result ? side(subject.unit, result.entityId) : null;
    return { sides: s && s.entityId !== subject.entityId ? [s] : [], confirmOnly: false };
  }
  // "on her teammate": a pronoun that points back at the subject names no one.
  const found = reference.type === 'NAMED' ? entityIn(ctx, reference.region) : null;
  const named = found === subject.entityId ? null : found;
  if (reference.type === 'NAMED' && named !== null) {
    const id = named;
    const regionText = ctx.text.slice(reference.region.start, reference.region.end);
    const hint = ctx.scope.hint(regionText);
    const units = hint ? ctx.scope.filter(ctx.sheet.units, hint) : [subject.unit, ...ctx.sheet.units.filter((u) => u !== subject.unit)];
    const sides = units
      .map((u) => side(u, id))
      .filter((s): s is Side => s !== null)
      .filter((s) => !reference.winning || resultOf(s.unit, id)?.rank === 1);
    return { sides: sides.slice(0, 1), confirmOnly: false };
  }
  const ids = [...ctx.occurrences.map((o) => o.entityId), ...ctx.previousEntities];
  const seen = new Set<string>([subject.entityId]);
  const out: Side[] = [];
  for (const id of ids) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const s = side(subject.unit, id);
    if (s) out.push(s);
  }
  if (out.length > 0) return { sides: out, confirmOnly: false };
  const everyone = subject.unit.results.filter((r) => r.entityId !== subject.entityId).map((r) => side(subject.unit, r.entityId));
  return { sides: everyone.filter((s): s is Side => s !== null), confirmOnly: true };
}

function replaceSlots(text: string, span: Slot, edits: { slot: Slot; text: string }[]): string {
  let out = text.slice(span.start, span.end);
  for (const e of [...edits].sort((a, b) => b.slot.start - a.slot.start)) {
    out = out.slice(0, e.slot.start - span.start) + e.text + out.slice(e.slot.end - span.start);
  }
  return out;
}

function wording(claim: ClaimCandidate, gapMs: number, unit: FactUnit, ctx: CheckContext): string {
  if (claim.value.kind !== 'MARGIN') return '';
  const rule = ruleOf(unit);
  const amount = seconds(gapMs, rule.decimals, rule.rounding);
  const plusForm = ctx.text[claim.value.amountSlot.start - 1] === '+';
  const edits = [{ slot: claim.value.amountSlot, text: plusForm ? amount : ctx.language.words.seconds(amount) }];
  const { directionSlot } = claim.value;
  if (directionSlot) {
    const said = ctx.text.slice(directionSlot.start, directionSlot.end);
    edits.push({ slot: directionSlot, text: ctx.language.words.direction(gapMs < 0 ? 'AHEAD' : 'BEHIND', said) });
  }
  return replaceSlots(ctx.text, claim, edits);
}

export const checkMargin: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'MARGIN' || !entityId) return unverifiable(entityId);
  const { amount, direction } = claim.value;
  const units = unitsOf(ctx, entityId, (r) => timeMsOf(r) !== null);
  let first: { subject: Side; other: Side } | null = null;
  for (const unit of units) {
    const subject = side(unit, entityId);
    if (!subject) continue;
    const { sides, confirmOnly } = others(claim, subject, ctx);
    for (const other of sides) {
      const gap = subject.ms - other.ms;
      const directionOk = direction === null || (direction === 'AHEAD' ? gap < 0 : gap > 0);
      if (directionOk && agrees(amount, gap, unit)) return confirmed(entityId, unit.id, wording(claim, gap, unit, ctx));
      if (!confirmOnly) first ??= { subject, other };
    }
  }
  if (!first) return unverifiable(entityId, units[0]?.id ?? null);
  const gap = first.subject.ms - first.other.ms;
  const text = wording(claim, gap, first.subject.unit, ctx);
  return contradicted(entityId, first.subject.unit.id, text, text);
};
