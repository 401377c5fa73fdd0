import { recordAudit } from '../../src/audit/audit-log.js';
import { systemViewer } from '../../src/auth/viewer.js';
import { toGlobalId } from '../../src/graphql/relay/global-id.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';

const AUDIT_LOG = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at actorType actorId action objectType objectId summary } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: Record<string, unknown>;
}

describe('audit log (admins)', () => {
  let api: TestApp;
  const webhookIds: string[] = [];
  let before: Date;
  let between: Date;

  beforeAll(async () => {
    api = await createTestApp({ seed: false, env: { JOBS_ENABLED: 'false' } });
    before = new Date();
    for (const n of [1, 2, 3]) {
      const created = await api.gql(
        `mutation ($url: String!) { createWebhook(input: { url: $url, events: [RESULT_CHANGED] }) { webhook { id } } }`,
        {
          url: `https://example.org/hooks/${n}`,
        },
      );
      expect(created.errors).toBeUndefined();
      webhookIds.push(created.data!.createWebhook.webhook.id as string);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    between = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const update = await api.gql(
      `mutation ($id: ID!) { updateWebhook(input: { id: $id, expectedVersion: 1, active: false }) { version } }`,
      {
        id: webhookIds[0],
      },
    );
    expect(update.errors).toBeUndefined();
    await api.prisma.$transaction((tx) =>
      recordAudit(tx, systemViewer('scheduler'), { action: 'article.publish', objectType: 'Article', summary: {} }),
    );
  });
  afterAll(() => api.close());

  async function entries(filter: Record<string, unknown> = {}, first = 50): Promise<Entry[]> {
    const response = await api.gql(AUDIT_LOG, { filter, first });
    expect(response.errors).toBeUndefined();
    return (response.data!.auditLog.edges as { node: Entry }[]).map((edge) => edge.node);
  }

  it('lists every change newest first, with who made it and global ids', async () => {
    const all = await entries();
    expect(all.map((entry) => entry.action)).toEqual([
      'article.publish',
      'webhook.update',
      'webhook.create',
      'webhook.create',
      'webhook.create',
    ]);
    expect(all[0]).toMatchObject({ actorType: 'SYSTEM', actorId: null, objectId: null });
    expect(all[1]).toMatchObject({
      actorType: 'USER',
      actorId: toGlobalId('User', api.users.ADMIN.id),
      objectType: 'Webhook',
      objectId: webhookIds[0],
      summary: { fields: ['active'], fromVersion: 1, toVersion: 2 },
    });
    const times = all.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it.each<[string, () => Record<string, unknown>, string[]]>([
    ['action', () => ({ action: 'webhook.update' }), ['webhook.update']],
    ['objectType', () => ({ objectType: 'Article' }), ['article.publish']],
    ['objectId', () => ({ objectId: webhookIds[0] }), ['webhook.update', 'webhook.create']],
    [
      'actorId',
      () => ({ actorId: toGlobalId('User', api.users.ADMIN.id) }),
      ['webhook.update', 'webhook.create', 'webhook.create', 'webhook.create'],
    ],
    [
      'from and to',
      () => ({ from: before.toISOString(), to: between.toISOString() }),
      ['webhook.create', 'webhook.create', 'webhook.create'],
    ],
    ['from', () => ({ from: between.toISOString() }), ['article.publish', 'webhook.update']],
    ['several fields together', () => ({ action: 'webhook.create', objectId: webhookIds[2] }), ['webhook.create']],
  ])('filters by %s', async (_name, filter, actions) => {
    expect((await entries(filter())).map((entry) => entry.action)).toEqual(actions);
  });

  it('pages with first/after over the whole log, without gaps or repeats', async () => {
    const all = await entries();
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const response = await api.gql(AUDIT_LOG, { first: 2, after });
      const connection = response.data!.auditLog as { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      seen.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((entry) => entry.id));
  });

  it('refuses an objectId that is no global id, or of another type than objectType', async () => {
    const garbage = await api.gql(AUDIT_LOG, { filter: { objectId: 'not-an-id' } });
    expect(errorCodes(garbage)).toEqual(['BAD_USER_INPUT']);
    const mismatch = await api.gql(AUDIT_LOG, { filter: { objectType: 'Article', objectId: webhookIds[0] } });
    expect(errorCodes(mismatch)).toEqual(['BAD_USER_INPUT']);
    const badActor = await api.gql(AUDIT_LOG, { filter: { actorId: webhookIds[0] } });
    expect(errorCodes(badActor)).toEqual(['BAD_USER_INPUT']);
  });

  it('is for admins only', async () => {
    for (const role of ['EDITOR', 'WRITER', 'RESULTS', 'PHOTO'] as const) {
      const refused = await api.gqlAs(role, AUDIT_LOG, {});
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data).toBeNull();
    }
    const anonymous = await api.gqlAs('anonymous', AUDIT_LOG, {});
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
