import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { email } } }`;
const WINDOW_SECONDS = 2;

describe('login rate limit per account and per IP', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({
      seed: false,
      env: {
        AUTH_LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        AUTH_LOGIN_MAX_FAILURES_PER_IP: '6',
        AUTH_LOGIN_WINDOW_SECONDS: String(WINDOW_SECONDS),
      },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const login = async (email: string, password: string): Promise<GqlResponse & { retryAfter: string | null }> => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
    });
    const body = (await response.json()) as Omit<GqlResponse, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors, retryAfter: response.headers.get('retry-after') };
  };
  const waitOutTheWindow = () => new Promise((resolve) => setTimeout(resolve, WINDOW_SECONDS * 1000 + 300));

  it('blocks an account after its failures, even with the right password, then lets it in after the window', async () => {
    const { EDITOR } = api.users;
    for (let i = 0; i < 3; i++) expect(errorCodes(await login(EDITOR.email, 'a wrong password'))).toEqual(['UNAUTHENTICATED']);
    const auditBefore = await api.prisma.auditEntry.count();

    const blocked = await login(EDITOR.email, EDITOR.password);
    expect(blocked.status).toBe(429);
    expect(errorCodes(blocked)).toEqual(['TOO_MANY_REQUESTS']);
    const retryAfter = blocked.errors![0].extensions.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
    expect(blocked.retryAfter).toBe(String(retryAfter));
    // A blocked attempt checks no password and counts nothing more.
    expect(await api.prisma.auditEntry.count()).toBe(auditBefore);
    const row = await api.prisma.loginThrottle.findUniqueOrThrow({ where: { key: `account:${EDITOR.email}` } });
    expect(row.failures).toBe(3);

    await waitOutTheWindow();
    const ok = await login(EDITOR.email, EDITOR.password);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.login.user.email).toBe(EDITOR.email);
    expect(await api.prisma.loginThrottle.findUnique({ where: { key: `account:${EDITOR.email}` } })).toBeNull();
  });

  it('blocks an IP address after failures across accounts, then lets it in after the window', async () => {
    await waitOutTheWindow();
    // Two failures for each of three accounts: no account reaches its limit, the address does.
    for (const email of ['a@podium.test', 'b@podium.test', 'c@podium.test']) {
      for (let i = 0; i < 2; i++) expect(errorCodes(await login(email, 'a wrong password'))).toEqual(['UNAUTHENTICATED']);
    }
    const { WRITER } = api.users;
    const blocked = await login(WRITER.email, WRITER.password);
    expect(blocked.status).toBe(429);
    expect(errorCodes(blocked)).toEqual(['TOO_MANY_REQUESTS']);
    expect(blocked.data).toBeNull();

    await waitOutTheWindow();
    expect((await login(WRITER.email, WRITER.password)).errors).toBeUndefined();
  });
});
