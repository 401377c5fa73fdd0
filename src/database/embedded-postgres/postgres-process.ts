import { execFileSync, spawn, type ChildProcess, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError, orUseYourOwn } from './embedded-postgres.error.js';
import type { PostgresAccount } from './postgres-account.js';
import type { PostgresBinaries } from './postgres-binaries.js';

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface ClusterSettings {
  binaries: PostgresBinaries;
  account: PostgresAccount;
  dataDir: string;
  user: string;
  password: string;
  log: (text: string) => void;
  /** PostgreSQL's last lines, to explain a failure. */
  recentLog: () => string;
  /** Where the whole log is kept, named in errors. */
  logFile?: string;
}

/** Creates a cluster in an empty data directory, with a password-protected superuser. */
export async function initialiseCluster(settings: ClusterSettings): Promise<void> {
  const { account } = settings;
  // The password reaches initdb through a file only it can read, never the command line.
  const secrets = await mkdtemp(join(tmpdir(), 'podium-pg-init-'));
  const passwordFile = join(secrets, 'password');
  try {
    await writeFile(passwordFile, `${settings.password}\n`, { mode: 0o600 });
    if (account.uid !== undefined) {
      await chown(secrets, account.uid, account.gid ?? -1);
      await chown(passwordFile, account.uid, account.gid ?? -1);
    }
    const locale = bestLocale();
    const args = [`--pgdata=${settings.dataDir}`, '--auth=scram-sha-256', `--username=${settings.user}`, `--pwfile=${passwordFile}`];
    await runToCompletion(settings, 'initdb', settings.binaries.initdb, [
      ...args,
      '--encoding=UTF8',
      `--locale=${locale}`,
      '--lc-messages=C',
    ]);
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once it accepts connections; rejects with the reason when it does not. */
export async function startServer(settings: ClusterSettings, port: number): Promise<ChildProcess> {
  const flags = ['-D', settings.dataDir, '-p', String(port), '-c', 'lc_messages=C'];
  // TCP on loopback only: no Unix socket to collide with a system PostgreSQL or a stale lock in /tmp.
  flags.push('-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=');
  const child = spawnAs(settings, settings.binaries.postgres, flags);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedPostgresError(`it did not get ready within ${START_TIMEOUT_MS / 1000} s`, orUseYourOwn(), settings.recentLog()));
    }, START_TIMEOUT_MS);
    const settle = (error?: Error) => {
      clearTimeout(timer);
      child.stderr.off('data', onOutput);
      if (error) reject(error);
      else resolve();
    };
    const onOutput = (chunk: Buffer) => {
      if (chunk.toString('utf8').includes(READY)) settle();
    };
    child.stderr.on('data', onOutput);
    child.once('error', (error) => {
      settle(spawnFailure(settings.binaries.postgres, error));
    });
    child.once('exit', (code, signal) => {
      settle(
        new EmbeddedPostgresError(`postgres exited during start-up (${signal ?? `code ${code}`})`, hintFor(settings), settings.recentLog()),
      );
    });
  });
  // A process that ends without stopping its cluster (process.exit after an error) must not leave it running.
  const stopOnExit = () => child.kill('SIGINT');
  process.on('exit', stopOnExit);
  child.once('exit', () => process.off('exit', stopOnExit));
  return child;
}

/** Fast shutdown: open sessions are ended, committed work is already on disk. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(process.platform === 'win32' ? undefined : 'SIGINT');
  });
}

function runToCompletion(settings: ClusterSettings, what: string, file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnAs(settings, file, args);
    child.once('error', (error) => {
      reject(spawnFailure(file, error));
    });
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new EmbeddedPostgresError(`${what} failed (${signal ?? `code ${code}`})`, hintFor(settings), settings.recentLog()));
    });
  });
}

function spawnAs(settings: ClusterSettings, file: string, args: string[]): ChildProcessByStdio<null, Readable, Readable> {
  const child = spawn(file, args, {
    ...settings.account,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    settings.log(chunk.toString('utf8'));
  });
  child.stderr.on('data', (chunk: Buffer) => {
    settings.log(chunk.toString('utf8'));
  });
  return child;
}

function spawnFailure(file: string, error: NodeJS.ErrnoException): EmbeddedPostgresError {
  if (error.code === 'EACCES') {
    return new EmbeddedPostgresError(
      `${file} may not be executed`,
      orUseYourOwn('Check the permissions of that file and the folders above it'),
    );
  }
  if (error.code === 'ENOENT') {
    return new EmbeddedPostgresError(`${file} is missing`, orUseYourOwn('Reinstall with `npm install`'));
  }
  return new EmbeddedPostgresError(`${file} could not be run`, orUseYourOwn(), error.message);
}

function hintFor(settings: ClusterSettings): string {
  const seeLog = settings.logFile ? ` Its log is in ${settings.logFile}.` : '';
  const dataDir = `Its data directory is ${settings.dataDir}: check that it is writable and holds a PostgreSQL 17 cluster or nothing`;
  return `${orUseYourOwn(`${dataDir}, set EMBEDDED_PG_DIR to another one`)}${seeLog}`;
}

/** A UTF-8 locale the machine has, so that collation and case folding know non-ASCII names. */
function bestLocale(): string {
  if (process.platform === 'win32') return 'C';
  try {
    const available = execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/);
    const find = (wanted: string) => available.find((name) => name.toLowerCase().replace('-', '') === wanted);
    return find('en_us.utf8') ?? find('c.utf8') ?? 'C';
  } catch {
    return 'C';
  }
}
