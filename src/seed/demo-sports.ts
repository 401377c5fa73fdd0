import type { Prisma } from '../generated/prisma/client.js';
import { day, type DemoEdition, EDITIONS, ORGANISATIONS, PEOPLE, RECORDS, VENUE, WOMENS_1000M } from './demo-sports.data.js';
import type { SeedClient, SeedLog } from './seed-client.js';

export interface DemoSportsSummary {
  people: number;
  organisations: number;
  competitions: number;
  results: number;
  records: number;
}

/** Ids of one seeded edition, for the records step and for callers such as the demo story. */
interface SeededEdition {
  eventId: string;
  unitId: string;
  venueId: string | null;
  resultIdsByPerson: Map<string, string>;
}

/**
 * Upserts the demo sports graph by natural keys; running it again changes nothing
 * and keeps ids stable, so anything linking to these rows survives a re-seed.
 */
export async function seedDemoSports(db: SeedClient, log: SeedLog = () => {}): Promise<DemoSportsSummary> {
  for (const organisation of ORGANISATIONS) {
    const { slug, ...data } = organisation;
    await db.organisation.upsert({ where: { slug }, create: organisation, update: data });
  }

  const personIds = new Map<string, string>();
  for (const { athleteDiscipline, birthDate, ...person } of PEOPLE) {
    const data = { ...person, birthDate: birthDate ? day(birthDate) : null };
    const { id } = await db.person.upsert({ where: { slug: person.slug }, create: data, update: data, select: { id: true } });
    personIds.set(person.slug, id);
    if (athleteDiscipline) {
      await db.athleteProfile.upsert({
        where: { personId: id },
        create: { personId: id, disciplineCode: athleteDiscipline },
        update: { disciplineCode: athleteDiscipline },
      });
    }
  }
  const nocOf = new Map(PEOPLE.map((p) => [p.slug, p.nocCode]));

  const { slug: venueSlug, ...venueData } = VENUE;
  const venue = await db.venue.upsert({ where: { slug: venueSlug }, create: VENUE, update: venueData, select: { id: true } });
  const venueIds = new Map([[venueSlug, venue.id]]);

  const editions = new Map<string, SeededEdition>();
  let results = 0;
  for (const edition of EDITIONS) {
    const seeded = await seedEdition(db, edition, {
      personId: (slug) => required(personIds, slug, 'person'),
      nocCode: (slug) => required(nocOf, slug, 'person NOC'),
      venueId: edition.venueSlug ? required(venueIds, edition.venueSlug, 'venue') : null,
    });
    editions.set(edition.competition.slug, seeded);
    results += edition.results.length;
  }

  for (const record of RECORDS) {
    const holderPersonId = required(personIds, record.holder, 'record holder');
    const setBy = record.setInCompetition ? required(editions, record.setInCompetition, 'competition') : null;
    const data = {
      recordTypeCode: record.recordTypeCode,
      disciplineCode: WOMENS_1000M.disciplineCode,
      recurringKey: WOMENS_1000M.recurringKey,
      holderPersonId,
      nocCode: required(nocOf, record.holder, 'person NOC'),
      venueId: setBy?.venueId ?? null,
      valueMs: record.valueMs,
      setOn: record.setOn ? day(record.setOn) : null,
      setByResultId: setBy ? required(setBy.resultIdsByPerson, record.holder, 'record-setting result') : null,
    } satisfies Prisma.RecordUncheckedCreateInput;
    // Records have no natural unique key in the schema (one holder may hold a type
    // several times over the years), so the demo finds its row by type, event and holder.
    const existing = await db.record.findFirst({
      where: { recordTypeCode: data.recordTypeCode, recurringKey: data.recurringKey, holderPersonId },
      select: { id: true },
    });
    if (existing) await db.record.update({ where: { id: existing.id }, data });
    else await db.record.create({ data });
  }

  const summary = {
    people: PEOPLE.length,
    organisations: ORGANISATIONS.length,
    competitions: EDITIONS.length,
    results,
    records: RECORDS.length,
  };
  log(`demo sports: ${JSON.stringify(summary)}`);
  return summary;
}

interface EditionRefs {
  personId: (slug: string) => string;
  nocCode: (slug: string) => string;
  venueId: string | null;
}

