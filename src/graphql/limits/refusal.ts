import { HeaderMap, type GraphQLResponse } from '@apollo/server';
import type { GraphQLError } from 'graphql';

/**
 * An answer given in place of execution, from a `responseForOperation` hook: Apollo takes an
 * error thrown there for its own fault (500), and does not format what the hook returns.
 * A request error's 400 becomes 200 for `application/json` in the status-codes plugin.
 */
export function refusal(error: GraphQLError, status = 400): GraphQLResponse {
  return {
    http: { status, headers: new HeaderMap() },
    body: { kind: 'single', singleResult: { errors: [{ message: error.message, extensions: error.extensions }] } },
  };
}
