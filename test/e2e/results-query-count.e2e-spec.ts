import { createTestApp, type TestApp } from '../utils/test-app.js';
import { demoUnit, SET_UNIT_RESULTS } from './results-desk.helpers.js';
import { globalId, keyOf } from '../utils/ids.js';

const UNIT_RESULTS = `query($id: ID!) {
  unit(id: $id) {
    results { displayValue behind competitor { displayName noc { code } person { slug } } recordMarks { code } }
  }
}`;

const NOCS = ['NED', 'JPN', 'USA', 'CAN', 'NOR', 'ITA', 'KOR', 'CHN', 'POL', 'GER'];

describe('results desk: SQL statements do not grow with the number of rows', () => {
  let api: TestApp;
  let big: { unitId: string; rows: unknown[] };
  beforeAll(async () => {
    api = await createTestApp();
    big = await bigUnit(50);
  });
  afterAll(async () => {
    await api.close();
  });

  /** An event with `size` skaters entered, built through Prisma: the API is not under test here. */
  async function bigUnit(size: number) {
    const db = api.prisma;
    const competition = await db.competition.create({
      data: { slug: 'count-cup', name: 'Count Cup', kind: 'WORLD_CUP', startDate: new Date('2026-11-13'), endDate: new Date('2026-11-15') },
    });
    const event = await db.event.create({
      data: {
        competitionId: competition.id,
        disciplineCode: 'SSK',
        recurringKey: 'SSK-W-500M',
        name: "Women's 500m",
        gender: 'WOMEN',
        style: 'RANKED',
        resultType: 'TIME',
      },
    });
    const phase = await db.phase.create({ data: { eventId: event.id, kind: 'FINAL', name: 'Final', order: 1 } });
    const unit = await db.unit.create({ data: { phaseId: phase.id, name: 'Race', order: 1 } });
    const people = await db.person.createManyAndReturn({
      data: Array.from({ length: size }, (_, i) => ({
        slug: `count-skater-${i + 1}`,
        displayName: `Count Skater ${i + 1}`,
        nocCode: NOCS[i % NOCS.length],
      })),
    });
    const competitors = await db.competitor.createManyAndReturn({
      data: people.map((p) => ({ eventId: event.id, personId: p.id, nocCode: p.nocCode })),
    });
    const bySlug = new Map(people.map((p) => [p.id, p.slug]));
    const ordered = [...competitors].sort(
      (a, b) => Number(bySlug.get(a.personId!)!.split('-').pop()) - Number(bySlug.get(b.personId!)!.split('-').pop()),
    );
    const rows = ordered.map((c, i) => ({
      competitorId: globalId('Competitor', c.id),
      displayOrder: i + 1,
      rank: i + 1,
      timeMs: 37000 + i * 10,
      ...(i === 0 ? { medal: 'GOLD', recordMarks: ['TR'] } : {}),
    }));
    return { unitId: globalId('Unit', unit.id), rows };
  }

  const version = async (unitId: string) => (await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(unitId) } })).version;
  const save = async (unitId: string, rows: unknown[]) => {
    const response = await api.gql(SET_UNIT_RESULTS, {
      input: { unitId, expectedVersion: await version(unitId), resultStatus: 'OFFICIAL', rows },
    });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response;
  };

  it('reads a unit of 50 rows with as many statements as a unit of 5', async () => {
    const demo = await demoUnit(api);
    await save(big.unitId, big.rows);

    const read = (id: string) => api.gql(UNIT_RESULTS, { id });
    const five = await read(demo.unitId);
    const fifty = await read(big.unitId);
    expect(five.data!.unit.results).toHaveLength(5);
    expect(fifty.data!.unit.results).toHaveLength(50);
    expect(fifty.data!.unit.results[49]).toMatchObject({
      displayValue: '37.49',
      behind: '+0.49',
      competitor: { person: { slug: 'count-skater-50' } },
    });

    // Ranges over runs: DataLoader batches by timing, so one run's count is not the count.
    const fiveRows = await api.statementRange(() => read(demo.unitId));
    const fiftyRows = await api.statementRange(() => read(big.unitId));
    expect(fiveRows.min).toBeGreaterThan(0);
    expect(fiftyRows.max).toBeLessThanOrEqual(fiveRows.max);
  });

  it('replaces a result set of 50 kept rows with as many statements as one of 5', async () => {
    const demo = await demoUnit(api);
    const stored = await api.prisma.result.findMany({
      where: { unitId: keyOf(demo.unitId) },
      include: { recordMarks: true },
      orderBy: { displayOrder: 'asc' },
    });
    const demoRows = stored.map((r, i) => ({
      competitorId: globalId('Competitor', r.competitorId),
      displayOrder: 5 - i,
      rank: i + 1,
      timeMs: r.timeMs ?? 75000,
      ...(r.medal ? { medal: r.medal } : {}),
      ...(r.recordMarks.length ? { recordMarks: r.recordMarks.map((m) => m.recordTypeCode) } : {}),
    }));
    const bigUnitId = big.unitId;
    if ((await api.prisma.result.count({ where: { unitId: keyOf(bigUnitId) } })) === 0) await save(bigUnitId, big.rows);
    const bigRows = (await api.prisma.result.findMany({ where: { unitId: keyOf(bigUnitId) }, orderBy: { displayOrder: 'asc' } })).map(
      (r, i) => ({
        competitorId: globalId('Competitor', r.competitorId),
        displayOrder: 50 - i,
        rank: i + 1,
        timeMs: r.timeMs,
        ...(i === 0 ? { medal: 'GOLD', recordMarks: ['TR'] } : {}),
      }),
    );

    // The demo story's stored page shows the demo unit, and a write rebuilds the pages it touches
    // before it answers, counted with it: without stored pages, the two saves are compared alone.
    await api.prisma.readDocument.deleteMany();
    const fiveCount = await api.countQueries(() => save(demo.unitId, demoRows));
    const fiftyCount = await api.countQueries(() => save(bigUnitId, bigRows));
    expect(fiftyCount).toBe(fiveCount);
    const after = await api.prisma.result.findMany({ where: { unitId: keyOf(bigUnitId) }, orderBy: { displayOrder: 'asc' } });
    expect(after.map((r) => r.rank)).toEqual(Array.from({ length: 50 }, (_, i) => 50 - i));
  });
});
