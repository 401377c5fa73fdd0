import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { persistedQueryHash } from '../../src/graphql/persisted-queries/persisted-query-manifest.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const NOCS = '{ nocs(first: 3) { edges { node { code } } } }';
const extensionsFor = (query: string) => JSON.stringify({ persistedQuery: { version: 1, sha256Hash: persistedQueryHash(query) } });
const codesOf = (text: string) =>
  (JSON.parse(text) as { errors?: { extensions: { code: string } }[] }).errors?.map((e) => e.extensions.code);

/** The first three NOC codes as the database orders them, to compare with what the API answers. */
async function storedNocCodes(api: TestApp): Promise<string[]> {
  const rows = await api.prisma.noc.findMany({ select: { code: true }, orderBy: { code: 'asc' }, take: 3 });
  return rows.map((row) => row.code);
}

describe('persisted queries over GET', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ env: { HTTP_CACHE_MAX_AGE_SECONDS: '45' } });
  });
  afterAll(async () => {
    await api.close();
  });

  const http = () => request(api.app.getHttpServer());
  /** A GET as a CDN or a browser sends it: no content-type, no preflight header. */
  const plainGet = (params: Record<string, string>) => http().get(`/graphql?${new URLSearchParams(params).toString()}`);
  const register = (query: string) =>
    http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(api.adminHeaders)
      .send(JSON.stringify({ query, extensions: JSON.parse(extensionsFor(query)) }));

  it('registers a query with a POST, then serves it to a plain GET of its hash, cacheable', async () => {
    const registered = await register(NOCS);
    expect(registered.status).toBe(200);
    expect(registered.headers['cache-control']).toBe('no-store');

    const response = await plainGet({ extensions: extensionsFor(NOCS) });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=45');
    expect(response.headers.vary).toMatch(/accept/i);
    const codes = (JSON.parse(response.text) as { data: { nocs: { edges: { node: { code: string } }[] } } }).data.nocs.edges.map(
      (edge) => edge.node.code,
    );
    expect(codes).toHaveLength(3);
    expect(codes).toEqual(await storedNocCodes(api));
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, which no cache may keep', async () => {
    const response = await plainGet({ extensions: extensionsFor('{ nocs(first: 1) { edges { cursor } } }') });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(codesOf(response.text)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect(response.headers['cache-control']).toBe('private, no-cache, must-revalidate');
  });

  it('still asks a GET carrying query text for a preflight header (CSRF prevention)', async () => {
    const refused = await plainGet({ query: NOCS });
    expect(refused.status).toBe(400);
    expect(codesOf(refused.text)).toEqual(['BAD_REQUEST']);
    expect(refused.headers['cache-control']).toBe('no-store');

    const preflighted = await plainGet({ query: NOCS }).set('apollo-require-preflight', 'true');
    expect(preflighted.status).toBe(200);
    expect(preflighted.headers['cache-control']).toBe('public, max-age=45');
  });

  it('asks a hash-only GET that carries a cookie for a preflight header, and never caches it publicly', async () => {
    await register(NOCS);
    const refused = await plainGet({ extensions: extensionsFor(NOCS) }).set('cookie', 'session=abc');
    expect(refused.status).toBe(400);
    expect(codesOf(refused.text)).toEqual(['BAD_REQUEST']);

    const preflighted = await plainGet({ extensions: extensionsFor(NOCS) })
      .set('cookie', 'session=abc')
      .set('apollo-require-preflight', 'true');
    expect(preflighted.status).toBe(200);
    expect(preflighted.headers['cache-control']).toBe('no-store');
  });

  it('refuses a registered mutation sent as a hash-only GET, and runs nothing', async () => {
    const mutation = 'mutation { createPerson(input: { displayName: "Persisted Get Victim" }) { id } }';
    const registered = await register(mutation);
    expect(registered.status).toBe(200);
    expect(await api.prisma.person.count({ where: { displayName: 'Persisted Get Victim' } })).toBe(1);

    const response = await plainGet({ extensions: extensionsFor(mutation) });
    expect(response.status).toBe(405);
    expect(codesOf(response.text)).toEqual(['BAD_REQUEST']);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(await api.prisma.person.count({ where: { displayName: 'Persisted Get Victim' } })).toBe(1);
  });

  it('does not cache a GET answered with an error', async () => {
    // A lookup of nothing answers null without an error; asking for a person by neither slug nor id is a resolver's error.
    const response = await plainGet({ query: '{ __typename person { slug } }' }).set('apollo-require-preflight', 'true');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toMatchObject({ data: { __typename: 'Query', person: null } });
    expect(codesOf(response.text)).toEqual(['BAD_USER_INPUT']);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});

describe('PERSISTED_QUERIES_ONLY: the production allow-list', () => {
  const PUBLISHED_MUTATION = 'mutation Listed { createPerson(input: { displayName: "Listed Person" }) { id } }';
  let dir: string;
  let base: TestApp;
  let api: TestApp;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'podium-pq-'));
    const manifest = join(dir, 'persisted-queries.json');
    writeFileSync(
      manifest,
      JSON.stringify({ [persistedQueryHash(NOCS)]: NOCS, [persistedQueryHash(PUBLISHED_MUTATION)]: PUBLISHED_MUTATION }),
    );
    base = await createTestApp();
    // A second server on the same database, as production runs it.
    api = await createTestApp({
      databaseUrl: base.databaseUrl,
      env: { NODE_ENV: 'production', PERSISTED_QUERIES_ONLY: 'true', PERSISTED_QUERIES_MANIFEST: manifest },
    });
  });
  afterAll(async () => {
    await api.close();
    await base.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const http = () => request(api.app.getHttpServer());
  const post = (body: Record<string, unknown>, accept = 'application/json') =>
    http().post('/graphql').set('content-type', 'application/json').set('accept', accept).set(api.adminHeaders).send(JSON.stringify(body));

  it('serves a published query to a plain GET of its hash from the first request', async () => {
    const response = await http().get(`/graphql?${new URLSearchParams({ extensions: extensionsFor(NOCS) }).toString()}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=30');
    const data = JSON.parse(response.text) as { data: { nocs: { edges: { node: { code: string } }[] } } };
    expect(data.data.nocs.edges.map((edge) => edge.node.code)).toEqual(await storedNocCodes(api));
  });

  it('runs a published query sent in full', async () => {
    const response = await post({ query: NOCS });
    expect(response.status).toBe(200);
    expect(codesOf(response.text)).toBeUndefined();
  });

  it.each(['application/json', 'application/graphql-response+json'])(
    'refuses any other query with 400 PERSISTED_QUERY_NOT_IN_LIST (accepting %s)',
    async (accept) => {
      const response = await post({ query: '{ nocs(first: 1) { edges { cursor } } }' }, accept);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(codesOf(response.text)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    },
  );

  it('does not let a client register a query of its own through APQ', async () => {
    const own = '{ disciplines { code } }';
    const registration = await post({ query: own, extensions: JSON.parse(extensionsFor(own)) });
    expect(registration.status).toBe(400);
    expect(codesOf(registration.text)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);

    const byHash = await post({ extensions: JSON.parse(extensionsFor(own)) });
    expect(codesOf(byHash.text)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  });

  it('refuses a mutation not in the list and runs nothing, but runs a published one', async () => {
    const refused = await post({ query: 'mutation { createPerson(input: { displayName: "Unlisted Person" }) { id } }' });
    expect(codesOf(refused.text)).toEqual(['PERSISTED_QUERY_NOT_IN_LIST']);
    expect(await api.prisma.person.count({ where: { displayName: 'Unlisted Person' } })).toBe(0);

    const listed = await post({ extensions: JSON.parse(extensionsFor(PUBLISHED_MUTATION)) });
    expect(listed.status).toBe(200);
    expect(await api.prisma.person.count({ where: { displayName: 'Listed Person' } })).toBe(1);
  });
});
