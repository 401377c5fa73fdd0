import type { PrismaClient } from '../generated/prisma/client.js';
import { type DemoSportsSummary, seedDemoSports } from './demo-sports.js';
import { type DemoStorySummary, seedDemoStory } from './demo-story.js';
import { type ReferenceDataSummary, seedReferenceData } from './reference-data.js';
import type { SeedLog } from './seed-client.js';

export interface SeedOptions {
  /** Also load the reference story's sports data (competitions, people, results, records). */
  demo: boolean;
  /** With the demo, also the demo story (credits, photos, quotes, posts, the published article); default true. */
  story?: boolean;
  log?: SeedLog;
}

export interface SeedSummary {
  reference: ReferenceDataSummary;
  demo: DemoSportsSummary | null;
  story: DemoStorySummary | null;
}

// Interactive transactions default to 5 s; a first seed on a cold database can exceed that.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * Reference data, then (optionally) the demo sports data and the demo story. Each part
 * commits on its own so a failing demo leaves usable reference data behind; all parts
 * are idempotent.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const reference = await prisma.$transaction((tx) => seedReferenceData(tx, log), TRANSACTION_OPTIONS);
  const demo = options.demo ? await prisma.$transaction((tx) => seedDemoSports(tx, log), TRANSACTION_OPTIONS) : null;
  // Not in a transaction of ours: the story goes through ArticlesService, which opens its own.
  const story = options.demo && (options.story ?? true) ? await seedDemoStory(prisma, log) : null;
  return { reference, demo, story };
}

/** A database counts as empty (never seeded) when it has no NOC rows. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.noc.findFirst({ select: { code: true } })) === null;
}
