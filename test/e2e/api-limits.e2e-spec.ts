import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';

describe('query limits, CSRF and error hygiene', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers, body });

  const nest = (depth: number): string => (depth === 0 ? 'name' : `previousEdition { ${nest(depth - 1)} }`);

  it.each([
    ['deep nesting', `{ event(id: "0190f3a0-0000-7000-8000-000000000000") { ${nest(20)} } }`],
    ['1,000 aliases', `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: nocs { pageInfo { hasNextPage } }`).join(' ')} }`],
    ['a huge document', `{ nocs { edges { node { ${'code '.repeat(5000)} } } } }`],
  ])('rejects %s before execution', async (_name, query) => {
    const before = await api.countQueries(async () => {
      const response = await api.gql(query);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors!) expect(typeof error.extensions.code).toBe('string');
    });
    expect(before).toBe(0);
  });

  it('refuses JSON array batches', async () => {
    const response = await post(
      JSON.stringify([{ query: '{ nocs { pageInfo { hasNextPage } } }' }, { query: '{ nocs { pageInfo { hasNextPage } } }' }]),
    );
    expect(response.status).toBe(400);
  });

  it.each([
    ['text/plain', { 'content-type': 'text/plain' }],
    ['form-encoded', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart without a preflight header', { 'content-type': 'multipart/form-data; boundary=x' }],
  ])('refuses a %s POST (CSRF) and executes nothing', async (_name, headers) => {
    const before = await api.prisma.person.count();
    const body = JSON.stringify({ query: 'mutation { createPerson(input: { displayName: "Csrf Victim" }) { id } }' });
    const response = await post(body, headers);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await api.prisma.person.count()).toBe(before);
  });

  it('refuses a mutation sent with GET', async () => {
    const query = encodeURIComponent('mutation { createPerson(input: { displayName: "Get Victim" }) { id } }');
    const response = await fetch(`${api.baseUrl}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await api.prisma.person.count({ where: { displayName: 'Get Victim' } })).toBe(0);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await post(
      JSON.stringify({ query: `{ nocs { pageInfo { hasNextPage } } }`, variables: { pad: 'x'.repeat(4_100_000) } }),
    );
    expect(response.status).toBe(413);
  });

  it('gives every error a code and no stack trace', async () => {
    const responses = await Promise.all([
      api.gql('{ nope }'),
      api.gql('{ nocs('),
      api.gql('query($n: Int) { nocs(first: $n) { pageInfo { hasNextPage } } }', { n: 'ten' }),
      api.gql('{ person(slug: "nobody", id: "42") { slug } }'),
    ]);
    for (const response of responses) {
      expect(response.errors?.length).toBeGreaterThan(0);
      for (const error of response.errors!) {
        expect(error.extensions.code).toMatch(/^[A-Z_]+$/);
        expect(error.extensions).not.toHaveProperty('stacktrace');
      }
    }
    expect(errorCodes(responses[3])).toEqual(['BAD_USER_INPUT']);
  });

  it('answers the health probes', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'up', replica: 'none', cacheInvalidation: 'listening' });
  });

  it('echoes a sane X-Request-Id and makes one up otherwise', async () => {
    const given = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(`${api.baseUrl}/health/live`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
