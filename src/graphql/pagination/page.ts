import { BadInputError } from '../../common/errors/domain-error.js';
import { DEFAULT_PAGE_SIZE, type Connection, type PageArgs } from './connection.js';

/** A page asked for, checked: its size, its direction and its cursors (still encoded). */
export interface PageRequest {
  size: number;
  /** `last`: the page is the end of the list, or what comes just before `before`. */
  backward: boolean;
  after: string | null;
  before: string | null;
}

/** Reads the connection arguments; `first` and `last` together, or a size over the configured cap, is BAD_USER_INPUT. */
export function pageRequest(args: PageArgs, max: number): PageRequest {
  if (args.first != null && args.last != null) {
    throw new BadInputError('Give first or last, not both', [{ path: 'last', message: 'cannot be combined with first' }]);
  }
  const backward = args.last != null;
  const size = (backward ? args.last : args.first) ?? Math.min(DEFAULT_PAGE_SIZE, max);
  const path = backward ? 'last' : 'first';
  if (size > max) throw new BadInputError(`${path} must be at most ${max}`, [{ path, message: `at most ${max}` }]);
  return { size, backward, after: args.after ?? null, before: args.before ?? null };
}

/**
 * The connection from rows fetched in paging order (reversed when paging backwards) with one
 * row more than the page: that row only says whether more items lie in the paging direction.
 * On the other side a cursor given means an item lies there.
 */
export function toConnection<T>(rows: T[], request: PageRequest, cursorOf: (row: T) => string): Connection<T> {
  const more = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.backward) page.reverse();
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: request.backward ? request.before !== null : more,
      hasPreviousPage: request.backward ? more : request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
