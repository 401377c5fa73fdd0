import { PublicChangeFeed } from '../../src/read-model/public-change-feed.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';
import { liveAnswer, served, untilServedFromPages } from '../utils/pages.js';
import { mutate, paragraph, sportsIds, story, unitResults } from './articles-search.helpers.js';

const RESULTS = `{ competition(slug: "milano-cortina-2026") { event(key: "SSK-W-1000M") { units { id version results { displayValue competitor { person { slug } } } } } } }`;
// Not held by any stored page (medal tables are computed live): answered by the live path.
const MEDALS = `{ competition(slug: "milano-cortina-2026") { medalTable { rank gold noc { code } } } }`;
const STORY = `query($slug: String!) { article(slug: $slug) { headline body { __typename ... on ResultsTableBlock { unit { results { displayValue } } } } } }`;

describe('response cache', () => {
  let first: TestApp;
  let second: TestApp;
  const env = {
    RESPONSE_CACHE_TTL_SECONDS: '60',
    JOBS_POLL_INTERVAL_MS: '100',
    ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL } : {}),
  };

  beforeAll(async () => {
    first = await createTestApp({ env });
    second = await createTestApp({ env, databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  /** The answer twice: the second from the cache, without SQL and with the very same body. */
  async function cachedTwice(api: TestApp, query: string, variables?: Record<string, unknown>) {
    const cold = await served(api, query, variables);
    expect(cold.body).toEqual(await liveAnswer(api, query, variables));
    let warm!: Awaited<ReturnType<typeof served>>;
    expect(await api.countQueries(async () => (warm = await served(api, query, variables)))).toBe(0);
    expect(warm.cache).toBe('hit');
    expect(warm.body).toEqual(cold.body);
    return cold.body;
  }

  it("keeps a reader's answer, from stored pages or from the live path, and serves it again without SQL, unchanged", async () => {
    await untilServedFromPages(first, RESULTS);
    await first.app.get(PublicChangeFeed).sync();
    await cachedTwice(first, RESULTS);
    expect((await served(first, MEDALS)).path).toBeNull();
    await cachedTwice(first, MEDALS);
  });

  it('serves a correction on the next request, on this instance and on another one', async () => {
    await untilServedFromPages(second, RESULTS);
    await second.app.get(PublicChangeFeed).sync();
    await cachedTwice(second, RESULTS);
    const unit = (await served(first, RESULTS)).body.data!.competition.event.units[0];
    const rows = await first.prisma.result.findMany({ where: { unitId: keyOf(unit.id) }, orderBy: { displayOrder: 'asc' } });
    await mutate(first, `mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
      unitId: unit.id,
      expectedVersion: unit.version,
      rows: rows.map((r) => ({
        competitorId: globalId('Competitor', r.competitorId),
        displayOrder: r.displayOrder,
        startGroup: r.startGroup,
        rank: r.rank,
        timeMs: r.competitorId === rows[0].competitorId ? 72300 : r.timeMs,
        timePrecision: r.timePrecision,
        medal: r.medal,
      })),
    });
    const onFirst = await served(first, RESULTS);
    expect(onFirst.body.data!.competition.event.units[0].results[0].displayValue).toBe('1:12.30');
    expect(onFirst.body).toEqual(await liveAnswer(first, RESULTS));
    // The other instance hears of the write through PostgreSQL NOTIFY, a moment after it commits.
    await second.app.get(PublicChangeFeed).sync();
    const onSecond = await served(second, RESULTS);
    expect(onSecond.body).toEqual(onFirst.body);
  });

  it('drops only the answers that show what changed: a correction keeps the cached page of an unrelated story', async () => {
    const sports = await sportsIds(first);
    const milano = sports.event['milano-cortina-2026'].unitId;
    const shows = await story(first, { headline: 'The final, in numbers', blocks: [unitResults(milano)] });
    const other = await story(first, { headline: 'A story of its own', blocks: [paragraph('Nothing about that race.')] });
    await untilServedFromPages(first, STORY, { slug: shows.slug });
    await untilServedFromPages(first, STORY, { slug: other.slug });
    await first.app.get(PublicChangeFeed).sync();
    await cachedTwice(first, STORY, { slug: shows.slug });
    await cachedTwice(first, STORY, { slug: other.slug });
    await cachedTwice(first, MEDALS);

    const unit = await first.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(milano) } });
    const rows = await first.prisma.result.findMany({ where: { unitId: keyOf(milano) }, orderBy: { displayOrder: 'asc' } });
    await mutate(first, `mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
      unitId: milano,
      expectedVersion: unit.version,
      rows: rows.map((r) => ({
        competitorId: globalId('Competitor', r.competitorId),
        displayOrder: r.displayOrder,
        startGroup: r.startGroup,
        rank: r.rank,
        timeMs: r.competitorId === rows[0].competitorId ? 72250 : r.timeMs,
        timePrecision: r.timePrecision,
        medal: r.medal,
      })),
    });

    const corrected = await served(first, STORY, { slug: shows.slug });
    expect(corrected.cache).toBeNull();
    expect(corrected.body).toEqual(await liveAnswer(first, STORY, { slug: shows.slug }));
    expect(JSON.stringify(corrected.body)).toContain('1:12.25');
    const untouched = await served(first, STORY, { slug: other.slug });
    expect(untouched.cache).toBe('hit');
    expect(untouched.body).toEqual(await liveAnswer(first, STORY, { slug: other.slug }));
    // An answer of the live path may depend on anything: every public write drops it.
    expect((await served(first, MEDALS)).cache).toBeNull();
  });

  it('survives the loss of its change listener: writes answer their result, the cache is bypassed meanwhile, invalidation resumes', async () => {
    const ready = async () => (await fetch(`${second.baseUrl}/health/ready`).then((r) => r.json())) as Record<string, string>;
    expect(await ready()).toMatchObject({ status: 'ok', cacheInvalidation: 'listening' });
    const listeners = async () =>
      (
        await first.prisma.$queryRaw<
          { count: number }[]
        >`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'podium-change-listener'`
      )[0].count;
    expect(await listeners()).toBe(2);
    await first.prisma
      .$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'podium-change-listener'`;

    // A write right after the loss commits and says so, however the notification fares.
    const created = await first.gql(`mutation { createPerson(input: { displayName: "Listener Probe" }) { slug } }`);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPerson.slug).toBe('listener-probe');
    expect(await first.prisma.person.count({ where: { slug: 'listener-probe' } })).toBe(1);

    for (let i = 0; i < 100 && (await listeners()) < 2; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await listeners()).toBe(2);
    expect(await ready()).toMatchObject({ status: 'ok', cacheInvalidation: 'listening' });

    // Invalidation works again across instances.
    const PERSON = `{ person(slug: "listener-probe") { displayName } }`;
    await untilServedFromPages(second, PERSON);
    await second.app.get(PublicChangeFeed).sync();
    await cachedTwice(second, PERSON);
    const person = await first.prisma.person.findFirstOrThrow({ where: { slug: 'listener-probe' } });
    const renamed = await first.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { displayName } }`, {
      input: { id: globalId('Person', person.id), expectedVersion: person.version, displayName: 'Listener Probe Renamed' },
    });
    expect(renamed.errors).toBeUndefined();
    await second.app.get(PublicChangeFeed).sync();
    expect((await served(second, PERSON)).body.data!.person.displayName).toBe('Listener Probe Renamed');
  });

  it('never caches a mutation', async () => {
    const create = `mutation { createPerson(input: { displayName: "Cache Probe" }) { slug } }`;
    expect((await first.gql(create)).errors).toBeUndefined();
    const again = await first.gql(create);
    expect(again.errors?.[0].extensions.code).toBe('SLUG_TAKEN');
  });
});
