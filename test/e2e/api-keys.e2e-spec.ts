import { secretHash } from '../../src/auth/secret-token.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id name prefix scopes createdAt lastUsedAt revokedAt createdBy { email } } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const LIST = `{ apiKeys(first: 10) { edges { node { id name prefix scopes revokedAt } } } }`;
const READ = `{ person(slug: "jutta-leerdam") { displayName } }`;

describe('API keys for frontends', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const withKey = async (key: string, query: string): Promise<GqlResponse> => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as Omit<GqlResponse, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };
  const create = async (name: string) => {
    const response = await api.gql(CREATE, { input: { name, scopes: ['PUBLISHED'] } });
    expect(response.errors).toBeUndefined();
    return response.data!.createApiKey as { key: string; apiKey: { id: string; prefix: string } };
  };

  it('returns the key once, stores only its hash, and lists keys without the secret', async () => {
    const response = await api.gql(CREATE, { input: { name: 'Website', scopes: ['PUBLISHED', 'PREVIEW'] } });
    expect(response.errors).toBeUndefined();
    const { key, apiKey } = response.data!.createApiKey;
    expect(key).toMatch(new RegExp(`^pk_${apiKey.prefix}_[A-Za-z0-9_-]{43}$`));
    expect(apiKey).toMatchObject({ name: 'Website', scopes: ['PUBLISHED', 'PREVIEW'], lastUsedAt: null, revokedAt: null });
    expect(apiKey.createdBy).toEqual({ email: api.users.ADMIN.email });

    const stored = await api.prisma.apiKey.findUniqueOrThrow({ where: { id: keyOf(apiKey.id) } });
    expect(stored.secretHash).toBe(secretHash(key));
    expect(JSON.stringify(stored)).not.toContain(key.split('_').slice(2).join('_'));

    const list = await api.gql(LIST);
    expect(list.errors).toBeUndefined();
    expect(JSON.stringify(list.data)).not.toContain(key.slice(`pk_${apiKey.prefix}_`.length));
    expect(list.data!.apiKeys.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('Website');
    expect(await api.prisma.auditEntry.count({ where: { action: 'apiKey.create', objectId: keyOf(apiKey.id) } })).toBe(1);
  });

  it('reads published content with the key, refuses mutations with FORBIDDEN and records use', async () => {
    const { key, apiKey } = await create('App');
    const read = await withKey(key, READ);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ person: { displayName: 'Jutta Leerdam' } });
    expect((await withKey(key, '{ me { id } }')).data).toEqual({ me: null });

    const write = await withKey(key, `mutation { createApiKey(input: { name: "mine", scopes: [PUBLISHED] }) { key } }`);
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    expect(write.data).toBeNull();
    expect(await api.prisma.apiKey.count({ where: { name: 'mine' } })).toBe(0);

    // The first use is written (in the background); further uses within a minute are not.
    let used: Date | null = null;
    for (let i = 0; i < 50 && !used; i++) {
      used = (await api.prisma.apiKey.findUniqueOrThrow({ where: { id: keyOf(apiKey.id) } })).lastUsedAt;
      if (!used) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(used).not.toBeNull();
    await withKey(key, READ);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await api.prisma.apiKey.findUniqueOrThrow({ where: { id: keyOf(apiKey.id) } })).lastUsedAt).toEqual(used);
  });

  it('makes no database round trip for a key it has just looked up', async () => {
    const { key } = await create('Cached');
    await withKey(key, READ);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const withTheKey = await api.countQueries(() => withKey(key, READ));
    const anonymous = await api.countQueries(() => api.gqlAs('anonymous', READ));
    expect(withTheKey).toBe(anonymous);
  });

  it('stops a revoked key at once, and a made-up key is UNAUTHENTICATED with 401', async () => {
    const { key, apiKey } = await create('Old app');
    expect((await withKey(key, READ)).errors).toBeUndefined();
    const revoked = await api.gql(REVOKE, { id: apiKey.id });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    const refused = await withKey(key, READ);
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    // Revoking again keeps the first time.
    expect((await api.gql(REVOKE, { id: apiKey.id })).data!.revokeApiKey.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);

    for (const madeUp of [`pk_${apiKey.prefix}_${'x'.repeat(43)}`, 'not a key']) {
      const response = await withKey(madeUp, READ);
      expect(response.status).toBe(401);
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('is for admins only: other roles get FORBIDDEN, readers UNAUTHENTICATED, and nothing is created', async () => {
    const before = await api.prisma.apiKey.count();
    for (const role of ['EDITOR', 'WRITER', 'RESULTS', 'PHOTO'] as const) {
      expect(errorCodes(await api.gqlAs(role, CREATE, { input: { name: role, scopes: ['PUBLISHED'] } }))).toEqual(['FORBIDDEN']);
      const list = await api.gqlAs(role, LIST);
      expect(errorCodes(list)).toEqual(['FORBIDDEN']);
      expect(list.data).toBeNull();
    }
    expect(errorCodes(await api.gqlAs('anonymous', LIST))).toEqual(['UNAUTHENTICATED']);
    const { apiKey } = await create('Node');
    const node = await api.gqlAs('EDITOR', `query($id: ID!) { node(id: $id) { id ... on ApiKey { name prefix } } }`, { id: apiKey.id });
    expect(errorCodes(node)).toContain('FORBIDDEN');
    expect(JSON.stringify(node.data)).not.toContain(apiKey.prefix);
    expect(await api.prisma.apiKey.count()).toBe(before + 1);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    expect(errorCodes(await api.gql(CREATE, { input: { name: 'None', scopes: [] } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(CREATE, { input: { name: '   ', scopes: ['PUBLISHED'] } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.gql(REVOKE, { id: 'nope' }))).toEqual(['BAD_USER_INPUT']);
  });
});
