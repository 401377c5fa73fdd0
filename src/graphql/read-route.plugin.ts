import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { isPublicReader } from '../auth/viewer.js';
import type { ReadRoute } from '../database/read-route.js';
import type { RequestContext } from './request-context.js';

/**
 * A reader's query (no credentials, or an API key) reads from the replica when there is one
 * (DATABASE_READ_URL); staff queries and mutations, and so every read of a request that
 * writes, stay on the primary.
 */
export function readRoutePlugin(route: ReadRoute): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === OperationTypeNode.QUERY && isPublicReader(contextValue.viewer)) route.useReplica();
          return Promise.resolve();
        },
      });
    },
  };
}
