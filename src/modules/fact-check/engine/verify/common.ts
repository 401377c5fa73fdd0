/** What every check shares: the outcome shape, the sheet look-ups and the time arithmetic. */
import { formatTime, parseTime } from '../../../results/domain/time-format.js';
import type { Verdict } from '../claims.js';
import type { FactResult, FactSheet, FactUnit } from '../fact-sheet.js';
import type { ClaimCandidate, ClaimLanguage, Occurrence, Slot } from '../language.js';
import type { NameIndex } from '../context/entities.js';
import type { ScopeHint, UnitScope } from '../context/scope.js';

export interface Outcome {
  verdict: Verdict;
  entityId: string | null;
  unitId: string | null;
  dataValue: string | null;
  correction: string | null;
  /** A wider span than the candidate's, when the correction rewords more ("took bronze" → "finished fourth"). */
  span?: Slot;
}

/** What a check may look at besides the claim itself. */
export interface CheckContext {
  sheet: FactSheet;
  language: ClaimLanguage;
  names: NameIndex;
  scope: UnitScope;
  /** The paragraph's examined text. */
  text: string;
  /** The clause's occasion, when it names one. */
  hint: ScopeHint | null;
  /** Names in the sentence (resolved pronouns included) and the entities of the sentence before. */
  occurrences: readonly Occurrence[];
  previousEntities: readonly string[];
}

export type Check = (claim: ClaimCandidate, entityId: string | null, ctx: CheckContext) => Outcome;

export const unverifiable = (entityId: string | null, unitId: string | null = null, dataValue: string | null = null): Outcome => ({
  verdict: 'UNVERIFIABLE',
  entityId,
  unitId,
  dataValue,
  correction: null,
});

export const confirmed = (entityId: string | null, unitId: string | null, dataValue: string | null): Outcome => ({
  verdict: 'CONFIRMED',
  entityId,
  unitId,
  dataValue,
  correction: null,
});

export const contradicted = (
  entityId: string | null,
  unitId: string | null,
  dataValue: string | null,
  correction: string | null,
  span?: Slot,
): Outcome => ({ verdict: 'CONTRADICTED', entityId, unitId, dataValue, correction, ...(span ? { span } : {}) });

/** The claim's text with `slot` replaced: "26-year-old" with 27 → "27-year-old". */
export function reword(text: string, span: Slot, slot: Slot, replacement: string): string {
  return text.slice(span.start, slot.start) + replacement + text.slice(slot.end, span.end);
}

export function resultOf(unit: FactUnit, entityId: string): FactResult | null {
  return unit.results.find((r) => r.entityId === entityId) ?? null;
}

const byDateDesc = (a: FactUnit, b: FactUnit) => (b.date ?? '').localeCompare(a.date ?? '');

/** The units of the clause's occasion where the entity has a result that `has` accepts, latest first. */
export function unitsOf(ctx: CheckContext, entityId: string, has: (r: FactResult, u: FactUnit) => boolean = () => true): FactUnit[] {
  const units = ctx.scope.filter(ctx.sheet.units, ctx.hint);
  return units.filter((u) => u.results.some((r) => r.entityId === entityId && has(r, u))).sort(byDateDesc);
}

/** The unit's display rule: truncation to hundredths unless the unit says otherwise. */
export function ruleOf(unit: FactUnit) {
  const decimals = Number.isInteger(unit.timeDecimals) && unit.timeDecimals >= 0 && unit.timeDecimals <= 3 ? unit.timeDecimals : 2;
  return { decimals, rounding: unit.timeRounding === 'HALF_UP' ? ('HALF_UP' as const) : ('TRUNCATE' as const) };
}

export function timeMsOf(result: FactResult): number | null {
  if (typeof result.timeMs === 'number' && Number.isSafeInteger(result.timeMs) && result.timeMs > 0) return result.timeMs;
  return result.display ? parseMs(result.display) : null;
}

export function parseMs(text: string): number | null {
  try {
    return parseTime(text).ms;
  } catch {
    return null;
  }
}

/** The result's time as the discipline prints it. */
export function timeText(unit: FactUnit, result: FactResult): string | null {
  if (result.display && parseMs(result.display) !== null) return result.display;
  const ms = timeMsOf(result);
  return ms === null ? null : formatTime(ms, ruleOf(unit));
}

/** A duration of ms printed with `decimals`, by truncation or half up. */
export function seconds(ms: number, decimals: number, rounding: 'TRUNCATE' | 'HALF_UP'): string {
  return formatTime(Math.abs(ms), { decimals, rounding });
}

/**
 * Whether `claimed` (as written, with its own precision) agrees with `ms`. At the unit's own precision
 * only the unit's rounding counts (1:12.319 is 1:12.31 where the discipline truncates); with fewer
 * digits than the unit prints, a writer may have rounded either way ("1:12.3").
 */
export function sameAtPrecision(claimedMs: number, decimals: number, ms: number, unit?: FactUnit): boolean {
  const step = 10 ** (3 - Math.min(3, Math.max(0, decimals)));
  const truncated = Math.floor(ms / step) * step;
  const rounded = Math.floor((ms + step / 2) / step) * step;
  if (unit && decimals >= ruleOf(unit).decimals) return claimedMs === (ruleOf(unit).rounding === 'HALF_UP' ? rounded : truncated);
  return claimedMs === truncated || claimedMs === rounded;
}

export function entityName(ctx: CheckContext, id: string | null): string | null {
  return id ? (ctx.names.entities.get(id)?.name ?? null) : null;
}

/** The first resolved name inside `region`, or null. */
export function entityIn(ctx: CheckContext, region: Slot): string | null {
  return ctx.occurrences.find((o) => o.entityId !== null && o.start >= region.start && o.start < region.end)?.entityId ?? null;
}
