// The e2e run's PostgreSQL: started (or borrowed) once, with a template database migrated once.
// Loaded by global-setup.ts and global-teardown.ts; see there why they do not hold this code.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres/embedded-postgres.js';
import { applyMigrations } from '../../src/database/migrations/migrator.js';
import {
  databaseUrl,
  dropDatabase,
  TEMPLATE_DATABASE,
  TEST_SERVER_ENV,
  testDatabasePrefix,
  testServerInfoFile,
  withAdminClient,
  type TestServerInfo,
} from '../utils/test-database.js';

let state: { info: TestServerInfo; stopEmbedded?: () => Promise<void> } | undefined;

/** Uses TEST_DATABASE_URL, else DATABASE_URL, else an embedded PostgreSQL in a fresh temp dir. */
export async function setupTestServer(): Promise<void> {
  const runId = String(process.pid);
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let adminUrl = external;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'podium-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, port: 0 }).catch(async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    });
    adminUrl = pg.url;
    stopEmbedded = async () => {
      await pg.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const info: TestServerInfo = { adminUrl, runId };
  state = { info, stopEmbedded };

  try {
    await withAdminClient(async (client) => {
      await dropDatabase(client, TEMPLATE_DATABASE);
      await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    }, adminUrl);
    await applyMigrations(databaseUrl(adminUrl, TEMPLATE_DATABASE));
  } catch (error) {
    await stopEmbedded?.();
    const where = external ? 'the server in TEST_DATABASE_URL/DATABASE_URL' : 'the embedded PostgreSQL';
    throw new Error(`Preparing the test template database on ${where} failed: ${(error as Error).message}`, { cause: error });
  }

  process.env[TEST_SERVER_ENV] = JSON.stringify(info);
  await writeFile(testServerInfoFile(runId), JSON.stringify(info));
}

/** Drops what this run created and stops the embedded PostgreSQL. */
export async function teardownTestServer(): Promise<void> {
  if (!state) return;
  const { info, stopEmbedded } = state;
  state = undefined;
  try {
    if (!stopEmbedded) {
      // A shared server keeps nothing from this run, including databases of files that failed before dropping theirs.
      await withAdminClient(async (client) => {
        const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [
          testDatabasePrefix(info.runId),
        ]);
        for (const { datname } of rows) await dropDatabase(client, datname);
        await dropDatabase(client, TEMPLATE_DATABASE);
      }, info.adminUrl);
    }
  } finally {
    await stopEmbedded?.();
    await rm(testServerInfoFile(info.runId), { force: true });
  }
}
