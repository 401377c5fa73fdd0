// `npm run db:seed [-- --no-demo]`: seeds DATABASE_URL, or the embedded PostgreSQL
// (EMBEDDED_PG_DIR, default .data/postgres) when DATABASE_URL is unset.
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { applyMigrations } from '../src/database/migrations/migrator.js';
import { createPrismaClient } from '../src/database/prisma-client.factory.js';
import { seedDatabase } from '../src/database/seed/seed.js';

const log = (message: string) => console.log(`[seed] ${message}`);

async function main(): Promise<void> {
  const demo = !process.argv.includes('--no-demo');
  const cleanups: Array<() => Promise<void>> = [];
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const dataDir = process.env.EMBEDDED_PG_DIR || '.data/postgres';
      log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${dataDir}`);
      const embedded = await startEmbeddedPostgres({ dataDir, port: 0 });
      cleanups.unshift(embedded.stop);
      url = embedded.url;
    }

    // Seeding an unmigrated (or half-migrated) schema fails on the first missing column.
    await applyMigrations(url);
    log('migrations are up to date');

    const prisma = createPrismaClient({ url, poolMax: 2, statementTimeoutMs: 60_000 });
    cleanups.unshift(() => prisma.$disconnect());
    const started = Date.now();
    const summary = await seedDatabase(prisma, { demo, log });
    const { nocs, disciplines, recordTypes } = summary.reference;
    log(
      `done in ${Date.now() - started} ms: ${nocs.inserted} NOCs inserted, ${nocs.updated} updated, ` +
        `${disciplines} disciplines, ${recordTypes} record types` +
        (summary.demo
          ? `; demo: ${summary.demo.competitions} competitions, ${summary.demo.people} people, ` +
            `${summary.demo.results} results, ${summary.demo.records} records`
          : '; demo skipped'),
    );
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error) => log(`cleanup failed: ${String(error)}`));
  }
}

main().catch((error: unknown) => {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  process.exitCode = 1;
});
