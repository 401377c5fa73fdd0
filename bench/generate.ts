import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '../src/generated/prisma/client.js';

export interface DataSize {
  events: number;
  eventsPerCompetition: number;
  resultsPerUnit: number;
  people: number;
  /** Published stories built through ArticlesService, for the story page. */
  stories: number;
  /** Published stories written in bulk SQL, for search. */
  searchStories: number;
  searchBodyWords: number;
}

export function dataSizeFromEnv(env: NodeJS.ProcessEnv): DataSize {
  return {
    events: positiveInt(env.BENCH_EVENTS, 300),
    eventsPerCompetition: positiveInt(env.BENCH_EVENTS_PER_COMPETITION, 10),
    resultsPerUnit: positiveInt(env.BENCH_RESULTS_PER_UNIT, 20),
    people: positiveInt(env.BENCH_PEOPLE, 10_000),
    stories: positiveInt(env.BENCH_STORIES, 1000),
    searchStories: positiveInt(env.BENCH_SEARCH_STORIES, 100_000),
    searchBodyWords: positiveInt(env.BENCH_SEARCH_BODY_WORDS, 150),
  };
}

/** A generated person as the story generator needs it. */
export interface Athlete {
  id: string;
  slug: string;
  displayName: string;
  nocCode: string | null;
}

/** One generated event with its single unit; `athletes` in result order. */
export interface GeneratedEvent {
  eventId: string;
  unitId: string;
  athletes: Athlete[];
}

export interface EventSpec {
  /** Prefix of slugs and keys, e.g. bench or bench-story. */
  key: string;
  label: string;
  events: number;
  eventsPerCompetition: number;
  resultsPerUnit: number;
  startYear: number;
}

const BATCH = 2000;
// Names with and without diacritics: 40 × 50 = 2,000 full names, so a full name is rare and
// a family name like Østby is shared by about 1 in 50 people.
export const GIVEN = [
  'Anna',
  'Sara',
  'Lena',
  'Mia',
  'Ines',
  'Yuki',
  'Ida',
  'Noor',
  'Eva',
  'Kim',
  'Lars',
  'Jan',
  'Tom',
  'Kai',
  'Ole',
  'Zoë',
  'Chloé',
  'Åsa',
  'Jörg',
  'Tomáš',
  'Ingrid',
  'Małgorzata',
  'Søren',
  'Élodie',
  'Björn',
  'Jutta',
  'Femke',
  'Miho',
  'Erin',
  'Nao',
  'Hanna',
  'Joy',
  'Irene',
  'Marijke',
  'Karolína',
  'Renée',
  'Dóra',
  'Pål',
  'Aoife',
  'Nils',
];
export const FAMILY = [
  'de Vries',
  'Jansen',
  'Sato',
  'Müller',
  'Novak',
  'Berg',
  'Rossi',
  'Kowalska',
  'Smith',
  'Lindqvist',
  'Østby',
  'Dubois',
  'Dvořák',
  'Šimek',
  'Ødegaard',
  'Núñez',
  'Çelik',
  'Sjåstad',
  'Kok',
  'Takagi',
  'Bowe',
  'Jackson',
  'Schouten',
  'Herzog',
  'Takahashi',
  'Wüst',
  'Sablíková',
  'Lollobrigida',
  'Gonçalves',
  'Fjällström',
  'Kramer',
  'Nuis',
  'Roest',
  'Kim',
  'Park',
  'Zhang',
  'Ivanova',
  'Golikova',
  'Bergsma',
  'Mulder',
  'Hoekstra',
  'Løvseth',
  'Pöltl',
  'Gaßner',
  'Jørgensen',
  'Żurek',
  'Ådahl',
  'Leroux',
  'Fournier',
  'Achterberg',
];
const MEDALS = ['GOLD', 'SILVER', 'BRONZE'] as const;

/** Athletes beside the demo people, written with createMany in batches. */
export async function generatePeople(prisma: PrismaClient, count: number, random: () => number): Promise<Athlete[]> {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const nocs = (await prisma.noc.findMany({ where: { kind: 'NATIONAL' }, select: { code: true }, orderBy: { code: 'asc' }, take: 60 })).map(
    (n) => n.code,
  );
  const people = Array.from({ length: count }, (_, i): Prisma.PersonCreateManyInput & { id: string } => {
    const givenName = pick(GIVEN);
    const familyName = pick(FAMILY);
    const birthDate = new Date(Date.UTC(1988 + Math.floor(random() * 18), Math.floor(random() * 12), 1 + Math.floor(random() * 28)));
    return {
      id: randomUUID(),
      slug: `bench-athlete-${i + 1}`,
      givenName,
      familyName,
      displayName: `${givenName} ${familyName}`,
      birthDate,
      gender: i % 2 ? 'MALE' : 'FEMALE',
      nocCode: pick(nocs),
    };
  });
  await inBatches(people, (data) => prisma.person.createMany({ data }));
  await inBatches(
    people.map((p) => ({ personId: p.id, disciplineCode: 'SSK' })),
    (data) => prisma.athleteProfile.createMany({ data }),
  );
  return people.map((p) => ({ id: p.id, slug: p.slug, displayName: p.displayName, nocCode: p.nocCode ?? null }));
}

