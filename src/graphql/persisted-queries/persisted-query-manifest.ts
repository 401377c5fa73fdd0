import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The hash Apollo keys a persisted query by: SHA-256 of the exact query text, in hex. */
export function persistedQueryHash(query: string): string {
  return createHash('sha256').update(query).digest('hex');
}

export class InvalidPersistedQueryManifestError extends Error {
  constructor(path: string, problem: string) {
    super(`Persisted-query manifest ${path}: ${problem}`);
    this.name = 'InvalidPersistedQueryManifestError';
  }
}

interface ApolloManifest {
  format: 'apollo-persisted-query-manifest';
  version?: unknown;
  operations?: unknown;
}

const isApolloManifest = (value: unknown): value is ApolloManifest =>
  typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'apollo-persisted-query-manifest';

/**
 * The queries a deployment publishes, by hash. Read from a JSON file, either a plain map
 * `{ "<sha256>": "<query>" }` or Apollo's persisted-query manifest (`format`, `version`,
 * `operations: [{ id, body }]`, as `@apollo/generate-persisted-query-manifest` writes it).
 * Every hash is checked against its query, so a wrong entry fails the start, not a request.
 */
export class PersistedQueryManifest {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  static fromFile(path: string): PersistedQueryManifest {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new InvalidPersistedQueryManifestError(path, `cannot be read (${(error as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InvalidPersistedQueryManifestError(path, `is not JSON (${(error as Error).message})`);
    }
    return PersistedQueryManifest.fromJson(json, path);
  }

  static fromJson(json: unknown, source = 'manifest'): PersistedQueryManifest {
    const entries = isApolloManifest(json) ? apolloEntries(json, source) : plainEntries(json, source);
    const queries = new Map<string, string>();
    for (const [hash, query] of entries) {
      if (typeof query !== 'string' || query.trim() === '')
        throw new InvalidPersistedQueryManifestError(source, `${hash}: the query is empty`);
      if (persistedQueryHash(query) !== hash.toLowerCase()) {
        throw new InvalidPersistedQueryManifestError(source, `${hash}: is not the SHA-256 of its query (${persistedQueryHash(query)})`);
      }
      queries.set(hash.toLowerCase(), query);
    }
    if (queries.size === 0) throw new InvalidPersistedQueryManifestError(source, 'lists no query');
    return new PersistedQueryManifest(queries);
  }

  get size(): number {
    return this.queries.size;
  }

  has(hash: string): boolean {
    return this.queries.has(hash);
  }

  get(hash: string): string | undefined {
    return this.queries.get(hash);
  }
}

function apolloEntries(manifest: ApolloManifest, source: string): [string, unknown][] {
  if (manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new InvalidPersistedQueryManifestError(source, 'an Apollo manifest must be version 1 with an operations array');
  }
  return (manifest.operations as { id?: unknown; body?: unknown }[]).map((operation) => [String(operation.id), operation.body]);
}

function plainEntries(json: unknown, source: string): [string, unknown][] {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InvalidPersistedQueryManifestError(source, 'must be an object of "<sha256>": "<query>" entries');
  }
  return Object.entries(json);
}
