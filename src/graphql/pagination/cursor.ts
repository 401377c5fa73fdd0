import { BadInputError } from '../../common/errors/domain-error.js';

export type CursorValue = string | number | null;
/** The argument a cursor came in, named in the error when it is not one this list gave out. */
export type CursorArgument = 'after' | 'before';

/** Cursors are opaque to clients: base64url JSON of the sort key values and the id. */
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, argument: CursorArgument = 'after'): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity && values.every((v) => v === null || ['string', 'number'].includes(typeof v))) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the coded error
  }
  throw invalidCursor(argument);
}

export function invalidCursor(argument: CursorArgument): BadInputError {
  return new BadInputError('Invalid cursor', [{ path: argument, message: 'not a cursor returned by this list' }]);
}
