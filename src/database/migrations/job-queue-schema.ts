import { runMigrations } from 'graphile-worker';
import { Logger } from 'graphile-worker';

const silent = new Logger(() => () => undefined);

/**
 * Creates or updates graphile-worker's schema (`graphile_worker`), with the database's own
 * migrations: a write that adds a job (a publish, an event) needs it before any runner starts,
 * for instance when the seed publishes the demo story on a fresh database.
 */
export async function applyJobQueueSchema(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, maxPoolSize: 1, logger: silent });
}
