// `npm run db:seed [-- --no-demo]`: seeds DATABASE_URL, or the embedded PostgreSQL
// (EMBEDDED_PG_DIR, default .data/postgres) when DATABASE_URL is unset.
import { startProjectPostgres } from '../src/database/embedded-postgres/embedded-postgres.js';
import { applyMigrations } from '../src/database/migrations/migrator.js';
import { createPrismaClient } from '../src/database/prisma-client.factory.js';
import { seedDatabase } from '../src/seed/seed.js';

const log = (message: string) => {
  console.log(`[seed] ${message}`);
};

async function main(): Promise<void> {
  const demo = !process.argv.includes('--no-demo');
  const cleanups: Array<() => Promise<void>> = [];
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const dataDir = process.env.EMBEDDED_PG_DIR || '.data/postgres';
      log(`DATABASE_URL is not set: starting embedded PostgreSQL in ${dataDir}`);
      const embedded = await startProjectPostgres(dataDir, 0);
      cleanups.unshift(() => embedded.stop());
      url = embedded.url;
    }

    // Seeding an unmigrated (or half-migrated) schema fails on the first missing column.
    const applied = await applyMigrations(url);
    log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'no pending migrations');

    const prisma = createPrismaClient({ url, poolMax: 2, statementTimeoutMs: 60_000 });
    cleanups.unshift(() => prisma.$disconnect());
    const started = Date.now();
    await seedDatabase(prisma, { demo, log });
    log(`done in ${Date.now() - started} ms${demo ? '' : ' (demo skipped)'}`);
  } finally {
    for (const cleanup of cleanups) {
      await cleanup().catch((error: unknown) => {
        log(`cleanup failed: ${String(error)}`);
      });
    }
  }
}

main().catch((error: unknown) => {
  console.error(`[seed] failed: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
  // Explicit exit: process.exitCode alone came back as 0 here (it is reset somewhere
  // under the Wasm schema engine), and callers rely on a failing status.
  process.exit(1);
});
