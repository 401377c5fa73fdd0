import { DomainError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';

/** When a photo may be published: not before its embargo ends, not once its rights have expired. */
export interface RightsWindow {
  embargoUntil: Date | null;
  expiresAt: Date | null;
}

/** The input field a refused window is blamed on, e.g. "input.expiresAt". */
export type RightsWindowField = 'input.embargoUntil' | 'input.expiresAt';

/** An embargo that does not end before the rights expire: the photo could never be published. */
export class RightsWindowInvalidError extends DomainError {
  constructor(field: RightsWindowField, { embargoUntil, expiresAt }: { embargoUntil: Date; expiresAt: Date }) {
    const message = `the embargo (until ${embargoUntil.toISOString()}) must end before the rights expire (at ${expiresAt.toISOString()})`;
    super(ErrorCode.RIGHTS_WINDOW_INVALID, `The rights window is invalid: ${message}`, {
      field,
      issues: [{ path: field, message }],
    });
  }
}

/**
 * Refuses a window whose embargo ends at or after the expiry (the database's check says the
 * same, as a fault): `window` is the asset as it would be stored, `field` the input to blame.
 */
export function assertRightsWindow(window: RightsWindow, field: RightsWindowField): void {
  const { embargoUntil, expiresAt } = window;
  if (embargoUntil && expiresAt && embargoUntil.getTime() >= expiresAt.getTime()) {
    throw new RightsWindowInvalidError(field, { embargoUntil, expiresAt });
  }
}
