import { BadInputError } from '../../common/errors/domain-error.js';
import { DEFAULT_PAGE_SIZE, type Connection, type PageArgs } from './connection.js';
import { encodeCursor } from './cursor.js';

/** The page size asked for, checked against the configured cap. */
export function pageSize(args: PageArgs, max: number): number {
  const size = args.first ?? Math.min(DEFAULT_PAGE_SIZE, max);
  if (size > max) throw new BadInputError(`first must be at most ${max}`, [{ path: 'first', message: `at most ${max}` }]);
  return size;
}

/**
 * Builds a connection from rows fetched with `take: size + 1`: the extra row only says
 * whether a next page exists.
 */
export function toConnection<T>(rows: T[], size: number, cursorOf: (row: T) => (string | number | null)[]): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
