import { BadInputError } from '../../../common/errors/domain-error.js';

/** The text parts an upload may carry beside the file, with their longest length in bytes (UTF-8). */
export const UPLOAD_TEXT_FIELDS = { altText: 4000 } as const;

const ALT_TEXT_MAX_CHARACTERS = 1000;

export interface UploadFields {
  /** Overrides the alt text read from the file. */
  altText: string | null;
}

/** Checks the text parts: blank counts as absent, anything longer than the asset takes is refused. */
export function uploadFields(raw: Partial<Record<string, string>>): UploadFields {
  const altText = raw.altText?.trim() || null;
  if (altText && altText.length > ALT_TEXT_MAX_CHARACTERS) {
    const message = `must be at most ${ALT_TEXT_MAX_CHARACTERS} characters`;
    throw new BadInputError(`altText: ${message}`, [{ path: 'altText', message }]);
  }
  return { altText };
}
