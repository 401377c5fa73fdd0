import type { ResultDetailKind } from '../../generated/prisma/enums.js';
import type { IssueSink, ResultIssue, ResultRowCandidate } from './domain/result-row.js';

export const MAX_RESULT_ROWS = 500;
/**
 * Far below Int4 on purpose: a replace parks kept rows at displayOrder + the largest
 * display order in play (see ResultsDeskRepository.replaceRows), which must not overflow.
 */
export const MAX_DISPLAY_ORDER = 100_000;
export const MAX_DETAILS_PER_ROW = 200;
export const MAX_RECORD_MARKS_PER_ROW = 10;

const INT4_MAX = 2_147_483_647;
const INT4_FIELDS = ['startOrder', 'startGroup', 'rank', 'timeMs', 'score', 'markMm'] as const;
/** The domain's record-code shape; codes it already rejects are not looked up again. */
const RECORD_CODE = /^[A-Z][A-Z0-9]{1,7}$/;

export interface ResultDetailCandidate {
  kind: ResultDetailKind;
  seq: number;
  label: string;
  timeMs?: number | null;
  value?: string | null;
  judge?: string | null;
}

/** A result row as the desk stores it: the domain's candidate plus its details. */
export interface DeskRow extends ResultRowCandidate {
  details?: ResultDetailCandidate[];
}

/** Record codes used by the rows that have the shape of a code, to be looked up in one query. */
export function recordCodesOf(rows: readonly DeskRow[]): string[] {
  return [...new Set(rows.flatMap((row) => row.recordMarks ?? []).filter((code) => RECORD_CODE.test(code)))];
}

/**
 * What the domain rules leave to storage: values an Int4 column cannot hold (imports
 * read any safe integer), record codes without a record type, and details that the
 * unique (kind, seq, judge) key would refuse.
 */
export function checkStorable(rows: readonly DeskRow[], knownRecordTypes: ReadonlySet<string>, add: IssueSink): void {
  rows.forEach((row, i) => {
    if (Number.isSafeInteger(row.displayOrder) && row.displayOrder > MAX_DISPLAY_ORDER) {
      add(i, 'displayOrder', 'INVALID_INTEGER', `displayOrder must be at most ${MAX_DISPLAY_ORDER}, got ${row.displayOrder}`);
    }
    for (const field of INT4_FIELDS) {
      const value = row[field];
      if (typeof value === 'number' && value > INT4_MAX) add(i, field, 'INVALID_INTEGER', `${field} ${value} is larger than can be stored`);
    }
    for (const code of new Set(row.recordMarks ?? [])) {
      if (RECORD_CODE.test(code) && !knownRecordTypes.has(code)) {
        add(i, 'recordMarks', 'UNKNOWN_RECORD_TYPE', `${code} is not a known record type`);
      }
    }
    checkDetails(row.details ?? [], i, add);
  });
}

function checkDetails(details: readonly ResultDetailCandidate[], i: number, add: IssueSink): void {
  const seen = new Map<string, number>();
  details.forEach((detail, j) => {
    const key = `${detail.kind}|${detail.seq}|${detail.judge ?? ''}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, j);
    else
      add(
        i,
        `details.${j}.seq`,
        'DUPLICATE_DETAIL',
        `${detail.kind} ${detail.seq}${detail.judge ? ` of judge ${detail.judge}` : ''} is already given by detail ${earlier}`,
      );
  });
}

/** Issues in row order; set-level issues (row null) first, as the domain sorts them. */
export function sortIssues(issues: ResultIssue[]): ResultIssue[] {
  return [...issues].sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
}
