import { spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres/embedded-postgres.js';
import { EmbeddedPostgresError } from '../../src/database/embedded-postgres/embedded-postgres.error.js';
import { installedBinaries } from '../../src/database/embedded-postgres/postgres-binaries.js';

const asRoot = process.getuid?.() === 0 ? it : it.skip;

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Runs the real entry point and collects everything it prints. */
function runEntryPoint(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      resolve({ code, output });
    });
  });
}

describe('embedded PostgreSQL', () => {
  let scratch: string;
  beforeEach(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'podium-embedded-'));
  });
  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  // The usual case in containers and CI: root, with the project in a folder of mode 700.
  asRoot('starts as root when the binaries and the data directory sit where the postgres user cannot enter', async () => {
    const installed = await installedBinaries();
    const privateBuild = join(scratch, 'project', 'native');
    await cp(dirname(dirname(installed.postgres)), privateBuild, { recursive: true, verbatimSymlinks: true });
    await chmod(scratch, 0o700);
    const binaries = { initdb: join(privateBuild, 'bin', 'initdb'), postgres: join(privateBuild, 'bin', 'postgres') };
    const dataDir = join(scratch, 'project', '.data', 'postgres');

    const first = await startEmbeddedPostgres({ dataDir, port: 0, binaries });
    try {
      expect(first.dataDir).not.toBe(dataDir);
      const [server] = await query<{ version: string; user: string }>(first.url, 'SELECT version(), current_user AS user');
      expect(server.version).toMatch(/^PostgreSQL 17\./);
      await query(first.url, 'CREATE TABLE kept (id int)');
    } finally {
      await first.stop();
    }

    // The relocated cluster is the same one on the next start: data survives.
    const second = await startEmbeddedPostgres({ dataDir, port: 0, binaries });
    try {
      expect(second.dataDir).toBe(first.dataDir);
      const rows = await query<{ name: string }>(second.url, "SELECT tablename AS name FROM pg_tables WHERE tablename = 'kept'");
      expect(rows).toEqual([{ name: 'kept' }]);
    } finally {
      await second.stop();
      await rm(second.dataDir, { recursive: true, force: true });
    }
  });

  it('rejects with one line saying what failed and what to do when the build is missing', async () => {
    const missing = { initdb: join(scratch, 'none', 'initdb'), postgres: join(scratch, 'none', 'postgres') };
    const started = startEmbeddedPostgres({ dataDir: join(scratch, 'data'), port: 0, binaries: missing });
    await expect(started).rejects.toBeInstanceOf(EmbeddedPostgresError);
    const message = await started.catch((error: unknown) => (error as Error).message);
    expect(message).toMatch(/^Embedded PostgreSQL could not start: \S+\/none\/initdb is missing\. .*DATABASE_URL/);
    expect(message).not.toContain('\n');
  });

  it('rejects with one line when the build may not be executed, instead of an unhandled spawn error', async () => {
    const bin = join(scratch, 'bin');
    await mkdir(bin, { recursive: true });
    for (const name of ['initdb', 'postgres']) await writeFile(join(bin, name), '#!/bin/sh\n', { mode: 0o644 });
    await chmod(scratch, 0o755);
    const binaries = { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
    const message = await startEmbeddedPostgres({ dataDir: join(scratch, 'data'), port: 0, binaries }).then(
      () => 'started',
      (error: unknown) => (error as Error).message,
    );
    expect(message).toMatch(/^Embedded PostgreSQL could not start: \S+\/bin\/initdb may not be executed\. .*DATABASE_URL/);
  });

  it('makes `npm start` print one clear line and exit 1 when the embedded cluster cannot start', async () => {
    // A data directory that claims to hold a cluster of another PostgreSQL version.
    await chmod(scratch, 0o755);
    const dataDir = join(scratch, 'postgres');
    await mkdir(dataDir, { mode: 0o700 });
    await writeFile(join(dataDir, 'PG_VERSION'), '9.6\n');
    const { code, output } = await runEntryPoint({ EMBEDDED_PG_DIR: dataDir });
    expect(code).toBe(1);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Embedded PostgreSQL could not start: postgres exited during start-up .*EMBEDDED_PG_DIR.*DATABASE_URL/);
  });
});
