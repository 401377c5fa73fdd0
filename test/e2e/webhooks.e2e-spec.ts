import { createHmac, timingSafeEqual } from 'node:crypto';
import { emitEvent } from '../../src/events/outbox.js';
import { eventually } from '../utils/eventually.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { WebhookReceiver } from '../utils/webhook-receiver.js';

const CREATE = `mutation ($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url events active version } } }`;
const DELIVERIES = `query { webhooks(first: 10) { edges { node { id url deliveries(first: 10) { edges { node {
  id eventId event status attempts responseStatus lastError createdAt lastAttemptAt deliveredAt } } } } } } }`;

interface Delivery {
  id: string;
  eventId: string;
  event: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
}

/** Checks a Podium-Signature header the way a receiver would, with nothing but node:crypto. */
function signatureValid(header: string, body: string, secret: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('webhooks', () => {
  let api: TestApp;
  const receivers: WebhookReceiver[] = [];

  beforeAll(async () => {
    api = await createTestApp({
      seed: false,
      env: { JOBS_POLL_INTERVAL_MS: '100', WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_MAX_ATTEMPTS: '3' },
    });
  });
  afterAll(async () => {
    for (const receiver of receivers) await receiver.stop();
    await api.close();
  });

  async function receiver(statuses: number[]) {
    const started = await new WebhookReceiver(statuses).start();
    receivers.push(started);
    return started;
  }

  async function register(url: string, events: string[], active = true) {
    const created = await api.gql(CREATE, { input: { url, events, active } });
    expect(created.errors).toBeUndefined();
    return created.data!.createWebhook as { secret: string; webhook: { id: string; version: number } };
  }

  async function deliveriesOf(webhookId: string): Promise<Delivery[]> {
    const listed = await api.gql(DELIVERIES);
    expect(listed.errors).toBeUndefined();
    const webhook = (listed.data!.webhooks.edges as { node: { id: string; deliveries: { edges: { node: Delivery }[] } } }[]).find(
      (edge) => edge.node.id === webhookId,
    );
    return webhook?.node.deliveries.edges.map((edge) => edge.node) ?? [];
  }

  function publish(slug: string) {
    return api.prisma.$transaction((tx) =>
      emitEvent(tx, { type: 'article.published', objectType: 'Article', objectId: null, payload: { slug } }),
    );
  }

  it('retries a delivery after the receiver fails twice: SUCCEEDED after 3 signed attempts, the log shows them', async () => {
    const flaky = await receiver([500, 502, 200]);
    const { secret, webhook } = await register(flaky.url, ['ARTICLE_PUBLISHED']);
    expect(secret).toMatch(/^whsec_/);
    const eventId = await publish('retried-story');

    const [delivery] = await eventually(
      async () => {
        const found = await deliveriesOf(webhook.id);
        return found[0]?.status === 'SUCCEEDED' && found;
      },
      20000,
      'the delivery to succeed',
    );
    expect(delivery).toMatchObject({ eventId, event: 'ARTICLE_PUBLISHED', attempts: 3, responseStatus: 200, lastError: null });
    expect(delivery.deliveredAt).not.toBeNull();

    expect(flaky.requests).toHaveLength(3);
    for (const request of flaky.requests) {
      expect(request.method).toBe('POST');
      expect(request.headers['podium-event']).toBe('article.published');
      expect(request.headers['podium-delivery']).toBe(delivery.id);
      expect(request.headers['content-type']).toBe('application/json');
      const signature = String(request.headers['podium-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(signatureValid(signature, request.body, secret)).toBe(true);
      expect(signatureValid(signature, request.body, `${secret}x`)).toBe(false);
      expect(signatureValid(signature, request.body.replace('retried-story', 'forged-story'), secret)).toBe(false);
      expect(JSON.parse(request.body)).toEqual({
        id: eventId,
        type: 'article.published',
        occurredAt: expect.any(String),
        data: { slug: 'retried-story' },
      });
    }
    const stored = await api.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } });
    expect(stored.dispatchedAt).not.toBeNull();
  });

  it('gives up after WEBHOOK_MAX_ATTEMPTS failures: FAILED with the last error', async () => {
    const down = await receiver([503]);
    const { webhook } = await register(down.url, ['ARTICLE_PUBLISHED']);
    await publish('failing-story');
    const [delivery] = await eventually(
      async () => {
        const found = await deliveriesOf(webhook.id);
        return found[0]?.status === 'FAILED' && found;
      },
      20000,
      'the delivery to fail',
    );
    expect(delivery).toMatchObject({ attempts: 3, responseStatus: 503, lastError: 'HTTP 503', deliveredAt: null });
    expect(down.requests).toHaveLength(3);
  });

  it('records a connection error as the last error and sends nothing to unsubscribed or paused webhooks', async () => {
    const gone = await receiver([200]);
    const url = gone.url;
    await gone.stop();
    const { webhook: unreachable } = await register(url, ['ARTICLE_PUBLISHED']);
    const other = await receiver([200]);
    const { webhook: results } = await register(other.url, ['RESULT_CHANGED']);
    const { webhook: paused } = await register(other.url, ['ARTICLE_PUBLISHED'], false);

    const eventId = await publish('quiet-story');
    const [delivery] = await eventually(
      async () => {
        const found = await deliveriesOf(unreachable.id);
        return found[0]?.status === 'FAILED' && found;
      },
      20000,
      'the unreachable delivery to fail',
    );
    expect(delivery.responseStatus).toBeNull();
    expect(delivery.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    await eventually(async () => (await api.prisma.outboxEvent.findUniqueOrThrow({ where: { id: eventId } })).dispatchedAt !== null);
    expect(await deliveriesOf(results.id)).toEqual([]);
    expect(await deliveriesOf(paused.id)).toEqual([]);
    expect(other.requests).toEqual([]);
  });

  it('refuses URLs that are not http(s) and empty event lists, naming the field', async () => {
    const ftp = await api.gql(CREATE, { input: { url: 'ftp://example.com/hook', events: ['ARTICLE_PUBLISHED'] } });
    expect(errorCodes(ftp)).toEqual(['BAD_USER_INPUT']);
    const none = await api.gql(CREATE, { input: { url: 'https://example.com/hook', events: [] } });
    expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
    expect(await api.prisma.webhook.count({ where: { url: { contains: 'example.com' } } })).toBe(0);
  });

  it('updates and deletes at the version seen, and rotating the secret signs with the new one', async () => {
    const endpoint = await receiver([200]);
    const { webhook, secret } = await register(endpoint.url, ['ARTICLE_PUBLISHED']);
    const update = `mutation ($input: UpdateWebhookInput!) { updateWebhook(input: $input) { events version } }`;
    const updated = await api.gql(update, {
      input: { id: webhook.id, expectedVersion: 1, events: ['ARTICLE_PUBLISHED', 'ARTICLE_CORRECTED'] },
    });
    expect(updated.data?.updateWebhook).toEqual({ events: ['ARTICLE_PUBLISHED', 'ARTICLE_CORRECTED'], version: 2 });
    const stale = await api.gql(update, { input: { id: webhook.id, expectedVersion: 1, active: false } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);

    const rotated = await api.gql(`mutation ($id: ID!) { rotateWebhookSecret(input: { id: $id }) { secret webhook { version } } }`, {
      id: webhook.id,
    });
    const newSecret = rotated.data!.rotateWebhookSecret.secret as string;
    expect(newSecret).not.toBe(secret);
    await api.prisma.$transaction((tx) =>
      emitEvent(tx, { type: 'article.corrected', objectType: 'Article', objectId: null, payload: { slug: 'corrected-story' } }),
    );
    const [request] = await eventually(() => endpoint.requests.length > 0 && endpoint.requests, 20000, 'the delivery');
    expect(signatureValid(String(request.headers['podium-signature']), request.body, newSecret)).toBe(true);
    expect(signatureValid(String(request.headers['podium-signature']), request.body, secret)).toBe(false);

    const remove = `mutation ($input: DeleteWebhookInput!) { deleteWebhook(input: $input) }`;
    expect(errorCodes(await api.gql(remove, { input: { id: webhook.id, expectedVersion: 2 } }))).toEqual(['VERSION_CONFLICT']);
    const deleted = await api.gql(remove, { input: { id: webhook.id, expectedVersion: 3 } });
    expect(deleted.data?.deleteWebhook).toBe(webhook.id);
    expect(await deliveriesOf(webhook.id)).toEqual([]);
  });

  it('is for admins only: other staff get FORBIDDEN, readers UNAUTHENTICATED, and nothing leaks', async () => {
    const { webhook } = await register('https://example.org/hooks/roles', ['ARTICLE_PUBLISHED']);
    const operations: [string, Record<string, unknown>][] = [
      [`query { webhooks(first: 5) { edges { node { id url } } } }`, {}],
      [CREATE, { input: { url: 'https://example.org/hooks/other', events: ['ARTICLE_PUBLISHED'] } }],
      [`mutation ($id: ID!) { updateWebhook(input: { id: $id, expectedVersion: 1, active: false }) { id } }`, { id: webhook.id }],
      [`mutation ($id: ID!) { deleteWebhook(input: { id: $id, expectedVersion: 1 }) }`, { id: webhook.id }],
      [`mutation ($id: ID!) { rotateWebhookSecret(input: { id: $id }) { secret } }`, { id: webhook.id }],
    ];
    for (const [query, variables] of operations) {
      for (const role of ['EDITOR', 'WRITER', 'RESULTS', 'PHOTO'] as const) {
        const refused = await api.gqlAs(role, query, variables);
        expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
        expect(refused.data).toBeNull();
      }
      const anonymous = await api.gqlAs('anonymous', query, variables);
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data).toBeNull();
    }
    const stored = await api.prisma.webhook.findFirstOrThrow({ where: { url: 'https://example.org/hooks/roles' } });
    expect(stored).toMatchObject({ version: 1, active: true });
    expect(await api.prisma.webhook.count({ where: { url: 'https://example.org/hooks/other' } })).toBe(0);
  });

  it('audits every webhook change with the admin as actor, in the same transaction', async () => {
    const { webhook } = await register('https://example.org/hooks/audited', ['RESULT_CHANGED']);
    const entries = await api.prisma.auditEntry.findMany({ where: { objectType: 'Webhook', action: 'webhook.create' } });
    const mine = entries.find((entry) => (entry.summary as { url?: string }).url === 'https://example.org/hooks/audited');
    expect(mine).toMatchObject({ actorType: 'USER', actorId: api.users.ADMIN.id });
    expect(webhook.id).toBeTruthy();
    const refused = await api.gql(CREATE, { input: { url: 'ftp://example.org/x', events: ['RESULT_CHANGED'] } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(await api.prisma.auditEntry.count({ where: { action: 'webhook.create' } })).toBe(entries.length);
  });

  it('refuses a loopback URL when private networks are not allowed', async () => {
    const strict = await createTestApp({
      databaseUrl: api.databaseUrl,
      env: { JOBS_ENABLED: 'false', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'false' },
    });
    try {
      for (const url of ['http://127.0.0.1:9/hook', 'http://[::1]:9/hook', 'http://localhost:9/hook', 'http://10.1.2.3/hook']) {
        const refused = await strict.gql(CREATE, { input: { url, events: ['ARTICLE_PUBLISHED'] } });
        expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      }
    } finally {
      await strict.close();
    }
  });
});
