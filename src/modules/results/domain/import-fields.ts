import { Decision, Designation, Irm, Medal, PeriodKind, TimePrecision, Wlt } from '../../../generated/prisma/enums.js';
import { formatScaled, parseScaled } from './decimal.js';
import { MAX_PERIODS_PER_ROW } from './match-rules.js';
import type { IssueSink, PeriodCandidate, ResultRowCandidate } from './result-row.js';
import { MAX_TIME_MS, parseTime, TimeParseError } from './time-format.js';

export type CompetitorRef = { by: 'competitorId' | 'person' | 'team'; value: string };

/** A parsed import row: a result row whose competitor is still a reference, with where it came from. */
export interface ResultImportRow extends Omit<ResultRowCandidate, 'competitorId'> {
  competitor: CompetitorRef;
  /** The CSV line number or the 0-based JSON index. */
  source: number;
  /** How the match was decided, as this row says; every row that says it must say the same. */
  decision?: Decision;
}

const INT_FIELDS = ['displayOrder', 'startOrder', 'startGroup', 'rank', 'timeMs', 'score', 'markMm'] as const;
const TEXT_FIELDS = ['lane', 'resultCode', 'qualificationMark'] as const;
const REF_FIELDS = ['competitorId', 'person', 'team'] as const;
const ENUMS = { irm: Irm, medal: Medal, wlt: Wlt, timePrecision: TimePrecision, designation: Designation, decision: Decision } as const;
const ALIASES: Record<keyof typeof ENUMS, Record<string, string>> = {
  irm: { DQ: 'DSQ', WD: 'WDR', RT: 'RET' },
  medal: { ME_GOLD: 'GOLD', ME_SILVER: 'SILVER', ME_BRONZE: 'BRONZE' },
  wlt: { D: 'T' },
  timePrecision: {},
  designation: { H: 'HOME', A: 'AWAY', N: 'NEUTRAL' },
  decision: { AET: 'EXTRA_TIME', PEN: 'PENALTIES', SO: 'SHOOTOUT', OT: 'OVERTIME', RET: 'RETIREMENT', WO: 'WALKOVER', 'W/O': 'WALKOVER' },
};
const TRUE = new Set(['true', 'yes', 'y', '1', '=']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** Every field an import row may carry, by canonical name. */
export const IMPORT_FIELDS: readonly string[] = [
  ...INT_FIELDS,
  ...TEXT_FIELDS,
  ...REF_FIELDS,
  ...Object.keys(ENUMS),
  'rankEqual',
  'time',
  'points',
  'records',
  'periods',
];

const squash = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');
const CANONICAL = new Map<string, string>([
  ...IMPORT_FIELDS.map((name): [string, string] => [squash(name), name]),
  ['recordmarks', 'records'],
]);

/** The canonical field for a column or key name ("display_order" → displayOrder), or undefined. */
export function canonicalField(name: string): string | undefined {
  return CANONICAL.get(squash(name));
}

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : null);

/**
 * Turns one row of raw values (strings from CSV, JSON values) keyed by canonical field
 * into an import row. Bad optional values are reported and dropped; the row itself is
 * returned as long as its order and competitor are usable.
 */
export function toImportRow(raw: Record<string, unknown>, source: number, add: IssueSink): ResultImportRow | null {
  const issue = (field: string, code: string, message: string) => {
    add(source, field, code, message);
  };
  const out: Record<string, unknown> = { source };

  for (const field of INT_FIELDS) {
    const value = raw[field];
    if (blank(value)) continue;
    const s = text(value);
    if (field === 'rank' && s?.startsWith('=')) out.rankEqual = true;
    const digits = field === 'rank' ? s?.replace(/^=/, '') : s;
    const n = digits !== undefined && digits !== null && /^-?\d+$/.test(digits) ? Number(digits) : NaN;
    if (Number.isSafeInteger(n)) out[field] = n;
    else issue(field, 'INVALID_INTEGER', `${field} must be a whole number, got ${JSON.stringify(value)}`);
  }
  for (const field of [...TEXT_FIELDS, ...REF_FIELDS]) {
    if (blank(raw[field])) continue;
    const s = text(raw[field]);
    if (s === null) issue(field, 'INVALID_STRING', `${field} must be text`);
    else out[field] = s;
  }
  for (const [field, values] of Object.entries(ENUMS) as Array<[keyof typeof ENUMS, Record<string, string>]>) {
    if (blank(raw[field])) continue;
    const value = enumValue(field, raw[field]);
    if (value !== undefined) out[field] = value;
    else issue(field, 'INVALID_ENUM', `${field} "${String(raw[field])}" is not one of ${Object.keys(values).join(', ')}`);
  }
  if (!blank(raw.rankEqual)) {
    const s = typeof raw.rankEqual === 'boolean' ? String(raw.rankEqual) : (text(raw.rankEqual)?.toLowerCase() ?? '');
    if (TRUE.has(s)) out.rankEqual = true;
    else if (FALSE.has(s)) out.rankEqual ??= false;
    else issue('rankEqual', 'INVALID_BOOLEAN', `rankEqual "${String(raw.rankEqual)}" is not true/false, yes/no, 1/0 or =`);
  }
  readTime(raw.time, out, issue);
  if (!blank(raw.points)) {
    const units = typeof raw.points === 'string' || typeof raw.points === 'number' ? parseScaled(raw.points, 3) : null;
    if (units === null) issue('points', 'INVALID_POINTS', `points "${String(raw.points)}" is not a number with at most 3 decimals`);
    else out.points = formatScaled(units, 3, 3, 'TRUNCATE');
  }
  if (!blank(raw.records)) {
    const list = Array.isArray(raw.records) ? raw.records : typeof raw.records === 'string' ? raw.records.split(/[\s|,]+/) : null;
    if (list === null || list.some((code) => typeof code !== 'string'))
      issue('records', 'INVALID_RECORD_MARK', 'records must be codes like "OR WR"');
    else out.recordMarks = list.map((code: string) => code.trim().toUpperCase()).filter(Boolean);
  }
  readPeriods(raw.periods, out, issue);
  return withRequired(out, raw, issue);
}

