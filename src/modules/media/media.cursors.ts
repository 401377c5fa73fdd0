import { BadInputError } from '../../common/errors/domain-error.js';
import { decodeCursor } from '../../graphql/pagination/cursor.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Cursor values go into SQL: a forged one must be a coded error, not a failed cast.
function checked(cursor: string, validKey: (key: unknown) => boolean): [string, string] {
  const [key, id] = decodeCursor(cursor, 2);
  if (typeof key !== 'string' || !validKey(key) || typeof id !== 'string' || !UUID.test(id)) {
    throw new BadInputError('Invalid cursor', [{ path: 'after', message: 'not a cursor returned by this list' }]);
  }
  return [key, id];
}

/** (createdAt as ISO text, id). */
export const timeCursor = (cursor: string) => checked(cursor, (key) => !Number.isNaN(Date.parse(key as string)));

/** (name, id). */
export const nameCursor = (cursor: string) => checked(cursor, () => true);
