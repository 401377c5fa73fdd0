import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { eventually, sleep } from '../utils/eventually.js';
import { keyOf } from '../utils/ids.js';
import { paragraph } from './articles-search.helpers.js';

const FAST = { JOBS_POLL_INTERVAL_MS: '100' };
const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`;
const SCHEDULE = `mutation($input: ScheduleArticleInput!) { scheduleArticle(input: $input) { id version status scheduledAt } }`;
const UNSCHEDULE = `mutation($input: ArticleVersionInput!) { unscheduleArticle(input: $input) { id version status } }`;

async function draft(api: TestApp, headline: string): Promise<{ id: string; version: number }> {
  const response = await api.gql(CREATE, { input: { headline, blocks: [paragraph(`${headline}.`)] } });
  return response.data!.createArticle;
}
const schedule = (api: TestApp, s: { id: string; version: number }, inMs: number) =>
  api.gql(SCHEDULE, { input: { id: s.id, expectedVersion: s.version, at: new Date(Date.now() + inMs).toISOString() } });
const statusOf = async (api: TestApp, id: string) => (await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(id) } })).status;

describe('scheduled publishing', () => {
  it('refuses a time in the past and changes nothing', async () => {
    const api = await createTestApp({ seed: false, env: FAST });
    try {
      const story = await draft(api, 'Too late');
      expect(errorCodes(await schedule(api, story, -60_000))).toEqual(['BAD_USER_INPUT']);
      expect(await statusOf(api, story.id)).toBe('DRAFT');
    } finally {
      await api.close();
    }
  });

  it('publishes when due, and not what was unscheduled', async () => {
    const api = await createTestApp({ seed: false, env: FAST });
    try {
      const due = await draft(api, 'Due soon');
      const cancelled = await draft(api, 'Cancelled');
      expect((await schedule(api, due, 1_000)).data!.scheduleArticle.status).toBe('SCHEDULED');
      const scheduled = (await schedule(api, cancelled, 1_000)).data!.scheduleArticle;
      expect(
        (await api.gql(UNSCHEDULE, { input: { id: scheduled.id, expectedVersion: scheduled.version } })).data!.unscheduleArticle.status,
      ).toBe('IN_REVIEW');
      await eventually(async () => (await statusOf(api, due.id)) === 'PUBLISHED', 15_000, 'the scheduled publish');
      expect(await api.prisma.articlePublication.count({ where: { articleId: keyOf(due.id) } })).toBe(1);
      await sleep(1_000);
      expect(await statusOf(api, cancelled.id)).toBe('IN_REVIEW');
      const audit = await api.prisma.auditEntry.findMany({ where: { objectId: keyOf(due.id), action: 'article.publish' } });
      expect(audit.map((a) => a.actorType)).toEqual(['SYSTEM']);
    } finally {
      await api.close();
    }
  });

  it('publishes once after a restart, with two server processes on the database', async () => {
    const first = await createTestApp({ seed: false, env: { JOBS_ENABLED: 'false' } });
    const story = await draft(first, 'After restart');
    expect(errorCodes(await schedule(first, story, 1_500))).toEqual([]);
    await first.app.close();
    const a = await createTestApp({ databaseUrl: first.databaseUrl, env: FAST });
    const b = await createTestApp({ databaseUrl: first.databaseUrl, env: FAST });
    try {
      await eventually(async () => (await statusOf(a, story.id)) === 'PUBLISHED', 15_000, 'the publish after the restart');
      await sleep(1_000);
      expect(await a.prisma.auditEntry.count({ where: { objectId: keyOf(story.id), action: 'article.publish' } })).toBe(1);
      expect(await a.prisma.outboxEvent.count({ where: { objectId: keyOf(story.id), type: 'article.published' } })).toBe(1);
    } finally {
      await b.close();
      await a.close();
      await first.close().catch(() => undefined);
    }
  });
});
