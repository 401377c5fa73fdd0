import type { Request } from 'express';

export const APPLICATION_JSON = 'application/json';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

export type GraphqlMediaType = typeof APPLICATION_JSON | typeof GRAPHQL_RESPONSE_JSON;

// The strings Apollo negotiates with, parameters included, so that an Accept header with a
// charset picks the same type here as in Apollo.
const OFFERED = [`${APPLICATION_JSON}; charset=utf-8`, `${GRAPHQL_RESPONSE_JSON}; charset=utf-8`] as const;

/**
 * The media type a GraphQL response to this request is sent as, chosen from its Accept header
 * as Apollo chooses it: application/json when the header is absent or on a tie; null when the
 * client accepts neither.
 */
export function responseMediaType(req: Pick<Request, 'headers' | 'accepts'>): GraphqlMediaType | null {
  if (!req.headers.accept) return APPLICATION_JSON;
  const chosen = req.accepts([...OFFERED]);
  if (chosen === false) return null;
  return chosen.startsWith(GRAPHQL_RESPONSE_JSON) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}
