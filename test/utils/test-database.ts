// One database per test file, cloned from the template that globalSetup migrated once.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const TEMPLATE_DATABASE = 'podium_test_template';
export const TEST_SERVER_ENV = 'PODIUM_TEST_SERVER';

export interface TestServerInfo {
  /** A maintenance database on the test server, used to create and drop databases. */
  adminUrl: string;
  /** Jest's main process id: prefixes this run's databases and names the fallback file. */
  runId: string;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export function testServerInfoFile(runId: string): string {
  return join(tmpdir(), `podium-test-server-${runId}.json`);
}

/** globalSetup's variable is inherited by workers; the file covers a runner that does not pass it on. */
export function readTestServerInfo(): TestServerInfo {
  const fromEnv = process.env[TEST_SERVER_ENV];
  if (fromEnv) return JSON.parse(fromEnv) as TestServerInfo;
  for (const runId of [process.ppid, process.pid]) {
    try {
      return JSON.parse(readFileSync(testServerInfoFile(String(runId)), 'utf8')) as TestServerInfo;
    } catch {
      // not this one
    }
  }
  throw new Error('No test database server: run e2e tests through Jest, whose globalSetup provides one');
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.href;
}

export function testDatabasePrefix(runId: string): string {
  return `podium_test_${runId}_`;
}

/** Runs `fn` with a short-lived connection to the maintenance database. */
export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>, adminUrl = readTestServerInfo().adminUrl): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  // FORCE (PostgreSQL 13+) also ends sessions a test forgot to close.
  await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
}

/** A fresh database holding the migrated schema and no rows; drop it in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { adminUrl, runId } = readTestServerInfo();
  const name = `${testDatabasePrefix(runId)}${randomBytes(6).toString('hex')}`;
  await withAdminClient(async (client) => {
    const sql = `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${TEMPLATE_DATABASE}`;
    for (let attempt = 1; ; attempt++) {
      // Cloning needs the template to have no sessions; a backend that just disconnected may linger a moment.
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
        TEMPLATE_DATABASE,
      ]);
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt === 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }, adminUrl);
  let dropped = false;
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      if (dropped) return;
      dropped = true;
      await withAdminClient((client) => dropDatabase(client, name), adminUrl);
    },
  };
}
