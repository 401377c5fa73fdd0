import { DomainError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { PLACEHOLDERS } from '../domain/credit.js';

/** A credit format with a placeholder the house does not fill, e.g. "{photgrapher}" or a stray brace. */
export class UnknownPlaceholderError extends DomainError {
  constructor(field: string, placeholder: string) {
    const suggestion = closestPlaceholder(placeholder);
    super(
      ErrorCode.CREDIT_FORMAT_UNKNOWN_PLACEHOLDER,
      `The credit format uses ${placeholder}, which is not a placeholder: use ${PLACEHOLDERS.join(' or ')}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      { field, placeholder, known: [...PLACEHOLDERS], suggestion },
    );
  }
}

function closestPlaceholder(placeholder: string): string | null {
  const typed = placeholder.toLowerCase();
  const scored = PLACEHOLDERS.map((known) => ({ known, distance: editDistance(typed, known) })).sort((a, b) => a.distance - b.distance);
  return scored[0].distance <= 3 ? scored[0].known : null;
}

/** Levenshtein distance; placeholders are short, so the quadratic table is tiny. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
