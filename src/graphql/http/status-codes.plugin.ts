import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { noteAnsweredErrors } from '../../logging/request-outcome.js';
import type { RequestContext } from '../request-context.js';
import { APPLICATION_JSON, responseMediaType } from './media-type.js';

/** GraphQL request errors: the HTTP request was fine, the GraphQL request could not run. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.QUERY_TOO_COSTLY,
  ErrorCode.QUERY_TOO_LARGE,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * Status codes as the GraphQL-over-HTTP spec sets them. Apollo answers a request error (parse,
 * validation, variable coercion, a query limit) with 400 whatever the client accepts; the spec
 * says a well-formed request answered as `application/json` gets 200 with the errors in the
 * body, and 400 as `application/graphql-response+json`. HTTP-level refusals (malformed JSON,
 * CSRF, a mutation over GET, a refused persisted query) keep their 4xx, and 5xx stays for the
 * server's own faults. A refused login (TOO_MANY_REQUESTS) is 429 with Retry-After.
 *
 * Every response's errors are also noted for the request's access-log line.
 */
export function statusCodesPlugin(): ApolloServerPlugin<RequestContext> {
  const listener: GraphQLRequestListener<RequestContext> = {
    willSendResponse({ response, contextValue }) {
      if (response.body.kind !== 'single') return Promise.resolve();
      const result = response.body.singleResult;
      const errors = result.errors ?? [];
      if (errors.length === 0) return Promise.resolve();
      noteAnsweredErrors(
        contextValue.req,
        errors.map((e) => ({ code: codeOf(e), message: e.message })),
      );
      const throttled = errors.find((e) => codeOf(e) === ErrorCode.TOO_MANY_REQUESTS);
      if (throttled) {
        // A rate limit is HTTP's business: 429 and Retry-After, whatever the media type.
        response.http.status = 429;
        const retryAfter = throttled.extensions?.retryAfterSeconds;
        if (typeof retryAfter === 'number') response.http.headers.set('retry-after', String(retryAfter));
        return Promise.resolve();
      }
      const requestError = !('data' in result) && errors.every((e) => REQUEST_ERROR_CODES.has(codeOf(e)));
      if (requestError && response.http.status === 400 && responseMediaType(contextValue.req) === APPLICATION_JSON) {
        response.http.status = 200;
      }
      return Promise.resolve();
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}

function codeOf(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}
