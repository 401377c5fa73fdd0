// Child process of the benchmark: migrates, seeds and generates data in its own process,
// so the migration engine and the seeding leave nothing in the servers' resident memory.
import { performance } from 'node:perf_hooks';
import { applyMigrations } from '../src/database/migrations/migrator.js';
import { createPrismaClient } from '../src/database/prisma-client.factory.js';
import { seedDatabase } from '../src/seed/seed.js';
import { readInput, respond } from './child.js';
import { type DataSize, generateEvents, generatePeople, mulberry32 } from './generate.js';
import { generateStories } from './generate-stories.js';
import { generateSearchCorpus } from './search-corpus.js';
import type { StoryMaterial } from './story-input.js';

export interface PrepareRequest {
  url: string;
  size: DataSize;
  /**
   * `main`: reference data, people, events and the story-page stories; `corpus`: the search corpus, added later;
   * `reference`: migrations and reference data only (runs limited by BENCH_ONLY).
   */
  phase: 'main' | 'corpus' | 'reference' | 'demo';
}

export interface PreparedData {
  unitIds: string[];
  /** Stories that all show one unit's results, for the correction row. */
  correction: { unitId: string; slugs: string[] };
  /** Athletes named in the story-page stories, for the list row. */
  listedPeople: string[];
  competitions: number;
  results: number;
  storySlugs: string[];
  /** Material of a generated story, for the write benchmark's own stories. */
  writeMaterial: StoryMaterial;
  /** A generated athlete's full name, for the rare-name search. */
  rareName: string;
  /** Seconds each step took, for the report. */
  timings: Record<string, number>;
}

export interface PreparedCorpus {
  verifiedSearchVectors: number;
  seconds: number;
}

const { url, size, phase } = await readInput<PrepareRequest>();
const timings: Record<string, number> = {};
const timed = async <T>(name: string, step: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const result = await step();
  timings[name] = (performance.now() - start) / 1000;
  return result;
};

const prisma = createPrismaClient({ url, poolMax: 5, statementTimeoutMs: 600_000 });
try {
  if (phase === 'corpus') {
    const search = await timed('searchCorpus', () => generateSearchCorpus(prisma, size.searchStories, size.searchBodyWords));
    await prisma.$executeRawUnsafe('VACUUM ANALYZE');
    respond({ verifiedSearchVectors: search.verified, seconds: timings.searchCorpus } satisfies PreparedCorpus);
  } else if (phase === 'reference' || phase === 'demo') {
    await timed('migrate', () => applyMigrations(url));
    await timed('seed', () => seedDatabase(prisma, { demo: phase === 'demo' }));
    respond({ timings });
  } else {
    respond(await prepareMain());
  }
} finally {
  await prisma.$disconnect();
}

async function prepareMain(): Promise<PreparedData> {
  await timed('migrate', () => applyMigrations(url));
  await timed('seed', () => seedDatabase(prisma, { demo: true }));
  // A seeded generator keeps every run's data the same, so runs on one machine stay comparable.
  const random = mulberry32(2026);
  const people = await timed('people', () => generatePeople(prisma, size.people, random));
  const spec = {
    key: 'bench',
    label: 'Bench World Cup',
    events: size.events,
    eventsPerCompetition: size.eventsPerCompetition,
    resultsPerUnit: size.resultsPerUnit,
    startYear: 2024,
  };
  const sports = await timed('events', () => generateEvents(prisma, people, spec, random));
  const stories = await timed('stories', () => generateStories(prisma, people, size.stories, random));
  // As autovacuum would have done by the time such data is read: statistics and visibility.
  await timed('vacuum', () => prisma.$executeRawUnsafe('VACUUM ANALYZE'));
  return {
    unitIds: sports.events.map((e) => e.unitId),
    correction: stories.correction,
    listedPeople: stories.listedPeople,
    competitions: sports.competitions,
    results: sports.results,
    storySlugs: stories.slugs,
    writeMaterial: stories.materials[0],
    rareName: people[0].displayName,
    timings,
  };
}
