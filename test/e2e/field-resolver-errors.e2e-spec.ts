import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';

// Errors thrown in field resolvers (not root fields) take the same path as the rest: a coded
// client error for bad nested arguments, a logged INTERNAL_SERVER_ERROR for real faults.
describe('errors in field resolvers', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: true });
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers a nested argument that fails validation with BAD_USER_INPUT naming it, not INTERNAL_SERVER_ERROR', async () => {
    const response = await api.gql(`{ person(slug: "jutta-leerdam") { displayName quotes(first: -1) { text } } }`);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.path).toEqual(['person', 'quotes']);
    expect(JSON.stringify(response.errors?.[0]?.extensions)).toMatch(/first/);
  });
});
