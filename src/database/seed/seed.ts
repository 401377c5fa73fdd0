import type { PrismaClient } from '../../generated/prisma/client.js';
import { type DemoSportsSummary, seedDemoSports } from './demo-sports.js';
import { type ReferenceDataSummary, seedReferenceData } from './reference-data.js';
import type { SeedLog } from './seed-client.js';

export interface SeedOptions {
  /** Also load the reference story's sports data (competitions, people, results, records). */
  demo: boolean;
  log?: SeedLog;
}

export interface SeedSummary {
  reference: ReferenceDataSummary;
  demo: DemoSportsSummary | null;
}

// Interactive transactions default to 5 s; a first seed on a cold database can exceed that.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

/**
 * Reference data, then (optionally) the demo. Each part commits on its own so a
 * failing demo leaves usable reference data behind; both parts are idempotent.
 */
export async function seedDatabase(prisma: PrismaClient, options: SeedOptions): Promise<SeedSummary> {
  const log = options.log ?? (() => {});
  const reference = await prisma.$transaction((tx) => seedReferenceData(tx, log), TRANSACTION_OPTIONS);
  const demo = options.demo
    ? await prisma.$transaction((tx) => seedDemoSports(tx, log), TRANSACTION_OPTIONS)
    : null;
  return { reference, demo };
}

/** A database counts as empty (never seeded) when it has no NOC rows. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.noc.findFirst({ select: { code: true } })) === null;
}
