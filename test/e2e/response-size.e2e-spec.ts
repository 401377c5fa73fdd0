import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';

describe('the cap on response size', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: true, env: { GRAPHQL_MAX_RESPONSE_BYTES: '4096' } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('replaces an answer over GRAPHQL_MAX_RESPONSE_BYTES by RESPONSE_TOO_LARGE, as a request error', async () => {
    const big = await api.gql('{ nocs(first: 100) { edges { node { code name } } } }');
    expect(big.status).toBe(200);
    expect(errorCodes(big)).toEqual(['RESPONSE_TOO_LARGE']);
    expect(big.data).toBeNull();

    const asked = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ nocs(first: 100) { edges { node { code name } } } }' }),
    });
    expect(asked.status).toBe(400);
    expect(asked.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('sends an answer under the cap as it is', async () => {
    const small = await api.gql('{ nocs(first: 3) { edges { node { code } } } }');
    expect(small.errors).toBeUndefined();
    expect(small.data?.nocs.edges).toHaveLength(3);
  });
});
