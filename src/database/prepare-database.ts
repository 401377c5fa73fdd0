import pg from 'pg';
import { required } from '../common/required.js';
import type { Environment } from '../config/environment.js';
import { startProjectPostgres } from './embedded-postgres/embedded-postgres.js';
import { applyMigrationsInThread } from './migrations/migration-thread.js';

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export class DatabaseUnreachableError extends Error {}

type Log = (message: string) => void;

/** Loads data into an empty database; given by the caller, since the seed sits above the features it writes through. */
export type SeedIfEmpty = (url: string, log: Log) => Promise<void>;

/**
 * Gets the server a database it can use: the configured one, or an embedded PostgreSQL;
 * then checks it answers, applies pending migrations and seeds an empty database.
 */
export async function prepareDatabase(env: Environment, log: Log, seedIfEmpty: SeedIfEmpty): Promise<PreparedDatabase> {
  const embedded = env.DATABASE_URL ? null : await startProjectPostgres(env.EMBEDDED_PG_DIR, env.EMBEDDED_PG_PORT);
  if (embedded) log(`Started embedded PostgreSQL (data in ${embedded.dataDir})`);
  const url = env.DATABASE_URL ?? required(embedded, 'the embedded PostgreSQL').url;
  const stop = async () => embedded?.stop();
  try {
    await assertReachable(url, env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS);
    if (env.MIGRATE_ON_START) {
      const applied = await applyMigrationsInThread(url);
      log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
    }
    if (env.SEED_ON_EMPTY) await seedIfEmpty(url, log);
    return { url, embedded: Boolean(embedded), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function assertReachable(url: string, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const where = redactPassword(url);
    throw new DatabaseUnreachableError(
      `Cannot reach the database at ${where}: ${(error as Error).message}. Check DATABASE_URL, or unset it to use the embedded PostgreSQL.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
