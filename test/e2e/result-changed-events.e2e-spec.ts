import { eventually } from '../utils/eventually.js';
import { globalId, keyOf } from '../utils/ids.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { WebhookReceiver } from '../utils/webhook-receiver.js';
import { demoUnit, SET_UNIT_RESULTS, type DemoUnit } from './results-desk.helpers.js';

const SET_STANDINGS = `mutation($input: SetEventStandingsInput!) { setEventStandings(input: $input) { version } }`;

describe('result.changed: results shown in a published story', () => {
  let api: TestApp;
  let demo: DemoUnit;
  let receiver: WebhookReceiver;
  let slug: string;

  beforeAll(async () => {
    api = await createTestApp({ story: true, env: { JOBS_POLL_INTERVAL_MS: '100', WEBHOOK_RETRY_BASE_MS: '100' } });
    receiver = await new WebhookReceiver([200]).start();
    const created = await api.gql(`mutation ($url: String!) { createWebhook(input: { url: $url, events: [RESULT_CHANGED] }) { secret } }`, {
      url: receiver.url,
    });
    expect(created.errors).toBeUndefined();
    demo = await demoUnit(api);
    // The demo story is published and shows the demo unit: take it down first.
    const story = await api.prisma.article.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    slug = story.slug;
    const down = await api.gql(`mutation ($input: ArticleVersionInput!) { unpublishArticle(input: $input) { status } }`, {
      input: { id: globalId('Article', story.id), expectedVersion: story.version },
    });
    expect(down.errors).toBeUndefined();
  });
  afterAll(async () => {
    await receiver.stop();
    await api.close();
  });

  async function saveUnitResults() {
    const unit = await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(demo.unitId) } });
    const stored = await api.prisma.result.findMany({ where: { unitId: unit.id }, orderBy: { displayOrder: 'asc' } });
    const rows = stored.map((r) => ({
      competitorId: globalId('Competitor', r.competitorId),
      displayOrder: r.displayOrder,
      startGroup: r.startGroup,
      rank: r.rank,
      timeMs: r.timeMs,
      timePrecision: r.timePrecision,
      medal: r.medal,
    }));
    const saved = await api.gql(SET_UNIT_RESULTS, { input: { unitId: demo.unitId, expectedVersion: unit.version, rows } });
    expect(saved.errors).toBeUndefined();
    return saved.data!.setUnitResults.version as number;
  }

  const resultEvents = () => api.prisma.outboxEvent.findMany({ where: { type: 'result.changed' }, orderBy: { createdAt: 'asc' } });

  it('emits nothing while no published story shows the unit', async () => {
    await saveUnitResults();
    expect(await resultEvents()).toEqual([]);
  });

  it('emits result.changed with the unit and the published stories, delivered to the webhook', async () => {
    const article = await api.prisma.article.findUniqueOrThrow({ where: { slug } });
    const published = await api.gql(`mutation ($input: ArticleVersionInput!) { publishArticle(input: $input) { status } }`, {
      input: { id: globalId('Article', article.id), expectedVersion: article.version },
    });
    expect(published.errors).toBeUndefined();

    const version = await saveUnitResults();
    const [event] = await resultEvents();
    expect(event).toMatchObject({
      objectType: 'Unit',
      objectId: keyOf(demo.unitId),
      payload: { unit: { id: demo.unitId, version }, articles: [slug] },
    });

    const [request] = await eventually(() => receiver.requests.length > 0 && receiver.requests, 20000, 'the delivery');
    expect(request.headers['podium-event']).toBe('result.changed');
    expect(JSON.parse(request.body)).toMatchObject({
      id: event.id,
      type: 'result.changed',
      data: { unit: { id: demo.unitId }, articles: [slug] },
    });
  });

  it('emits result.changed for an event whose standings a published story shows', async () => {
    const event = await api.prisma.event.findUniqueOrThrow({ where: { id: keyOf(demo.eventId) } });
    const saved = await api.gql(SET_STANDINGS, { input: { eventId: demo.eventId, expectedVersion: event.version, standings: [] } });
    expect(saved.errors).toBeUndefined();
    const events = await resultEvents();
    expect(events.at(-1)).toMatchObject({
      objectType: 'Event',
      objectId: event.id,
      payload: { event: { id: demo.eventId, version: event.version + 1 }, articles: [slug] },
    });
  });

  it('emits nothing for a refused save', async () => {
    const before = (await resultEvents()).length;
    const stale = await api.gql(SET_STANDINGS, { input: { eventId: demo.eventId, expectedVersion: 1, standings: [] } });
    expect(stale.errors?.[0]?.extensions.code).toBe('VERSION_CONFLICT');
    expect(await resultEvents()).toHaveLength(before);
  });
});
