import type { ApolloServerOptions, ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { PersistedQueryManifest } from './persisted-query-manifest.js';

export interface PersistedQuerySettings {
  manifestPath?: string;
  only: boolean;
}

export interface PersistedQueries {
  /** Apollo's `persistedQueries` option; undefined keeps Apollo's default (APQ on, in memory). */
  options: ApolloServerOptions<object>['persistedQueries'];
  plugins: ApolloServerPlugin[];
}

/**
 * Automatic persisted queries (APQ) stay on: a client registers a query once (POST with its
 * hash) and then sends only the hash, e.g. as a CDN-cacheable GET. A manifest pre-registers
 * the published queries; with `only`, nothing else runs.
 */
export function persistedQueries(settings: PersistedQuerySettings): PersistedQueries {
  if (!settings.manifestPath) return { options: undefined, plugins: [] };
  const manifest = PersistedQueryManifest.fromFile(settings.manifestPath);
  // The cache is for persisted queries only, so Apollo's key prefix is not needed to keep it apart.
  const cache = PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(new ManifestFirstCache(manifest));
  return { options: { cache }, plugins: settings.only ? [allowListPlugin(manifest)] : [] };
}

/** Queries of the manifest first, then those clients registered (kept in a bounded LRU). */
class ManifestFirstCache implements KeyValueCache {
  private readonly registered = new InMemoryLRUCache<string>({ maxSize: 16 * 1024 * 1024 });

  constructor(private readonly manifest: PersistedQueryManifest) {}

  async get(hash: string): Promise<string | undefined> {
    return this.manifest.get(hash) ?? (await this.registered.get(hash));
  }

  async set(hash: string, query: string, options?: { ttl?: number | null }): Promise<void> {
    if (!this.manifest.has(hash)) await this.registered.set(hash, query, options);
  }

  async delete(hash: string): Promise<boolean> {
    return this.registered.delete(hash);
  }
}

/**
 * Refuses any operation whose text is not in the manifest, whether sent in full or by a hash
 * registered through APQ. It runs once the document is parsed and validated (Apollo answers a
 * GraphQLError thrown from didResolveOperation with its status, and writes nothing to the APQ
 * cache), so a refused query is never registered; the token limit keeps that parse cheap.
 */
function allowListPlugin(manifest: PersistedQueryManifest): ApolloServerPlugin {
  const listener: GraphQLRequestListener<object> = {
    didResolveOperation({ queryHash }) {
      if (manifest.has(queryHash)) return Promise.resolve();
      return Promise.reject(
        new GraphQLError('This server runs only its published persisted queries; this one is not among them', {
          extensions: { code: ErrorCode.PERSISTED_QUERY_NOT_IN_LIST, http: { status: 400 } },
        }),
      );
    },
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
