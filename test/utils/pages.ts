import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, parse } from 'graphql';
import { ANONYMOUS } from '../../src/auth/viewer.js';
import { LoaderRegistry } from '../../src/graphql/loader-registry.js';
import type { RequestContext } from '../../src/graphql/request-context.js';
import type { TestApp } from './test-app.js';

export interface ServedAnswer {
  body: { data?: Record<string, any> | null; errors?: unknown[] };
  /** "pages" when the document path answered from stored pages. */
  path: string | null;
  /** "hit" when the response cache answered. */
  cache: string | null;
}

/** A reader's request over HTTP, with how it was answered. */
export async function served(api: TestApp, query: string, variables?: Record<string, unknown>): Promise<ServedAnswer> {
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    body: (await response.json()) as ServedAnswer['body'],
    path: response.headers.get('x-podium-path'),
    cache: response.headers.get('x-response-cache'),
  };
}

/**
 * What the live path answers a reader now: the operation run through the served schema's own
 * resolvers against the database, without stored pages or caches, serialized as HTTP would.
 */
export async function liveAnswer(api: TestApp, query: string, variables?: Record<string, unknown>): Promise<ServedAnswer['body']> {
  const context: RequestContext = {
    req: { headers: {} } as RequestContext['req'],
    loaders: new LoaderRegistry(),
    viewer: ANONYMOUS,
    deadline: Date.now() + 30_000,
  };
  const result = await execute({
    schema: api.app.get(GraphQLSchemaHost).schema,
    document: parse(query),
    variableValues: variables,
    contextValue: context,
  });
  const body = result.errors?.length ? { errors: result.errors.map((e) => e.message), data: result.data } : { data: result.data };
  return JSON.parse(JSON.stringify(body)) as ServedAnswer['body'];
}

/**
 * Reads until the stored pages answer: each read asks for the first page it misses (a
 * competition's, then its event's), and the rebuild job builds it meanwhile.
 */
export async function untilServedFromPages(api: TestApp, query: string, variables?: Record<string, unknown>): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const answer = await served(api, query, variables);
    if (answer.path === 'pages' || answer.cache === 'hit') return;
    await api.pagesSettled();
  }
  throw new Error('Not answered from stored pages after 5 rounds');
}
