import { DomainError, type FieldIssue } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import type { ResultIssue } from './domain/result-row.js';

/** A problem with a result set, as clients see it in `extensions.issues`. */
export interface ResultFieldIssue extends FieldIssue {
  row: number | null;
  field: string | null;
  code: string;
}

/** Every problem found in a submitted result set; nothing of it was stored. */
export class ResultsInvalidError extends DomainError {
  /** `rowLabel` says what `row` counts in a document ("line" in a CSV); list paths carry the index already. */
  constructor(
    readonly issues: ResultFieldIssue[],
    rowLabel = 'row',
  ) {
    const first = issues.at(0);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const summary = first ? `${whereOf(first, rowLabel)}: ${first.message}` : 'invalid';
    super(ErrorCode.RESULTS_INVALID, `The results cannot be stored: ${summary}${more}`, { issues, field: first?.path });
  }
}

function whereOf(issue: ResultFieldIssue, rowLabel: string): string {
  if (issue.path !== DOCUMENT_PATH) return issue.path;
  return [issue.path, issue.row !== null ? `${rowLabel} ${issue.row}` : null, issue.field].filter((part) => part !== null).join(', ');
}

const DOCUMENT_PATH = 'input.document';

const join = (...parts: Array<string | number | null>) => parts.filter((part) => part !== null).join('.');

/** Issues of rows given as a GraphQL list: `row` is the index and the path points into the list. */
export function listIssues(listPath: string, issues: readonly ResultIssue[]): ResultFieldIssue[] {
  return issues.map(({ row, field, code, message }) => ({ row, field, code, message, path: join(listPath, row, field) }));
}

/**
 * Issues of an imported document: `row` is the CSV line or JSON index of the row, and
 * the field is named as the document names it (a row found by person slug reports `person`).
 */
export function documentIssues(
  issues: readonly ResultIssue[],
  sources: ReadonlyArray<{ source: number; competitor: { by: string } }> | null,
): ResultFieldIssue[] {
  return issues.map(({ row, field, code, message }) => {
    const origin = sources && row !== null ? sources[row] : undefined;
    const named = origin && field === 'competitorId' ? origin.competitor.by : field;
    return { row: origin ? origin.source : row, field: named, code, message, path: DOCUMENT_PATH };
  });
}
