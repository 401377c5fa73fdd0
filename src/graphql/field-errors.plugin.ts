import type { ApolloServerPlugin } from '@apollo/server';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { mapError } from './graphql-errors.js';
import type { RequestContext } from './request-context.js';

/**
 * The exception filter only sees what root resolvers throw; an error thrown in a field
 * resolver (a nested argument that fails validation, a failing loader) reaches Apollo as it
 * is. This gives those errors the same treatment: the same code and message as the filter
 * would give (`formatError` maps them), and one log line, with the request id, for the
 * unexpected ones.
 */
export function fieldErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  const logger = new Logger('GraphQL');
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const thrown = unwrapped(error);
            if (thrown === undefined || !mapError(thrown).unexpected) continue;
            const requestId = (contextValue.req as { id?: unknown }).id;
            logger.error(
              { requestId, path: error.path, err: thrown instanceof Error ? thrown.stack : JSON.stringify(thrown) },
              'unexpected resolver error',
            );
          }
          return Promise.resolve();
        },
      });
    },
  };
}

/** What a resolver threw, when it is not already a GraphQL error the filter produced. */
export function unwrapped(error: unknown): unknown {
  const original = (error as { originalError?: unknown } | undefined)?.originalError;
  return original === undefined || original instanceof GraphQLError ? undefined : original;
}
