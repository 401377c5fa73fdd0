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
    const cold = await first.countQueries(() => first.gql(RESULTS));
    const warm = await first.countQueries(() => first.gql(RESULTS));
    expect(cold).toBeGreaterThan(0);
    expect(warm).toBe(0);
  });

  it('serves a correction on the next request, on this instance and on another one', async () => {
    await second.gql(RESULTS);
    expect(await second.countQueries(() => second.gql(RESULTS))).toBe(0);
    const unit = (await first.gql(RESULTS)).data!.competition.event.units[0];
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
    const saved = await first.gql(`mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
      input: { unitId: unit.id, expectedVersion: unit.version, rows },
    });
    expect(saved.errors).toBeUndefined();

    const onFirst = await first.gql(RESULTS);
    expect(onFirst.data!.competition.event.units[0].results[0].displayValue).toBe('1:12.30');
    // The other instance hears of the write through PostgreSQL NOTIFY.
    let onSecond = await second.gql(RESULTS);
    for (let i = 0; i < 20 && onSecond.data!.competition.event.units[0].results[0].displayValue !== '1:12.30'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      onSecond = await second.gql(RESULTS);
    }
    expect(onSecond.data!.competition.event.units[0].results[0].displayValue).toBe('1:12.30');
  });

  it('never caches a mutation', async () => {
    const create = `mutation { createPerson(input: { displayName: "Cache Probe" }) { slug } }`;
    expect((await first.gql(create)).errors).toBeUndefined();
    const again = await first.gql(create);
    expect(again.errors?.[0].extensions.code).toBe('SLUG_TAKEN');
  });
});
