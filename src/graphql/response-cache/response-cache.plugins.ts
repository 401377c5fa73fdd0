import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { OperationTypeNode } from 'graphql';
import type { RequestContext } from '../request-context.js';
import type { CacheGeneration } from './cache-generation.js';

const isShareable = (context: RequestContext) => context.viewer.kind === 'anonymous' || context.viewer.kind === 'apiKey';

export interface ResponseCacheSettings {
  ttlSeconds: number;
  maxBytes: number;
}

/**
 * Whole-response caching of queries in memory, keyed by document, variables and the cache
 * generation; any mutation bumps the generation, so a publish, an unpublish or a results
 * correction is visible on the next request. Apollo's cache-control plugin computes each
 * response's cache policy (the TTL here) but writes no header: the Cache-Control header is
 * cacheControlPlugin's, since a CDN could not be told about the bump.
 */
export function responseCachePlugins(generation: CacheGeneration, settings: ResponseCacheSettings): ApolloServerPlugin<RequestContext>[] {
  // Installed even when the cache is off: otherwise Apollo adds its own, which writes headers.
  const cachePolicy = ApolloServerPluginCacheControl({ defaultMaxAge: settings.ttlSeconds, calculateHttpHeaders: false });
  if (settings.ttlSeconds <= 0) return [cachePolicy];
  const invalidateOnWrite: ApolloServerPlugin<RequestContext> = {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION) generation.advance();
          return Promise.resolve();
        },
      });
    },
  };
  return [
    cachePolicy,
    responseCachePlugin<RequestContext>({
      cache: new InMemoryLRUCache({ maxSize: settings.maxBytes }),
      extraCacheKeyData: () => Promise.resolve(generation.current),
      // Without the invalidation listener another instance's write could go unheard.
      // Staff may read what readers may not (internal fields, the desk's queries): their answers are never shared.
      shouldReadFromCache: ({ contextValue }) => Promise.resolve(generation.trusted && isShareable(contextValue)),
      shouldWriteToCache: ({ contextValue }) => Promise.resolve(generation.trusted && isShareable(contextValue)),
    }),
    invalidateOnWrite,
  ];
}
