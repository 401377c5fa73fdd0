import { randomUUID } from 'node:crypto';
import { idempotencyStorageKey } from '../../src/graphql/idempotency/idempotency.plugin.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const CREATE_PERSON = `mutation ($name: String!) { createPerson(input: { displayName: $name }) { slug } }`;

describe('Idempotency-Key on mutations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await api.close();
  });

  const post = (key: string | undefined, query: string, variables: Record<string, unknown>, authorization = api.adminHeaders) =>
    fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...authorization, ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify({ query, variables }),
    });

  it('runs a create once however often it is retried with the same key, and answers each retry the same', async () => {
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const response = await post(key, CREATE_PERSON, { name: 'Retry Probe' });
      answers.push({ status: response.status, replayed: response.headers.get('idempotent-replayed'), body: await response.json() });
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => a.replayed)).toEqual([null, 'true', 'true']);
    expect(answers[1]?.body).toEqual(answers[0]?.body);
    expect(answers[0]?.body).toEqual({ data: { createPerson: { slug: 'retry-probe' } } });
    expect(await api.prisma.person.count({ where: { displayName: 'Retry Probe' } })).toBe(1);
  });

  it('runs one of ten concurrent requests with the same key; the others are told to retry, none duplicates', async () => {
    const key = randomUUID();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post(key, CREATE_PERSON, { name: 'Race Probe' })));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { data?: unknown; errors?: { extensions: { code: string } }[] }[];
    const codes = bodies.map((b) => b.errors?.[0]?.extensions.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 'OK' || c === 'IDEMPOTENCY_KEY_IN_USE')).toBe(true);
    expect(await api.prisma.person.count({ where: { displayName: 'Race Probe' } })).toBe(1);
  });

  it('refuses the same key with another request, and a malformed key', async () => {
    const key = randomUUID();
    await post(key, CREATE_PERSON, { name: 'First Of Key' });
    const other = await post(key, CREATE_PERSON, { name: 'Second Of Key' });
    expect(other.status).toBe(422);
    expect(((await other.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
      'IDEMPOTENCY_KEY_REUSED',
    );
    expect(await api.prisma.person.count({ where: { displayName: 'Second Of Key' } })).toBe(0);

    const malformed = await post('short', CREATE_PERSON, { name: 'Bad Key' });
    expect(((await malformed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await api.prisma.person.count({ where: { displayName: 'Bad Key' } })).toBe(0);
  });

  it('frees the key of a request that failed, so that the corrected retry runs', async () => {
    const key = randomUUID();
    const failed = await post(key, CREATE_PERSON, { name: '' });
    expect(((await failed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const corrected = await post(key, CREATE_PERSON, { name: 'Corrected Probe' });
    expect(corrected.headers.get('idempotent-replayed')).toBeNull();
    expect(await corrected.json()).toEqual({ data: { createPerson: { slug: 'corrected-probe' } } });
    const admin = { kind: 'staff' as const, userId: api.users.ADMIN.id, role: 'ADMIN' as const, email: api.users.ADMIN.email };
    const stored = await api.prisma.idempotentRequest.findUnique({ where: { key: idempotencyStorageKey(admin, key) } });
    expect(stored).toMatchObject({ status: 'DONE' });
  });

  it("keeps each caller's keys apart: another user's request with the same key and body runs as their own", async () => {
    const key = randomUUID();
    const first = await post(key, CREATE_PERSON, { name: 'Shared Key Probe' });
    expect(await first.json()).toEqual({ data: { createPerson: { slug: 'shared-key-probe' } } });

    const results = { authorization: `Bearer ${await api.tokenFor('RESULTS')}` };
    const other = await post(key, CREATE_PERSON, { name: 'Shared Key Probe' }, results);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    // Run, not replayed: the slug exists now, which is what this caller would be told without a key.
    const body = (await other.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('SLUG_TAKEN');
    const anonymous = await post(key, CREATE_PERSON, { name: 'Shared Key Probe' }, {});
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(await api.prisma.person.count({ where: { displayName: 'Shared Key Probe' } })).toBe(1);
  });

  it('leaves requests without a key alone', async () => {
    const keys = await api.prisma.idempotentRequest.count();
    await post(undefined, CREATE_PERSON, { name: 'No Key' });
    const second = await post(undefined, CREATE_PERSON, { name: 'No Key' });
    expect(((await second.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('SLUG_TAKEN');
    expect(await api.prisma.idempotentRequest.count()).toBe(keys);
  });
});