/**
 * Events of one final unit each, with timed results of distinct athletes, in competitions of
 * `eventsPerCompetition` events. A seeded generator keeps every run's data the same.
 */
export async function generateEvents(prisma: PrismaClient, people: readonly Athlete[], spec: EventSpec, random: () => number) {
  if (spec.resultsPerUnit > people.length) throw new Error('results per unit cannot exceed the number of people');
  const competitionCount = Math.ceil(spec.events / spec.eventsPerCompetition);
  const competitions = Array.from({ length: competitionCount }, (_, i): Prisma.CompetitionCreateManyInput & { id: string } => {
    const startDate = new Date(Date.UTC(spec.startYear, 10, 1 + i * 7));
    return {
      id: randomUUID(),
      slug: `${spec.key}-cup-${i + 1}`,
      name: `${spec.label} ${i + 1}`,
      kind: 'WORLD_CUP',
      startDate,
      endDate: new Date(startDate.getTime() + 2 * 86_400_000),
    };
  });
  await inBatches(competitions, (data) => prisma.competition.createMany({ data }));

  const events: Prisma.EventCreateManyInput[] = [];
  const phases: Prisma.PhaseCreateManyInput[] = [];
  const units: Prisma.UnitCreateManyInput[] = [];
  const competitors: Prisma.CompetitorCreateManyInput[] = [];
  const results: Prisma.ResultCreateManyInput[] = [];
  const marks: Prisma.ResultRecordMarkCreateManyInput[] = [];
  const generated: GeneratedEvent[] = [];
  for (let e = 0; e < spec.events; e++) {
    const competition = competitions[Math.floor(e / spec.eventsPerCompetition)];
    // The same keys in every competition, so events have previous editions like real ones.
    const key = e % spec.eventsPerCompetition;
    const recurringKey = `${spec.key.toUpperCase()}-SSK-${key + 1}`;
    const event = {
      id: randomUUID(),
      competitionId: competition.id,
      disciplineCode: 'SSK',
      recurringKey,
      name: `Distance ${key + 1}`,
      gender: key % 2 ? 'MEN' : 'WOMEN',
      style: 'RANKED',
      resultType: 'TIME',
    } as const;
    const phase = { id: randomUUID(), eventId: event.id, kind: 'FINAL', name: 'Final', order: 1 } as const;
    const unit = {
      id: randomUUID(),
      phaseId: phase.id,
      name: 'Final',
      order: 1,
      scheduledAt: competition.startDate,
      status: 'FINISHED',
      resultStatus: 'OFFICIAL',
    } as const;
    events.push(event);
    phases.push(phase);
    units.push(unit);
    const athletes = sample(people, spec.resultsPerUnit, random);
    generated.push({ eventId: event.id, unitId: unit.id, athletes });

    let timeMs = 70_000 + Math.floor(random() * 10_000) * 10;
    for (const [i, person] of athletes.entries()) {
      const competitorId = randomUUID();
      competitors.push({ id: competitorId, eventId: event.id, personId: person.id, nocCode: person.nocCode });
      // One did-not-finish row per unit, printed last without rank or time, as in real lists.
      const dnf = spec.resultsPerUnit > 3 && i === spec.resultsPerUnit - 1;
      timeMs += 10 + Math.floor(random() * 60) * 10;
      const result = {
        id: randomUUID(),
        unitId: unit.id,
        competitorId,
        displayOrder: i + 1,
        startOrder: i + 1,
        startGroup: Math.floor(i / 2) + 1,
        lane: i % 2 ? 'O' : 'I',
        rank: dnf ? null : i + 1,
        irm: dnf ? 'DNF' : null,
        timeMs: dnf ? null : timeMs,
        timePrecision: dnf ? null : 'HUNDREDTHS',
        medal: dnf ? null : (MEDALS[i] ?? null),
      } as const;
      results.push(result);
      if (!dnf && i % 4 === 0) marks.push({ resultId: result.id, recordTypeCode: i === 0 ? 'TR' : 'PB' });
    }
  }
  await inBatches(events, (data) => prisma.event.createMany({ data }));
  await inBatches(phases, (data) => prisma.phase.createMany({ data }));
  await inBatches(units, (data) => prisma.unit.createMany({ data }));
  await inBatches(competitors, (data) => prisma.competitor.createMany({ data }));
  await inBatches(results, (data) => prisma.result.createMany({ data }));
  await inBatches(marks, (data) => prisma.resultRecordMark.createMany({ data }));
  return { events: generated, competitions: competitionCount, results: results.length };
}

export async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

/** `count` distinct items (partial Fisher–Yates on a copy). */
function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function positiveInt(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`Expected a positive integer, got "${value}"`);
  return parsed;
}
