// Entry point of the migration thread (migration-thread.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { applyMigrations } from './migrator.js';

const { databaseUrl } = workerData as { databaseUrl: string };
try {
  parentPort?.postMessage({ applied: await applyMigrations(databaseUrl) });
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
