import type { PrismaClient } from '../../src/generated/prisma/client.js';
import { createPrismaClient } from '../../src/database/prisma-client.factory.js';
import { isDatabaseEmpty, seedDatabase } from '../../src/seed/seed.js';
import { createTestDatabase } from '../utils/test-database.js';

const RECURRING_KEY = 'SSK-W-1000M';

async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const counts = await Promise.all([
    prisma.noc.count(),
    prisma.discipline.count(),
    prisma.recordType.count(),
    prisma.organisation.count(),
    prisma.person.count(),
    prisma.athleteProfile.count(),
    prisma.venue.count(),
    prisma.competition.count(),
    prisma.event.count(),
    prisma.phase.count(),
    prisma.unit.count(),
    prisma.competitor.count(),
    prisma.result.count(),
    prisma.resultRecordMark.count(),
    prisma.eventStanding.count(),
    prisma.record.count(),
  ]);
  const tables = [
    'noc',
    'discipline',
    'recordType',
    'organisation',
    'person',
    'athleteProfile',
    'venue',
    'competition',
    'event',
    'phase',
    'unit',
    'competitor',
    'result',
    'resultRecordMark',
    'eventStanding',
    'record',
  ];
  return Object.fromEntries(tables.map((table, i) => [table, counts[i]]));
}

const unitOf = (competitionSlug: string) => ({
  phase: { order: 1, event: { recurringKey: RECURRING_KEY, competition: { slug: competitionSlug } } },
});

describe('database seed', () => {
  let prisma: PrismaClient;
  let drop: (() => Promise<void>) | undefined;
  let afterFirst: Record<string, number>;
  let afterSecond: Record<string, number>;
  let leerdamResultIdAfterFirst: string;

  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = () => database.drop();
    prisma = createPrismaClient({ url: database.url, poolMax: 2 });

    expect(await isDatabaseEmpty(prisma)).toBe(true);
    await seedDatabase(prisma, { demo: true });
    afterFirst = await countRows(prisma);
    leerdamResultIdAfterFirst = (await leerdamResult2026()).id;
    await seedDatabase(prisma, { demo: true });
    afterSecond = await countRows(prisma);
  });

  afterAll(async () => {
    if (!drop) return; // setup failed before there was anything to undo
    await prisma.$disconnect();
    await drop();
  });

  function leerdamResult2026() {
    return prisma.result.findFirstOrThrow({
      where: { unit: unitOf('milano-cortina-2026'), competitor: { person: { slug: 'jutta-leerdam' } } },
      include: { recordMarks: true },
    });
  }

  it('is idempotent: a second run leaves every table with the same row count and keeps ids', async () => {
    expect(afterSecond).toEqual(afterFirst);
    expect(afterFirst).toMatchObject({ competition: 2, event: 2, unit: 2, result: 7, eventStanding: 5, record: 2 });
    expect(afterFirst.noc).toBeGreaterThan(200);
    expect(await isDatabaseEmpty(prisma)).toBe(false);
    expect((await leerdamResult2026()).id).toBe(leerdamResultIdAfterFirst);
  });

  it('stores NOCs apart from ISO country codes', async () => {
    const ned = await prisma.noc.findUniqueOrThrow({ where: { code: 'NED' } });
    expect(ned).toMatchObject({ isoAlpha2: 'NL', isoAlpha3: 'NLD', kind: 'NATIONAL' });
  });

  it('stores the 2026 final as a partial result in display order', async () => {
    const unit = await prisma.unit.findFirstOrThrow({
      where: unitOf('milano-cortina-2026'),
      include: {
        venue: true,
        results: { orderBy: { displayOrder: 'asc' }, include: { competitor: { include: { person: true } } } },
      },
    });
    expect(unit.resultStatus).toBe('PARTIAL');
    expect(unit.venue?.slug).toBe('milano-speed-skating-stadium');
    expect(unit.results.map((r) => [r.displayOrder, r.competitor.person?.slug, r.competitor.nocCode])).toEqual([
      [1, 'jutta-leerdam', 'NED'],
      [2, 'femke-kok', 'NED'],
      [3, 'miho-takagi', 'JPN'],
      [4, 'brittany-bowe', 'USA'],
      [6, 'erin-jackson', 'USA'],
    ]);
    const bowe = unit.results[3];
    expect(bowe).toMatchObject({ rank: null, timeMs: 74550, startGroup: 14 });
    expect(unit.results[4]).toMatchObject({ rank: 6, timeMs: null, timePrecision: null });
  });

  it("stores Leerdam's winning row with her time, medal and Olympic record mark", async () => {
    const row = await leerdamResult2026();
    expect(row).toMatchObject({ rank: 1, timeMs: 72310, timePrecision: 'HUNDREDTHS', medal: 'GOLD', startGroup: 15, lane: null });
    expect(row.recordMarks.map((mark) => mark.recordTypeCode)).toEqual(['OR']);
  });

  it('links the Olympic record to the result that set it, and leaves the unknown world record value null', async () => {
    const olympic = await prisma.record.findFirstOrThrow({
      where: { recordTypeCode: 'OR', recurringKey: RECURRING_KEY },
      include: { holderPerson: true },
    });
    expect(olympic).toMatchObject({ valueMs: 72310, setOn: new Date('2026-02-09T00:00:00Z') });
    expect(olympic.holderPerson?.slug).toBe('jutta-leerdam');
    expect(olympic.setByResultId).toBe((await leerdamResult2026()).id);

    const world = await prisma.record.findFirstOrThrow({
      where: { recordTypeCode: 'WR', recurringKey: RECURRING_KEY },
      include: { holderPerson: true },
    });
    expect(world).toMatchObject({ valueMs: null, setOn: null });
    expect(world.holderPerson?.slug).toBe('brittany-bowe');
  });

  it('links Beijing 2022 and Milano Cortina 2026 as editions of one event', async () => {
    const events = await prisma.event.findMany({
      where: { recurringKey: RECURRING_KEY },
      include: {
        competition: true,
        standings: { orderBy: { rank: 'asc' }, include: { competitor: { include: { person: true } } } },
      },
      orderBy: { competition: { startDate: 'asc' } },
    });
    expect(events.map((event) => event.competition.slug)).toEqual(['beijing-2022', 'milano-cortina-2026']);
    expect(events[0].standings.map((s) => [s.rank, s.medal, s.competitor.person?.slug])).toEqual([
      [1, 'GOLD', 'miho-takagi'],
      [2, 'SILVER', 'jutta-leerdam'],
    ]);
    expect(events[1].standings.map((s) => s.medal)).toEqual(['GOLD', 'SILVER', 'BRONZE']);
  });

  it('gives athlete profiles to the athletes only', async () => {
    const people = await prisma.person.findMany({ include: { athlete: true }, orderBy: { slug: 'asc' } });
    expect(Object.fromEntries(people.map((p) => [p.slug, p.athlete?.disciplineCode ?? null]))).toEqual({
      'brittany-bowe': 'SSK',
      'erin-jackson': 'SSK',
      'femke-kok': 'SSK',
      'jake-paul': 'BOX',
      'johan-derksen': null,
      'jutta-leerdam': 'SSK',
      'miho-takagi': 'SSK',
    });
    const takagi = people.find((p) => p.slug === 'miho-takagi')!;
    expect(takagi.nameOrder).toBe('FAMILY_GIVEN');
  });
});
