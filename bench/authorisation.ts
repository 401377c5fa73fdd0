import { postChecked } from './http.js';
import type { BenchServer } from './servers.js';

/** The credentials each measured variant of the story page sends. */
export interface AuthorisedVariant {
  target: 'uncached' | 'cached';
  label: string;
  headers: Record<string, string>;
}

/**
 * The story page as staff and as a frontend read it: an editor's access token (verified
 * without a database round trip; staff answers are never cached, so against the uncached
 * instance) and a frontend's API key (looked up once, then from memory; against the cache).
 */
export async function authorisedVariants(cached: BenchServer): Promise<AuthorisedVariant[]> {
  const created = await postChecked(
    cached.url,
    JSON.stringify({ query: 'mutation { createApiKey(input: { name: "Bench frontend", scopes: [PUBLISHED] }) { key } }' }),
    'createApiKey',
    { authorization: `Bearer ${await cached.adminToken()}` },
  );
  const { key } = created.createApiKey as { key: string };
  return [
    { target: 'uncached', label: 'uncached, signed in as an editor', headers: { authorization: `Bearer ${await cached.editorToken()}` } },
    { target: 'cached', label: 'response cache, frontend API key', headers: { 'x-api-key': key } },
  ];
}
