import type { Irm, ResultType, TiePolicy } from '../../../generated/prisma/enums.js';
import { type DecimalInput, parseScaled } from './decimal.js';
import type { TimeDisplayRule } from './time-format.js';

export interface RankableRow {
  irm?: Irm | null;
  timeMs?: number | null;
  points?: DecimalInput | null;
  markMm?: number | null;
}

export interface RankingContext {
  resultType: ResultType;
  tiePolicy: TiePolicy;
  /** The discipline's display rule; SHARED_RANK ties times that print the same. Default: hundredths, truncated. */
  timeRule?: TimeDisplayRule;
}

const DEFAULT_TIME_RULE: TimeDisplayRule = { decimals: 2, rounding: 'TRUNCATE' };

function positiveInt(value: number | null | undefined): number | null {
  return value != null && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function timeKey(ms: number, ctx: RankingContext): bigint {
  if (ctx.tiePolicy !== 'SHARED_RANK') return BigInt(ms);
  const rule = ctx.timeRule ?? DEFAULT_TIME_RULE;
  const unit = 10 ** (3 - rule.decimals);
  return BigInt(rule.rounding === 'HALF_UP' ? Math.floor((ms + unit / 2) / unit) : Math.floor(ms / unit));
}

/**
 * The value a row is ranked by, lower is better; null when the row cannot be ranked
 * by value (an IRM, no value, or a result type without an ordering).
 */
export function rankingKey(row: RankableRow, ctx: RankingContext): bigint | null {
  if (row.irm) return null;
  switch (ctx.resultType) {
    case 'TIME': {
      const ms = positiveInt(row.timeMs);
      return ms === null ? null : timeKey(ms, ctx);
    }
    case 'POINTS': {
      const units = row.points == null ? null : parseScaled(row.points, 3);
      return units === null ? null : -units;
    }
    case 'MARK': {
      const mm = positiveInt(row.markMm);
      return mm === null ? null : -BigInt(mm);
    }
    default:
      return null;
  }
}

/**
 * Standard competition ranks (1, 2, 2, 4) from the rows' values, in input order. Rows
 * with an IRM or without a value stay unranked. Under BREAK_BY_FINER_PRECISION and
 * BREAK_BY_RULE only identical raw values tie; a rule-based tie-break is the caller's.
 */
export function computeRanks<T extends RankableRow>(
  rows: readonly T[],
  ctx: RankingContext,
): Array<T & { rank: number | null; rankEqual: boolean }> {
  const keys = rows.map((row) => rankingKey(row, ctx));
  const sorted = keys.filter((key): key is bigint => key !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byKey = new Map<bigint, { rank: number; count: number }>();
  sorted.forEach((key, index) => {
    const entry = byKey.get(key);
    if (entry) entry.count += 1;
    else byKey.set(key, { rank: index + 1, count: 1 });
  });
  return rows.map((row, index) => {
    const key = keys[index];
    const entry = key === null ? undefined : byKey.get(key);
    return { ...row, rank: entry?.rank ?? null, rankEqual: (entry?.count ?? 0) > 1 };
  });
}
