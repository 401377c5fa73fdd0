import { SessionsHousekeeping, SWEEP_SESSIONS_TASK } from '../../src/modules/users/sessions/sessions-housekeeping.js';
import { eventually } from '../utils/eventually.js';
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

  it('forgets counters whose window and block have ended, and refresh tokens a day past expiry, in an hourly job', async () => {
    const { prisma } = api;
    const longAgo = new Date(Date.now() - 3_600_000);
    await prisma.loginThrottle.createMany({
      data: [
        { key: 'ip:192.0.2.1', failures: 2, windowStart: longAgo },
        { key: 'ip:192.0.2.2', failures: 9, windowStart: longAgo, blockedUntil: new Date(Date.now() - 1000) },
        { key: 'ip:192.0.2.3', failures: 9, windowStart: longAgo, blockedUntil: new Date(Date.now() + 3_600_000) },
        { key: 'ip:192.0.2.4', failures: 1, windowStart: new Date() },
      ],
    });
    const userId = api.users.EDITOR.id;
    const familyId = '019a0000-0000-7000-8000-000000000001';
    await prisma.refreshToken.createMany({
      data: [
        { userId, familyId, tokenHash: 'a'.repeat(64), expiresAt: new Date(Date.now() - 2 * 86_400_000) },
        { userId, familyId, tokenHash: 'b'.repeat(64), expiresAt: new Date(Date.now() - 3_600_000) },
      ],
    });

    await api.app.get(SessionsHousekeeping).sweep();

    const keys = (await prisma.loginThrottle.findMany({ where: { key: { startsWith: 'ip:192.0.2.' } } })).map((r) => r.key).sort();
    expect(keys).toEqual(['ip:192.0.2.3', 'ip:192.0.2.4']);
    const tokens = (await prisma.refreshToken.findMany({ where: { familyId } })).map((t) => t.tokenHash[0]);
    expect(tokens).toEqual(['b']);
    // The sweep is a recurring job of the queue: graphile-worker knows its schedule once the runner started.
    await eventually(
      async () => {
        const rows = await prisma.$queryRaw<{ identifier: string }[]>`SELECT identifier FROM graphile_worker._private_known_crontabs`;
        return rows.some((r) => r.identifier === SWEEP_SESSIONS_TASK);
      },
      10_000,
      'the sweep in the known crontabs',
    );
  });
});
