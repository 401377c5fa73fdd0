import { HeaderMap, type ApolloServerPlugin, type GraphQLRequest } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { isPublicReader } from '../../auth/viewer.js';
import type { DocumentExecutor } from '../../read-model/document-executor.js';
import { hasReadPages, pagesReadBy } from '../../read-model/page-reader.js';
import type { RequestContext } from '../request-context.js';
import type { CacheTicket, ResponseCache } from './response-cache.js';

/**
 * Serves a query's cached answer before anything else runs, and keeps the answers of readers'
 * queries (staff answers are never shared). Whether an answer is kept by page (read from
 * stored pages) or by generation is decided before execution, from whether the stored pages
 * cover the query.
 */
export function responseCachePlugin(cache: ResponseCache, pages: DocumentExecutor): ApolloServerPlugin<RequestContext> {
  const tickets = new WeakMap<GraphQLRequest, CacheTicket>();
  return {
    requestDidStart() {
      if (!cache.enabled) return Promise.resolve();
      return Promise.resolve({
        async responseForOperation(requestContext) {
          const { request, schema, document, contextValue, queryHash } = requestContext;
          // Apollo calls this even when no operation matched the operation name (execution then refuses it).
          const operation = requestContext.operation as typeof requestContext.operation | undefined;
          if (operation?.operation !== OperationTypeNode.QUERY || !isPublicReader(contextValue.viewer) || !cache.trusted) return null;
          const path = pages.covers(schema, document, request.operationName) ? 'pages' : 'live';
          const ticket = cache.ticket(path, [queryHash, request.operationName ?? null, request.variables ?? {}]);
          const hit = await cache.get(ticket);
          requestContext.metrics.responseCacheHit = hit !== undefined;
          if (!hit) {
            tickets.set(request, ticket);
            return null;
          }
          const headers = new HeaderMap([['x-response-cache', 'hit']]);
          return { http: { status: undefined, headers }, body: { kind: 'single' as const, singleResult: JSON.parse(hit.body) as object } };
        },
        async willSendResponse({ request, response, contextValue }) {
          const ticket = tickets.get(request);
          if (!ticket || response.body.kind !== 'single' || response.body.singleResult.errors) return;
          let tags: string[] = [];
          if (ticket.path === 'pages') {
            // Kept by its pages only when it is known what it read; otherwise nothing would drop it.
            if (!hasReadPages(contextValue)) return;
            const read = pagesReadBy(contextValue);
            if (read.unavailable && !read.known) return;
            tags = [...read.pages];
          }
          await cache.set(ticket, JSON.stringify(response.body.singleResult), tags);
        },
      });
    },
  };
}

/**
 * A mutation answers once `settle` has run: the pages its write made STALE are built again
 * and this instance has heard of its changes, so its client reads its own write from pages
 * and caches alike.
 */
export function readYourWritesPlugin(settle: () => Promise<void>): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) await settle();
        },
      });
    },
  };
}
