import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface BenchDatabase {
  url: string;
  /** Where the data lives, for the report. */
  description: string;
  stop(): Promise<void>;
}

/**
 * A database nobody else uses: a throwaway database on BENCH_DATABASE_URL's server,
 * or an embedded PostgreSQL in a fresh temporary directory. `stop` removes either.
 */
export async function startBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  return serverUrl ? createThrowawayDatabase(serverUrl) : startTemporaryPostgres();
}

async function startTemporaryPostgres(): Promise<BenchDatabase> {
  const { startEmbeddedPostgres } = await import('../src/database/embedded-postgres/embedded-postgres.js');
  const dataDir = await mkdtemp(join(tmpdir(), 'podium-bench-pg-'));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  // 'exit' allows synchronous work only.
  process.once('exit', () => {
    rmSync(dataDir, { recursive: true, force: true });
  });
  let server;
  try {
    server = await startEmbeddedPostgres({ dataDir, port: 0, database: 'podium_bench' });
  } catch (error) {
    await removeDir();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    description: 'embedded PostgreSQL 17 (temporary data directory)',
    async stop() {
      try {
        await running.stop();
      } finally {
        await removeDir();
      }
    },
  };
}

async function createThrowawayDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `podium_bench_${randomBytes(4).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    description: `database ${name} on ${redactPassword(serverUrl)} (dropped afterwards)`,
    async stop() {
      // FORCE: a pool that failed to close must not keep the database alive.
      await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function redactPassword(serverUrl: string): string {
  const url = new URL(serverUrl);
  if (url.password) url.password = '***';
  return url.href;
}
