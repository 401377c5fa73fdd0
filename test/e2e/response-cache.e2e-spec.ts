import { once } from 'node:events';
import { CacheGeneration } from '../../src/graphql/response-cache/cache-generation.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const RESULTS = `{ competition(slug: "milano-cortina-2026") { event(key: "SSK-W-1000M") { units { id version results { displayValue competitor { person { slug } } } } } } }`;

describe('response cache', () => {
  let first: TestApp;
  let second: TestApp;
  const cached = { RESPONSE_CACHE_TTL_SECONDS: '60' };

  beforeAll(async () => {
    first = await createTestApp({ env: cached });
    second = await createTestApp({ env: cached, databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('answers a repeated query from memory, without SQL', async () => {
    const cold = await first.countQueries(() => first.gqlAs('anonymous', RESULTS));
    const warm = await first.countQueries(() => first.gqlAs('anonymous', RESULTS));
    expect(cold).toBeGreaterThan(0);
    expect(warm).toBe(0);
  });

  it('serves a correction on the next request, on this instance and on another one', async () => {
    await second.gqlAs('anonymous', RESULTS);
    expect(await second.countQueries(() => second.gqlAs('anonymous', RESULTS))).toBe(0);
    const unit = (await first.gqlAs('anonymous', RESULTS)).data!.competition.event.units[0];
    const competitors = await first.prisma.result.findMany({ where: { unitId: keyOf(unit.id) }, orderBy: { displayOrder: 'asc' } });
    const rows = competitors.map((r) => ({
      competitorId: globalId('Competitor', r.competitorId),
      displayOrder: r.displayOrder,
      startGroup: r.startGroup,
      rank: r.rank,
      timeMs: r.competitorId === competitors[0].competitorId ? 72300 : r.timeMs,
      timePrecision: r.timePrecision,
      medal: r.medal,
    }));
    const heard = once(second.app.get(CacheGeneration).events, 'heard');
    const saved = await first.gql(`mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
      input: { unitId: unit.id, expectedVersion: unit.version, rows },
    });
    expect(saved.errors).toBeUndefined();

    const onFirst = await first.gqlAs('anonymous', RESULTS);
    expect(onFirst.data!.competition.event.units[0].results[0].displayValue).toBe('1:12.30');
    // The other instance hears of the write through PostgreSQL NOTIFY.
    await heard;
    const onSecond = await second.gqlAs('anonymous', RESULTS);
    expect(onSecond.data!.competition.event.units[0].results[0].displayValue).toBe('1:12.30');
  });

  it('survives the loss of its invalidation listener: writes answer their result, the cache is bypassed meanwhile, invalidation resumes', async () => {
    const ready = async () => (await fetch(`${second.baseUrl}/health/ready`).then((r) => r.json())) as Record<string, string>;
    expect(await ready()).toMatchObject({ status: 'ok', cacheInvalidation: 'listening' });
    const listeners = async () =>
      (
        await first.prisma.$queryRaw<
          { count: number }[]
        >`SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = 'podium-cache-listener'`
      )[0].count;
    expect(await listeners()).toBe(2);
    await first.prisma.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'podium-cache-listener'`;

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
    await second.gqlAs('anonymous', PERSON);
    expect(await second.countQueries(() => second.gqlAs('anonymous', PERSON))).toBe(0);
    const person = await first.prisma.person.findFirstOrThrow({ where: { slug: 'listener-probe' } });
    const heardRename = once(second.app.get(CacheGeneration).events, 'heard');
    const renamed = await first.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { displayName } }`, {
      input: { id: globalId('Person', person.id), expectedVersion: person.version, displayName: 'Listener Probe Renamed' },
    });
    expect(renamed.errors).toBeUndefined();
    await heardRename;
    expect((await second.gqlAs('anonymous', PERSON)).data!.person.displayName).toBe('Listener Probe Renamed');
  });

  it('never caches a mutation', async () => {
    const create = `mutation { createPerson(input: { displayName: "Cache Probe" }) { slug } }`;
    expect((await first.gql(create)).errors).toBeUndefined();
    const again = await first.gql(create);
    expect(again.errors?.[0].extensions.code).toBe('SLUG_TAKEN');
  });
});
