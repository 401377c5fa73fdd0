import type { TimePrecision, TimeRounding } from '../../../generated/prisma/enums.js';
import { type DecimalInput, formatScaled, parseScaled } from './decimal.js';

export interface TimeDisplayRule {
  decimals: number;
  rounding: TimeRounding;
}

/** The largest time an Int4 column holds. */
export const MAX_TIME_MS = 2_147_483_647;

const PRECISION_BY_DECIMALS: readonly TimePrecision[] = ['SECONDS', 'TENTHS', 'HUNDREDTHS', 'THOUSANDTHS'];

export const PRECISION_UNIT_MS: Readonly<Record<TimePrecision, number>> = {
  SECONDS: 1000,
  TENTHS: 100,
  HUNDREDTHS: 10,
  THOUSANDTHS: 1,
};

function assertRule(rule: TimeDisplayRule): void {
  if (!Number.isInteger(rule.decimals) || rule.decimals < 0 || rule.decimals > 3) {
    throw new RangeError(`time decimals must be 0..3, got ${rule.decimals}`);
  }
}

function assertMs(ms: number): void {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`time must be a non-negative integer of ms, got ${ms}`);
}

/**
 * Formats integer milliseconds as h:mm:ss.ff, m:ss.ff or s.ff. Truncation is the ISU
 * convention: 1:45.006 prints as 1:45.00, never 1:45.01.
 */
export function formatTime(ms: number, rule: TimeDisplayRule): string {
  assertMs(ms);
  assertRule(rule);
  const unitMs = 10 ** (3 - rule.decimals);
  const units = rule.rounding === 'HALF_UP' ? Math.floor((ms + unitMs / 2) / unitMs) : Math.floor(ms / unitMs);
  const perSecond = 10 ** rule.decimals;
  const totalSeconds = Math.floor(units / perSecond);
  const fraction = rule.decimals > 0 ? `.${String(units % perSecond).padStart(rule.decimals, '0')}` : '';
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}${fraction}`;
  if (minutes > 0) return `${minutes}:${ss}${fraction}`;
  return `${seconds}${fraction}`;
}

/** A signed gap computed from raw ms ("+0.28"); a gap of 0 is "+0.00". */
export function formatGap(ms: number, rule: TimeDisplayRule): string {
  if (!Number.isSafeInteger(ms)) throw new RangeError(`gap must be an integer of ms, got ${ms}`);
  return `${ms < 0 ? '-' : '+'}${formatTime(Math.abs(ms), rule)}`;
}

export type TimeParseReason =
  'EMPTY' | 'NEGATIVE' | 'FORMAT' | 'TOO_PRECISE' | 'SECONDS_OUT_OF_RANGE' | 'MINUTES_OUT_OF_RANGE' | 'ZERO' | 'TOO_LARGE';

export class TimeParseError extends Error {
  constructor(
    readonly reason: TimeParseReason,
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'TimeParseError';
  }
}

const TIME = /^(?:(?:(\d+):)?(\d+):)?(\d+)(?:\.(\d+))?$/;
/** What TIME captures: hours, minutes and the fraction are optional groups, undefined when absent. */
type TimeMatch = [string, string | undefined, string | undefined, string, string | undefined];

/**
 * Parses "1:02:03.45", "1:12.31", "72.31" or "58". Inner fields take two digits and
 * stay below 60; a leading field may be longer ("72.31" is 72.31 s). The precision is
 * the number of decimals given, so "1:12.31" never claims a thousandth.
 */
export function parseTime(text: string): { ms: number; precision: TimePrecision } {
  const input = text.trim();
  const fail = (reason: TimeParseReason, message: string): never => {
    throw new TimeParseError(reason, text, message);
  };
  if (input === '') fail('EMPTY', 'the time is empty');
  if (input.startsWith('-')) fail('NEGATIVE', `"${input}" is negative`);
  const match = TIME.exec(input);
  if (!match) return fail('FORMAT', `"${input}" is not a time like 1:12.31`);
  const [, h, m, s, fraction = ''] = match as unknown as TimeMatch;
  if (fraction.length > 3) fail('TOO_PRECISE', `"${input}" has more than 3 decimals`);
  if (m !== undefined && s.length !== 2) fail('FORMAT', `"${input}": seconds after minutes take two digits`);
  if (h !== undefined && m?.length !== 2) fail('FORMAT', `"${input}": minutes after hours take two digits`);
  if (m !== undefined && Number(s) >= 60) fail('SECONDS_OUT_OF_RANGE', `"${input}": seconds must be below 60`);
  if (h !== undefined && Number(m) >= 60) fail('MINUTES_OUT_OF_RANGE', `"${input}": minutes must be below 60`);
  const seconds = Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s);
  const ms = seconds * 1000 + Number(fraction.padEnd(3, '0'));
  if (ms === 0) fail('ZERO', 'a time of zero is not a result');
  if (ms > MAX_TIME_MS) fail('TOO_LARGE', `"${input}" is longer than the largest storable time`);
  return { ms, precision: PRECISION_BY_DECIMALS[fraction.length] };
}

/** Points as stored (Decimal(10,3)) printed with a fixed number of decimals, half up. */
export function formatPoints(value: DecimalInput, decimals: number): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 3) throw new RangeError(`points decimals must be 0..3`);
  const units = parseScaled(value, 3);
  if (units === null) throw new RangeError(`"${String(value)}" is not a points value`);
  return formatScaled(units, 3, decimals, 'HALF_UP');
}

/** A distance or height in metres. World Athletics measures down to the last whole centimetre, hence truncation. */
export function formatMark(mm: number): string {
  if (!Number.isSafeInteger(mm) || mm < 0) throw new RangeError(`a mark must be a non-negative integer of mm, got ${mm}`);
  return `${formatScaled(BigInt(mm), 3, 2, 'TRUNCATE')} m`;
}
