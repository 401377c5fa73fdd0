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
  const response = await fetch(cached.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await cached.adminToken()}` },
    body: JSON.stringify({
      query: 'mutation { createApiKey(input: { name: "Bench frontend", scopes: [PUBLISHED] }) { key } }',
    }),
  });
  const body = (await response.json()) as { data?: { createApiKey: { key: string } }; errors?: unknown };
  if (!body.data) throw new Error(`createApiKey: ${JSON.stringify(body.errors)}`);
  return [
    { target: 'uncached', label: 'uncached, signed in as an editor', headers: { authorization: `Bearer ${await cached.editorToken()}` } },
    { target: 'cached', label: 'response cache, frontend API key', headers: { 'x-api-key': body.data.createApiKey.key } },
  ];
}
