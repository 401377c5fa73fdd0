import { fromGlobalId, toGlobalId } from '../../src/graphql/relay/global-id.js';

/** The row key behind a global id the API gave out, for looking at what is stored. */
export function keyOf(id: string): string {
  const decoded = fromGlobalId(id);
  if (!decoded) throw new Error(`not a global id: ${id}`);
  return decoded.key;
}

/** The global id of a stored row, as the API gives it out. */
export const globalId = toGlobalId;