/** A value of an enum, by name or alias ("PEN" for PENALTIES), or undefined. */
export function enumValue(field: keyof typeof ENUMS, value: unknown): string | undefined {
  const s = text(value)?.toUpperCase() ?? '';
  const name = ALIASES[field][s] ?? s;
  return name in ENUMS[field] ? name : undefined;
}

const PERIOD_INT = { number: [1, 99], score: [0, 10_000], tieBreak: [0, 10_000] } as const;

/** Periods are a list of `{ kind, number, score, tieBreak }` objects: JSON documents only. */
function readPeriods(value: unknown, out: Record<string, unknown>, issue: (f: string, c: string, m: string) => void): void {
  if (blank(value)) return;
  if (!Array.isArray(value)) {
    issue('periods', 'INVALID_PERIOD', 'periods is a list of { kind, number, score, tieBreak } objects (JSON documents only)');
    return;
  }
  if (value.length > MAX_PERIODS_PER_ROW) {
    issue('periods', 'TOO_MANY_PERIODS', `at most ${MAX_PERIODS_PER_ROW} periods per row, got ${value.length}`);
    return;
  }
  const periods: PeriodCandidate[] = [];
  value.forEach((item: unknown, j) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issue(`periods.${j}`, 'INVALID_PERIOD', 'each period is an object { kind, number, score, tieBreak }');
      return;
    }
    const raw = item as Record<string, unknown>;
    let usable = true;
    for (const name of Object.keys(raw)) {
      if (!['kind', 'number', 'score', 'tieBreak'].includes(name))
        issue(`periods.${j}.${name}`, 'UNKNOWN_FIELD', `unknown field "${name}"`);
    }
    const kind = text(raw.kind)?.toUpperCase() ?? '';
    if (!(kind in PeriodKind)) {
      issue(`periods.${j}.kind`, 'INVALID_ENUM', `kind "${String(raw.kind)}" is not one of ${Object.keys(PeriodKind).join(', ')}`);
      usable = false;
    }
    const ints: Record<string, number | null> = { number: 0, score: 0, tieBreak: null };
    for (const [name, [min, max]] of Object.entries(PERIOD_INT)) {
      const v = raw[name];
      if (name === 'tieBreak' && blank(v)) {
        ints[name] = null;
        continue;
      }
      const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
      if (Number.isSafeInteger(n) && n >= min && n <= max) ints[name] = n;
      else {
        issue(`periods.${j}.${name}`, 'INVALID_INTEGER', `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`);
        usable = false;
      }
    }
    if (usable) periods.push({ kind: kind as PeriodKind, number: Number(ints.number), score: Number(ints.score), tieBreak: ints.tieBreak });
  });
  out.periods = periods;
}

function readTime(value: unknown, out: Record<string, unknown>, issue: (f: string, c: string, m: string) => void): void {
  if (blank(value)) return;
  if (typeof value !== 'string') {
    issue('time', 'INVALID_TIME', 'time must be text like "1:12.31"; use timeMs for milliseconds');
    return;
  }
  try {
    const { ms, precision } = parseTime(value);
    const given = out.timeMs;
    if (typeof given === 'number' && given !== ms) {
      issue('time', 'CONFLICTING_TIME', `time ${value} is ${ms} ms but timeMs is ${given}`);
      return;
    }
    out.timeMs = ms;
    out.timePrecision ??= precision;
  } catch (error) {
    if (!(error instanceof TimeParseError)) throw error;
    issue('time', 'INVALID_TIME', error.message);
  }
}

function withRequired(
  out: Record<string, unknown>,
  raw: Record<string, unknown>,
  issue: (field: string, code: string, message: string) => void,
): ResultImportRow | null {
  if (typeof out.timeMs === 'number' && out.timeMs > MAX_TIME_MS) {
    issue('timeMs', 'INVALID_INTEGER', `timeMs ${out.timeMs} is larger than a stored time can be`);
    delete out.timeMs;
  }
  const refs = REF_FIELDS.filter((field) => typeof out[field] === 'string');
  if (refs.length === 0 && REF_FIELDS.every((field) => blank(raw[field]))) {
    issue('competitorId', 'MISSING_COMPETITOR', 'each row names its competitor: competitorId, person or team');
  } else if (refs.length > 1) {
    issue(refs[1], 'AMBIGUOUS_COMPETITOR', `give one of competitorId, person or team, not ${refs.join(' and ')}`);
  }
  if (blank(raw.displayOrder)) issue('displayOrder', 'MISSING_VALUE', 'displayOrder is required');
  if (refs.length !== 1 || out.displayOrder === undefined) return null;
  const [by] = refs;
  const { competitorId: _id, person: _person, team: _team, ...row } = out;
  return { ...row, competitor: { by, value: out[by] as string } } as unknown as ResultImportRow;
}
