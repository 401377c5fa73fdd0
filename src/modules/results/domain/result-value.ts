import type { Irm, ResultType, TimeRounding } from '../../../generated/prisma/enums.js';
import { type DecimalInput, formatScaled, parseScaled } from './decimal.js';
import { formatGap, formatMark, formatPoints, formatTime } from './time-format.js';

/** The value columns of a result row; a Prisma `Result` fits as it is. */
export interface ResultValueRow {
  timeMs?: number | null;
  points?: DecimalInput | null;
  score?: number | null;
  markMm?: number | null;
  irm?: Irm | null;
}

export interface ResultValueEvent {
  resultType: ResultType;
}

export interface ResultValueDiscipline {
  timeDecimals: number;
  timeRounding: TimeRounding;
  /** Defaults to 2, as judged sports print them. */
  pointsDecimals?: number;
}

const hasTime = (row: ResultValueRow): row is ResultValueRow & { timeMs: number } => typeof row.timeMs === 'number' && row.timeMs > 0;

const timeRule = (discipline: ResultValueDiscipline) => ({
  decimals: discipline.timeDecimals,
  rounding: discipline.timeRounding,
});

/**
 * The printed value of a row: the event's main value, or the IRM code ("DNF") when the
 * row has none. A row with both shows its value; the IRM is printed in its own column.
 */
export function displayValue(row: ResultValueRow, event: ResultValueEvent, discipline: ResultValueDiscipline): string | null {
  const value = mainValue(row, event, discipline);
  return value ?? row.irm ?? null;
}

function mainValue(row: ResultValueRow, event: ResultValueEvent, discipline: ResultValueDiscipline): string | null {
  switch (event.resultType) {
    case 'TIME':
      return hasTime(row) ? formatTime(row.timeMs, timeRule(discipline)) : null;
    case 'POINTS':
      return row.points == null ? null : formatPoints(row.points, discipline.pointsDecimals ?? 2);
    case 'SCORE':
      return row.score == null ? null : String(row.score);
    case 'MARK':
      return row.markMm == null ? null : formatMark(row.markMm);
    case 'RANK_ONLY':
      return null;
  }
}

/**
 * The best valid row of a unit by value: the fastest time, the most points or the
 * longest mark, ignoring IRM rows. Null for SCORE and RANK_ONLY events.
 */
export function leaderOf<T extends ResultValueRow>(rows: readonly T[], event: ResultValueEvent): T | null {
  let best: { row: T; key: bigint } | null = null;
  for (const row of rows) {
    const key = valueKey(row, event.resultType);
    if (key !== null && (best === null || key < best.key)) best = { row, key };
  }
  return best?.row ?? null;
}

function valueKey(row: ResultValueRow, type: ResultType): bigint | null {
  if (row.irm) return null;
  if (type === 'TIME') return hasTime(row) ? BigInt(row.timeMs) : null;
  if (type === 'MARK') return typeof row.markMm === 'number' && row.markMm > 0 ? -BigInt(row.markMm) : null;
  if (type === 'POINTS' && row.points != null) {
    const units = parseScaled(row.points, 3);
    return units === null ? null : -units;
  }
  return null;
}

/**
 * How far a row is behind the leader, from raw values. TIME: "+0.28", formatted with
 * the discipline's rule (truncated for ISU). POINTS: points short of the leader, as
 * "-12.34" with the points decimals, since higher is better. Null for the leader and
 * anyone level with it, for rows with an IRM or without a value, and for SCORE, MARK
 * and RANK_ONLY events, whose results are not read as gaps.
 */
export function behind(
  row: ResultValueRow,
  leader: ResultValueRow | null,
  event: ResultValueEvent,
  discipline: ResultValueDiscipline,
): string | null {
  if (!leader || row === leader || row.irm || leader.irm) return null;
  if (event.resultType === 'TIME') {
    if (!hasTime(row) || !hasTime(leader)) return null;
    const gap = row.timeMs - leader.timeMs;
    return gap > 0 ? formatGap(gap, timeRule(discipline)) : null;
  }
  if (event.resultType === 'POINTS') {
    const mine = row.points == null ? null : parseScaled(row.points, 3);
    const best = leader.points == null ? null : parseScaled(leader.points, 3);
    if (mine === null || best === null || best <= mine) return null;
    return `-${formatScaled(best - mine, 3, discipline.pointsDecimals ?? 2, 'HALF_UP')}`;
  }
  return null;
}
