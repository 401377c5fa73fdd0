import { jest } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildApiSchema } from '../../src/graphql/schema-printer.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { README, readmeOperations } from '../utils/readme-operations.js';

type Apollo = typeof import('@apollo/client');
type CacheModule = typeof import('../../docs/frontend/apollo-cache.js');
type Stored = Record<string, Record<string, unknown>>;

const CONNECTION_PAGING = new Set(['first', 'after', 'last', 'before']);

/** Nested objects of the extracted cache that an entity type should have been stored apart from, as "Owner.path". */
function inlineEntities(extract: Stored, keyed: Set<string>): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string, top: boolean) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, `${path}.${i}`, false);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    if ('__ref' in object) return;
    if (!top && typeof object.__typename === 'string' && keyed.has(object.__typename)) found.push(`${path} (${object.__typename})`);
    for (const [key, child] of Object.entries(object)) walk(child, `${path}.${key}`, false);
  };
  for (const [id, entity] of Object.entries(extract)) walk(entity, id, true);
  return found;
}

describe('the README queries in Apollo Client 4', () => {
  let api: TestApp;
  let apollo: Apollo;
  let podium: CacheModule;
  let schema: GraphQLSchema;
  let possibleTypes: Record<string, string[]>;
  let warnings: jest.SpiedFunction<typeof console.warn>;
  let errors: jest.SpiedFunction<typeof console.error>;

  beforeAll(async () => {
    // Apollo's development checks, "Cache data may be lost" among them, run only with __DEV__ set before it loads.
    (globalThis as { __DEV__?: boolean }).__DEV__ = true;
    apollo = await import('@apollo/client');
    const dev = await import('@apollo/client/dev');
    dev.loadDevMessages();
    dev.loadErrorMessages();
    podium = await import('../../docs/frontend/apollo-cache.js');
    possibleTypes = JSON.parse(await readFile(new URL('../../possibleTypes.json', import.meta.url), 'utf8')) as Record<string, string[]>;
    schema = await buildApiSchema();
    api = await createTestApp({ story: true });
  });
  afterAll(() => api.close());

  beforeEach(() => {
    warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warnings.mockRestore();
    errors.mockRestore();
  });

  function client(cache = podium.createPodiumCache(possibleTypes)) {
    return new apollo.ApolloClient({ link: new apollo.HttpLink({ uri: `${api.baseUrl}/graphql` }), cache });
  }

  async function run(target: InstanceType<Apollo['ApolloClient']>, text: string) {
    const result = await target.query({ query: apollo.gql(text), fetchPolicy: 'network-only' });
    expect(result.error).toBeUndefined();
    return result.data as Record<string, unknown>;
  }

  it('documents the cache setup it tests', async () => {
    const source = await readFile(new URL('../../docs/frontend/apollo-cache.ts', import.meta.url), 'utf8');
    expect(README).toContain(source);
  });

  it('pages every connection of Query, keyed by the arguments that pick the list', () => {
    const expected = Object.fromEntries(
      Object.values(schema.getQueryType()!.getFields())
        .filter((field) => {
          const type = field.type.toString().replace(/!$/, '');
          return type.endsWith('Connection') && isObjectType(schema.getType(type));
        })
        .map((field) => [
          field.name,
          field.args
            .map((arg) => arg.name)
            .filter((name) => !CONNECTION_PAGING.has(name))
            .sort(),
        ]),
    );
    expect(Object.fromEntries(Object.entries(podium.CONNECTION_KEY_ARGS).map(([field, args]) => [field, [...args]]))).toEqual(expected);
  });

  it('stores every entity of the README queries once, referenced, with no warning', async () => {
    const apolloClient = client();
    const queries = readmeOperations().filter((operation) => operation.kind === 'query');
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining(['StoryPageQuery', 'PersonArticlesQuery', 'SearchQuery', 'EventPageQuery', 'PeopleSearchQuery']),
    );
    // Twice, in order: answers to one query meet what the others stored.
    for (let round = 0; round < 2; round++) for (const query of queries) await run(apolloClient, query.text);
    expect(warnings).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();

    const extract = apolloClient.cache.extract() as Stored;
    const keyed = new Set([...possibleTypes.Node, 'Noc', 'Discipline', 'RecordType']);
    expect(inlineEntities(extract, keyed)).toEqual([]);

    const rootArticle = extract.ROOT_QUERY['article({"slug":"leerdam-wins-olympic-1000m-gold"})'] as { __ref: string };
    const article = extract[rootArticle.__ref];
    expect(rootArticle.__ref).toMatch(/^Article:/);
    // The body is a list of references to blocks, whose mentions reference the people.
    const body = (article.body as { __ref: string }[]).map((ref) => extract[ref.__ref]);
    expect(body.map((block) => block.__typename)).toContain('ParagraphBlock');
    const targets = body
      .flatMap((block) => (block.mentions as { target: { __ref: string } }[] | undefined) ?? [])
      .map((m) => m.target.__ref);
    expect(targets.filter((ref) => ref.startsWith('Person:')).length).toBeGreaterThan(0);
    expect(targets.every((ref) => ref in extract)).toBe(true);
    const leerdam = Object.entries(extract).find(([, e]) => e.__typename === 'Person' && e.slug === 'jutta-leerdam')!;
    const references = JSON.stringify(Object.values(extract)).split(`"__ref":"${leerdam[0]}"`).length - 1;
    // The same Leerdam for the story's mentions, photos and results, the search and the people list.
    expect(references).toBeGreaterThan(3);
    expect(Object.values(extract).filter((e) => e.__typename === 'Person' && e.slug === 'jutta-leerdam')).toHaveLength(1);
    expect(extract['Noc:{"code":"NED"}']).toMatchObject({ code: 'NED' });
  });

  it('would warn, and this test would see it, when a list is not merged as a connection', async () => {
    const bare = client(new apollo.InMemoryCache({ possibleTypes }));
    await run(bare, `{ people(search: "leerdam", first: 10) { edges { node { id slug } } } }`);
    await run(bare, `{ people(search: "leerdam", first: 10) { pageInfo { hasNextPage } } }`);
    expect(warnings.mock.calls.flat().join(' ')).toContain('Cache data may be lost');

    warnings.mockClear();
    const configured = client();
    await run(configured, `{ people(search: "leerdam", first: 10) { edges { node { id slug } } } }`);
    await run(configured, `{ people(search: "leerdam", first: 10) { pageInfo { hasNextPage } } }`);
    expect(warnings).not.toHaveBeenCalled();
  });
});
