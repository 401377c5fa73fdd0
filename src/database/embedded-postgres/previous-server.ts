import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { EmbeddedPostgresError, orUseYourOwn } from './embedded-postgres.error.js';

const run = promisify(execFile);
const ORPHAN_STOP_TIMEOUT_MS = 20_000;

/**
 * Clears the way for a new server on `dataDir`. A pid file whose process is gone (or reused
 * by another program, common in containers) is removed. A PostgreSQL still running there whose
 * parent is no longer a Node process was orphaned by a Podium that died (kill -9, OOM): it is
 * shut down cleanly. One whose parent is a live Node process belongs to another running Podium,
 * and the start is refused.
 */
export async function clearPreviousServer(dataDir: string, log: (text: string) => void): Promise<void> {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  const content = await readFile(pidFile, 'utf8').catch(() => undefined);
  if (content === undefined) return;
  const pid = Number.parseInt(content.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostgres(pid))) {
    await rm(pidFile, { force: true });
    return;
  }
  const parent = await parentOf(pid);
  if (parent && (await commandOf(parent)).includes('node')) {
    throw new EmbeddedPostgresError(
      `a PostgreSQL (pid ${pid}) started by another running process (pid ${parent}) already uses ${dataDir}`,
      orUseYourOwn('Stop that process or set EMBEDDED_PG_DIR to another folder'),
    );
  }
  log(`Stopping the PostgreSQL (pid ${pid}) that a previous run left behind on ${dataDir}`);
  await stopOrphan(pid);
}

async function stopOrphan(pid: number): Promise<void> {
  // SIGINT is PostgreSQL's fast shutdown: sessions end, nothing committed is lost.
  signal(pid, 'SIGINT');
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `the PostgreSQL (pid ${pid}) a previous run left behind did not stop`,
        orUseYourOwn(`Stop it with \`kill ${pid}\``),
      );
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function isPostgres(pid: number): Promise<boolean> {
  return isAlive(pid) && /postgres/.test(await commandOf(pid));
}

async function parentOf(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // Fields after the command name, which is in parentheses and may contain spaces.
  const fromProc = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  const text =
    fromProc ??
    (await run('ps', ['-o', 'ppid=', '-p', String(pid)]).then(
      (r) => r.stdout,
      () => '',
    ));
  const parent = Number.parseInt(text.trim(), 10);
  return Number.isInteger(parent) && parent > 0 && isAlive(parent) ? parent : undefined;
}

async function commandOf(pid: number): Promise<string> {
  const fromProc = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => undefined);
  return (
    fromProc ??
    (await run('ps', ['-o', 'comm=', '-p', String(pid)]).then(
      (r) => r.stdout,
      () => '',
    ))
  ).trim();
}
