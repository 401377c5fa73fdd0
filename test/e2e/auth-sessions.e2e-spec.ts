import { secretHash } from '../../src/auth/secret-token.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email displayName role } }
}`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { email } } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const ME = `{ me { id email displayName role } }`;

interface SessionData {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; role: string };
}

describe('signing in: login, me, refresh rotation, logout', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse> => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResponse, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };
  const login = (email: string, password: string) => post(LOGIN, { input: { email, password } });
  const session = async (email: string, password: string): Promise<SessionData> => {
    const response = await login(email, password);
    expect(response.errors).toBeUndefined();
    return response.data!.login as SessionData;
  };

  it('logs in with email in any case and the access token signs `me` in', async () => {
    const { EDITOR } = api.users;
    const before = Date.now();
    const s = await session(EDITOR.email.toUpperCase(), EDITOR.password);
    expect(s.user).toMatchObject({ email: EDITOR.email, role: 'EDITOR' });
    expect(keyOf(s.user.id)).toBe(EDITOR.id);
    const ttl = Date.parse(s.accessTokenExpiresAt) - before;
    expect(ttl).toBeGreaterThan(890_000);
    expect(ttl).toBeLessThan(905_000);
    expect(Date.parse(s.refreshTokenExpiresAt) - before).toBeGreaterThan(29 * 86_400_000);
    expect(s.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await post(ME, {}, s.accessToken);
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toMatchObject({ email: EDITOR.email, role: 'EDITOR', displayName: 'Test editor' });
    expect((await post(ME)).data).toEqual({ me: null });

    const stored = await api.prisma.refreshToken.findMany({ where: { userId: EDITOR.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).toBe(secretHash(s.refreshToken));
    const audit = await api.prisma.auditEntry.findMany({ where: { action: 'session.login', objectId: EDITOR.id } });
    expect(audit).toEqual([expect.objectContaining({ actorType: 'USER', actorId: EDITOR.id })]);
  });

  it('answers a wrong password and an unknown email alike, UNAUTHENTICATED, and issues nothing', async () => {
    const tokensBefore = await api.prisma.refreshToken.count();
    const wrong = await login(api.users.WRITER.email, 'not the password at all');
    const unknown = await login('nobody@podium.test', 'not the password at all');
    for (const response of [wrong, unknown]) {
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data).toBeNull();
    }
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(await api.prisma.refreshToken.count()).toBe(tokensBefore);
    const failures = await api.prisma.auditEntry.findMany({ where: { action: 'session.loginFailed' }, orderBy: { at: 'asc' } });
    expect(failures.map((f) => [f.actorType, f.objectId, (f.summary as { reason: string }).reason])).toEqual([
      ['ANONYMOUS', api.users.WRITER.id, 'wrong password'],
      ['ANONYMOUS', null, 'unknown account'],
    ]);
  });

  it('refuses bad input with BAD_USER_INPUT, not a 500', async () => {
    const response = await login('', 'x');
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('rotates the refresh token, and a reused one revokes the whole family', async () => {
    const { RESULTS } = api.users;
    const first = await session(RESULTS.email, RESULTS.password);
    const renewed = await post(REFRESH, { t: first.refreshToken });
    expect(renewed.errors).toBeUndefined();
    const second = renewed.data!.refreshSession as SessionData;
    expect(second.user.email).toBe(RESULTS.email);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await post(ME, {}, second.accessToken)).data!.me.email).toBe(RESULTS.email);

    const rows = await api.prisma.refreshToken.findMany({ where: { userId: RESULTS.id }, orderBy: { createdAt: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows[0].familyId).toBe(rows[1].familyId);
    expect(rows[0].rotatedAt).not.toBeNull();
    expect(rows[1].rotatedAt).toBeNull();

    // The first token again: someone else has it. Both it and the current one stop working.
    const reused = await post(REFRESH, { t: first.refreshToken });
    expect(errorCodes(reused)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await post(REFRESH, { t: second.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    const after = await api.prisma.refreshToken.findMany({ where: { userId: RESULTS.id } });
    expect(after.every((row) => row.revokedAt !== null)).toBe(true);
    expect(await api.prisma.auditEntry.count({ where: { action: 'session.refreshReused', objectId: RESULTS.id } })).toBe(1);
  });

  it('refuses an unknown or expired refresh token', async () => {
    expect(errorCodes(await post(REFRESH, { t: 'A'.repeat(43) }))).toEqual(['UNAUTHENTICATED']);
    const { PHOTO } = api.users;
    const s = await session(PHOTO.email, PHOTO.password);
    await api.prisma.refreshToken.updateMany({
      where: { tokenHash: secretHash(s.refreshToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await post(REFRESH, { t: s.refreshToken });
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(expired.errors![0].message).toMatch(/expired/);
  });

  it('logout revokes the session: its refresh tokens stop working, other sessions stay', async () => {
    const { WRITER } = api.users;
    const one = await session(WRITER.email, WRITER.password);
    const other = await session(WRITER.email, WRITER.password);
    const renewed = (await post(REFRESH, { t: one.refreshToken })).data!.refreshSession as SessionData;
    expect((await post(LOGOUT, { t: renewed.refreshToken })).data).toEqual({ logout: true });
    expect(errorCodes(await post(REFRESH, { t: renewed.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    const family = await api.prisma.refreshToken.findMany({
      where: { tokenHash: { in: [secretHash(one.refreshToken), secretHash(renewed.refreshToken)] } },
    });
    expect(family.every((row) => row.revokedAt !== null)).toBe(true);
    expect((await post(REFRESH, { t: other.refreshToken })).errors).toBeUndefined();
    expect(errorCodes(await post(LOGOUT, { t: 'B'.repeat(43) }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a disabled user at login and on refresh, and their access token at once', async () => {
    const created = await api.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id version } }`, {
      input: { email: 'leaver@podium.test', displayName: 'Leaver', role: 'WRITER', password: 'a long enough password' },
    });
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createUser as { id: string; version: number };
    const s = await session('leaver@podium.test', 'a long enough password');
    expect((await post(ME, {}, s.accessToken)).data!.me.email).toBe('leaver@podium.test');

    const disabled = await api.gql(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { disabledAt version } }`, {
      input: { id, expectedVersion: version, disabled: true },
    });
    expect(disabled.errors).toBeUndefined();
    expect(disabled.data!.updateUser.disabledAt).not.toBeNull();

    const me = await post(ME, {}, s.accessToken);
    expect(me.status).toBe(401);
    expect(errorCodes(me)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await post(REFRESH, { t: s.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    const again = await login('leaver@podium.test', 'a long enough password');
    expect(errorCodes(again)).toEqual(['UNAUTHENTICATED']);
    expect(again.errors![0].message).toBe((await login('nobody@podium.test', 'whatever it is')).errors![0].message);
    expect(await api.prisma.refreshToken.count({ where: { userId: keyOf(id), revokedAt: null } })).toBe(0);
  });
});
