import { Worker } from 'node:worker_threads';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Applies pending migrations in a worker thread, for the server's start: Prisma's schema
 * engine is Wasm whose memory its glue module keeps for the life of the thread that loaded it
 * (tens of MiB), and a worker's is returned when it ends. The CLIs and tests call the
 * migrator directly.
 */
export function applyMigrationsInThread(databaseUrl: string): Promise<string[]> {
  // The worker's file is a sibling of this one: .js in the build, .ts under a TypeScript loader.
  const here = fileURLToPath(import.meta.url);
  const worker = new Worker(new URL(`./migration-worker${extname(here)}`, import.meta.url), { workerData: { databaseUrl } });
  // Whichever settles the promise first counts; a later call does nothing.
  return new Promise((resolve, reject) => {
    worker.once('message', (message: { applied?: string[]; error?: string }) => {
      void worker.terminate();
      if (message.applied) resolve(message.applied);
      else reject(new Error(message.error ?? 'the migration worker failed'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      reject(new Error(`the migration worker exited with code ${code} before it answered`));
    });
  });
}
