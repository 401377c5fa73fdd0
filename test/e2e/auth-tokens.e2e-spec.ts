import { SignJWT } from 'jose';
import { ACCESS_AUDIENCE } from '../../src/auth/tokens.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';

// createTestApp's signing key and the default issuer.
const KEY = new TextEncoder().encode('a signing key for the test servers only, not secret');
const ISSUER = 'podium';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('access tokens that do not verify are UNAUTHENTICATED with HTTP 401', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await api.close();
  });

  const claims = () => ({ role: 'ADMIN', email: api.users.ADMIN.email });
  const signed = (options: { key?: Uint8Array; audience?: string; issuer?: string; exp?: number; alg?: string } = {}) =>
    new SignJWT(claims())
      .setProtectedHeader({ alg: options.alg ?? 'HS256', typ: 'JWT' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? ACCESS_AUDIENCE)
      .setSubject(api.users.ADMIN.id)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? Math.floor(Date.now() / 1000) + 600)
      .sign(options.key ?? KEY);

  const me = async (authorization: string) => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };

  it('accepts a token signed as the server signs them (the control)', async () => {
    const response = await me(`Bearer ${await signed()}`);
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
  });

  it.each<[string, () => Promise<string>]>([
    [
      'alg: none',
      () =>
        Promise.resolve(
          `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), sub: api.users.ADMIN.id, iss: ISSUER, aud: ACCESS_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.`,
        ),
    ],
    ['signed with another key', () => signed({ key: new TextEncoder().encode('another key of at least thirty-two characters') })],
    ['HS512 with the right key', () => signed({ alg: 'HS512' })],
    ['expired', () => signed({ exp: Math.floor(Date.now() / 1000) - 60 })],
    ['for another audience', () => signed({ audience: 'podium-preview' })],
    ['from another issuer', () => signed({ issuer: 'someone-else' })],
    [
      'with its payload changed after signing',
      async () => {
        const [header, , signature] = (await api.tokenFor('WRITER')).split('.');
        return `${header}.${b64({ ...claims(), sub: api.users.WRITER.id, iss: ISSUER, aud: ACCESS_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 600 })}.${signature}`;
      },
    ],
    ['garbage', () => Promise.resolve('not-a-token')],
  ])('refuses a token %s', async (_name, token) => {
    const response = await me(`Bearer ${await token()}`);
    expect(response.status).toBe(401);
    expect(errorCodes({ ...response, status: response.status })).toEqual(['UNAUTHENTICATED']);
    expect(response.data).toBeNull();
  });

  it('refuses an Authorization header of another scheme', async () => {
    const response = await me(`Basic ${Buffer.from('admin:password').toString('base64')}`);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
