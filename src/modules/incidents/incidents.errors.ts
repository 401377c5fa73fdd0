import { DomainError, type FieldIssue } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import type { IncidentIssue } from './domain/incident-rules.js';

/** An incident's problem as clients see it in `extensions.issues`: `row` is the incident's index, as for result rows. */
export interface IncidentFieldIssue extends FieldIssue {
  row: number | null;
  field: string | null;
  code: string;
}

/** Issues of incidents listed at `listPath` (`input.incidents`, or `input.document.incidents` in a results import). */
export function incidentIssues(listPath: string, issues: readonly IncidentIssue[]): IncidentFieldIssue[] {
  return issues.map(({ index, field, code, message }) => ({
    row: index,
    field,
    code,
    message,
    path: [listPath, index, field].filter((part) => part !== null).join('.'),
  }));
}

/**
 * A unit's incidents break a rule; nothing was stored. The code is RESULTS_INVALID, as for
 * the result rows the incidents are checked against, so clients read both the same way.
 */
export class IncidentsInvalidError extends DomainError {
  constructor(readonly issues: IncidentFieldIssue[]) {
    const first = issues.at(0);
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(ErrorCode.RESULTS_INVALID, `The incidents cannot be stored: ${first ? `${first.path}: ${first.message}` : 'invalid'}${more}`, {
      issues,
      field: first?.path,
    });
  }
}
