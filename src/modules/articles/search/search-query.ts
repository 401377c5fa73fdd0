import { BadInputError } from '../../../common/errors/domain-error.js';

export const SEARCH_QUERY_MAX_LENGTH = 200;
/** Deep pages of a ranked search are never read and cost the most: only this many hits are ranked and paged through. */
export const SEARCH_MAX_HITS = 1000;

export interface SearchQuery {
  /** The trimmed query, for websearch_to_tsquery (quotes, OR and - keep their meaning). */
  text: string;
  /** The query as a name for the people half, or null when it holds no letter or digit. */
  name: string | null;
}

/**
 * Checks a search query before any SQL: 1 to 200 characters once trimmed. Operators and
 * punctuation alone are not an error; they just match nothing.
 */
export function parseSearchQuery(raw: string): SearchQuery {
  const text = raw.trim();
  const length = [...text].length;
  if (length < 1 || length > SEARCH_QUERY_MAX_LENGTH) {
    throw new BadInputError(`query must be 1 to ${SEARCH_QUERY_MAX_LENGTH} characters`, [
      { path: 'query', message: `${length} characters after trimming; give 1 to ${SEARCH_QUERY_MAX_LENGTH}` },
    ]);
  }
  // Names are matched as typed text: websearch quotes and exclusions are not part of a name.
  const name = text
    .replace(/"/g, ' ')
    .replace(/(^|\s)-+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, name: /[\p{L}\p{N}]/u.test(name) ? name : null };
}

/** Escapes LIKE's wildcards so a name is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
