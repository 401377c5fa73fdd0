// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded PostgreSQL.
import { required } from '../common/required.js';
import { loadEnvironment } from '../config/environment.js';
import { startProjectPostgres } from '../database/embedded-postgres/embedded-postgres.js';
import { applyMigrations } from '../database/migrations/migrator.js';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const embedded = env.DATABASE_URL ? undefined : await startProjectPostgres(env.EMBEDDED_PG_DIR, env.EMBEDDED_PG_PORT);
  try {
    if (embedded) console.log(`Embedded PostgreSQL in ${env.EMBEDDED_PG_DIR}`);
    const applied = await applyMigrations(env.DATABASE_URL ?? required(embedded, 'the embedded PostgreSQL').url);
    if (applied.length === 0) console.log('No pending migrations.');
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join('\n')}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
