import { BadInputError } from '../../common/errors/domain-error.js';

/** Cursors are opaque to clients: base64url JSON of the sort key values and the id. */
export function encodeCursor(values: (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return values as (string | number | null)[];
    }
  } catch {
    // fall through to the coded error
  }
  throw new BadInputError('Invalid cursor', [{ path: 'after', message: 'not a cursor returned by this list' }]);
}
