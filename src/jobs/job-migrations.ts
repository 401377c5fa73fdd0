import { runMigrations } from 'graphile-worker';
import { silentWorkerLogger } from './worker-logger.js';

/**
 * Creates or updates graphile-worker's schema (`graphile_worker`). The runner does this at
 * start; the test setup does it on the template database so every clone has the queue.
 */
export async function applyJobMigrations(databaseUrl: string): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, maxPoolSize: 1, logger: silentWorkerLogger });
}
