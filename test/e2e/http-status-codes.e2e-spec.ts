import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LogCapture, PINO_LEVEL } from '../utils/log-capture.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

const nest = (depth: number): string => (depth === 0 ? 'name' : `previousEdition { ${nest(depth - 1)} }`);
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: nocs(first: 1) { pageInfo { hasNextPage } }`).join(' ')} }`;

// [case, request body, the error code]; the status depends on the media type the client accepts.
const requestErrors: [string, Record<string, unknown>, string][] = [
  ['a syntax error', { query: '{ nocs(' }, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown field', { query: '{ nope }' }, 'GRAPHQL_VALIDATION_FAILED'],
  [
    'a variable of the wrong type',
    { query: 'query($n: Int) { nocs(first: $n) { pageInfo { hasNextPage } } }', variables: { n: 'ten' } },
    'BAD_USER_INPUT',
  ],
  ['an unknown operation name', { query: 'query A { __typename }', operationName: 'B' }, 'OPERATION_RESOLUTION_FAILURE'],
  ['1,000 aliases (over the token limit)', { query: aliases(1000) }, 'QUERY_TOO_LARGE'],
  ['a 2 MB query', { query: `{ nocs { edges { node { ${'code '.repeat(400_000)} } } } }` }, 'QUERY_TOO_LARGE'],
  [
    '10,000 fragment spreads',
    { query: `fragment F on NocConnection { pageInfo { hasNextPage } } { nocs { ${'...F '.repeat(10_000)} } }` },
    'QUERY_TOO_LARGE',
  ],
  ['40 aliases (over the alias limit)', { query: aliases(40) }, 'QUERY_TOO_COMPLEX'],
  ['a query 20 levels deep', { query: `{ event(id: "0190f3a0-0000-7000-8000-000000000000") { ${nest(20)} } }` }, 'QUERY_TOO_COMPLEX'],
];

describe('HTTP status codes (GraphQL over HTTP)', () => {
  const logs = new LogCapture();
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: false, env: { LOG_LEVEL: 'info' }, extraModules: [logs.module] });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (accept: string | null, body: string, requestId = randomUUID()) => {
    const req = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json').set('x-request-id', requestId);
    return (accept ? req.set('accept', accept) : req).send(body);
  };
  const codesOf = (text: string) =>
    (JSON.parse(text) as { errors?: { extensions: { code: string } }[] }).errors?.map((e) => e.extensions.code);

  /** The one line logged for the request, below error level, naming the code. */
  const expectLoggedOnce = (requestId: string, code: string) => {
    const lines = logs.forRequest(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBeLessThan(PINO_LEVEL.error);
    expect(lines[0].level).toBeGreaterThanOrEqual(PINO_LEVEL.info);
    expect(lines[0].errors?.map((e) => e.code)).toContain(code);
  };

  describe.each([
    [JSON_TYPE, 200],
    [GRAPHQL_RESPONSE, 400],
  ])('accepting %s', (accept, status) => {
    it.each(requestErrors)('answers %s with the status and code, no data, nothing executed', async (_name, body, code) => {
      const requestId = randomUUID();
      let response!: request.Response;
      const statements = await api.countQueries(async () => {
        response = await post(accept, JSON.stringify(body), requestId);
      });
      expect(response.status).toBe(status);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      const parsed = JSON.parse(response.text) as Record<string, unknown>;
      expect(parsed).not.toHaveProperty('data');
      expect(codesOf(response.text)?.[0]).toBe(code);
      expect(statements).toBe(0);
      expectLoggedOnce(requestId, code);
    });

    it('answers malformed JSON with 400 BAD_REQUEST', async () => {
      const requestId = randomUUID();
      const response = await post(accept, '{ "query": ', requestId);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(codesOf(response.text)).toEqual(['BAD_REQUEST']);
      expectLoggedOnce(requestId, 'BAD_REQUEST');
    });

    it('answers a body without a query with 400 BAD_REQUEST', async () => {
      const response = await post(accept, JSON.stringify({ variables: {} }));
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(codesOf(response.text)).toEqual(['BAD_REQUEST']);
    });

    it('answers a body over MAX_BODY_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
      const requestId = randomUUID();
      const response = await post(
        accept,
        JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(4_100_000) } }),
        requestId,
      );
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(codesOf(response.text)).toEqual(['PAYLOAD_TOO_LARGE']);
      expectLoggedOnce(requestId, 'PAYLOAD_TOO_LARGE');
    });

    it('answers a mutation over GET with 405 and runs nothing', async () => {
      const before = await api.prisma.person.count();
      const query = encodeURIComponent('mutation { createPerson(input: { displayName: "Get Victim" }) { id } }');
      const response = await request(api.app.getHttpServer())
        .get(`/graphql?query=${query}`)
        .set('accept', accept)
        .set('apollo-require-preflight', 'true');
      expect(response.status).toBe(405);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(codesOf(response.text)).toEqual(['BAD_REQUEST']);
      expect(await api.prisma.person.count()).toBe(before);
    });

    it('answers a resolver error with 200, the data and a coded error', async () => {
      // A lookup of nothing answers null without an error; asking for a person by neither slug nor id is a resolver's error.
      const response = await post(accept, JSON.stringify({ query: '{ __typename person { slug } }' }));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(`${accept}; charset=utf-8`);
      expect(JSON.parse(response.text)).toMatchObject({ data: { __typename: 'Query', person: null } });
      expect(codesOf(response.text)).toEqual(['BAD_USER_INPUT']);
    });
  });

  it('answers as application/json, with 200, when the client sends no Accept header', async () => {
    const response = await post(null, JSON.stringify({ query: '{ nope }' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(`${JSON_TYPE}; charset=utf-8`);
    expect(codesOf(response.text)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('logs a successful request once, at info', async () => {
    const requestId = randomUUID();
    const response = await post(JSON_TYPE, JSON.stringify({ query: '{ __typename }' }), requestId);
    expect(response.status).toBe(200);
    const lines = logs.forRequest(requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe(PINO_LEVEL.info);
    expect(lines[0]).not.toHaveProperty('errors');
  });

  it('never logs a client mistake at error level', () => {
    const errorLines = logs.lines.filter((line) => line.level >= PINO_LEVEL.error);
    expect(errorLines).toEqual([]);
  });
});