async function seedEdition(db: SeedClient, edition: DemoEdition, refs: EditionRefs): Promise<SeededEdition> {
  const { slug, startDate, endDate, ...competitionData } = edition.competition;
  const competitionFields = { ...competitionData, startDate: day(startDate), endDate: day(endDate) };
  const competition = await db.competition.upsert({
    where: { slug },
    create: { slug, ...competitionFields },
    update: competitionFields,
    select: { id: true },
  });

  const eventData = { ...WOMENS_1000M, competitionId: competition.id };
  const event = await db.event.upsert({
    where: { competitionId_recurringKey: { competitionId: competition.id, recurringKey: WOMENS_1000M.recurringKey } },
    create: eventData,
    update: eventData,
    select: { id: true },
  });

  const phaseData = { eventId: event.id, kind: 'FINAL', name: 'Final', order: 1 } as const;
  const phase = await db.phase.upsert({
    where: { eventId_order: { eventId: event.id, order: 1 } },
    create: phaseData,
    update: phaseData,
    select: { id: true },
  });

  const unitData = {
    phaseId: phase.id,
    name: 'Final',
    order: 1,
    venueId: refs.venueId,
    scheduledAt: edition.scheduledAt,
    status: edition.status,
    resultStatus: edition.resultStatus,
  } satisfies Prisma.UnitUncheckedCreateInput;
  const unit = await db.unit.upsert({
    where: { phaseId_order: { phaseId: phase.id, order: 1 } },
    create: unitData,
    update: unitData,
    select: { id: true },
  });

  const competitorIds = new Map<string, string>();
  for (const { person } of edition.results) {
    const data = { eventId: event.id, personId: refs.personId(person), nocCode: refs.nocCode(person) };
    const competitor = await db.competitor.upsert({
      where: { eventId_personId: { eventId: event.id, personId: data.personId } },
      create: data,
      update: { nocCode: data.nocCode },
      select: { id: true },
    });
    competitorIds.set(person, competitor.id);
  }
  const competitorId = (person: string) => required(competitorIds, person, 'competitor');

  const resultIds = await syncUnitResults(
    db,
    unit.id,
    edition.results.map(({ person, recordMarks, ...row }) => ({
      competitorId: competitorId(person),
      displayOrder: row.displayOrder,
      startGroup: row.startGroup,
      lane: null,
      rank: row.rank,
      rankEqual: false,
      irm: null,
      timeMs: row.timeMs,
      timePrecision: row.timeMs === null ? null : 'HUNDREDTHS',
      medal: row.medal ?? null,
      recordMarks: recordMarks ?? [],
    })),
  );
  const resultIdsByPerson = new Map(edition.results.map(({ person }) => [person, required(resultIds, competitorId(person), 'result')]));

  await syncStandings(
    db,
    event.id,
    edition.standings.map(({ person, rank, medal }) => ({ competitorId: competitorId(person), rank, medal })),
  );
  return { eventId: event.id, unitId: unit.id, venueId: refs.venueId, resultIdsByPerson };
}

type ResultRow = Omit<Prisma.ResultUncheckedCreateInput, 'unitId'> & { competitorId: string; recordMarks: string[] };

/**
 * Makes the unit's rows exactly `rows`. A row whose display order, rank or pair/lane
 * changed is recreated rather than updated: updating rows one by one would briefly
 * put two rows on one position of a unique index (display order, unshared rank).
 */
async function syncUnitResults(db: SeedClient, unitId: string, rows: ResultRow[]): Promise<Map<string, string>> {
  const slotOf = (row: { displayOrder: number; rank?: number | null; startGroup?: number | null; lane?: string | null }) =>
    JSON.stringify([row.displayOrder, row.rank ?? null, row.startGroup ?? null, row.lane ?? null]);
  const wantedSlot = new Map(rows.map((row) => [row.competitorId, slotOf(row)]));
  const existing = await db.result.findMany({
    where: { unitId },
    select: { id: true, competitorId: true, displayOrder: true, rank: true, startGroup: true, lane: true },
  });
  const stale = existing.filter((row) => wantedSlot.get(row.competitorId) !== slotOf(row)).map((row) => row.id);
  if (stale.length > 0) await db.result.deleteMany({ where: { id: { in: stale } } });

  const ids = new Map<string, string>();
  for (const { recordMarks, ...row } of rows) {
    const data = { ...row, unitId };
    const { id } = await db.result.upsert({
      where: { unitId_competitorId: { unitId, competitorId: row.competitorId } },
      create: data,
      update: data,
      select: { id: true },
    });
    await db.resultRecordMark.deleteMany({ where: { resultId: id, recordTypeCode: { notIn: recordMarks } } });
    await db.resultRecordMark.createMany({
      data: recordMarks.map((recordTypeCode) => ({ resultId: id, recordTypeCode })),
      skipDuplicates: true,
    });
    ids.set(row.competitorId, id);
  }
  return ids;
}

type StandingRow = Omit<Prisma.EventStandingUncheckedCreateInput, 'eventId'>;

async function syncStandings(db: SeedClient, eventId: string, rows: StandingRow[]): Promise<void> {
  await db.eventStanding.deleteMany({
    where: { eventId, competitorId: { notIn: rows.map((row) => row.competitorId) } },
  });
  for (const row of rows) {
    const data = { ...row, eventId, rankEqual: false, irm: null };
    await db.eventStanding.upsert({
      where: { eventId_competitorId: { eventId, competitorId: row.competitorId } },
      create: data,
      update: data,
    });
  }
}

function required<V>(map: Map<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo seed: unknown ${what} "${key}"`);
  return value;
}
