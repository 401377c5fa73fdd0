import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { EmbeddedPostgresError, orUseYourOwn } from './embedded-postgres.error.js';

const run = promisify(execFile);

/** The operating-system account the PostgreSQL processes run as; `undefined` ids mean "this process's own". */
export interface PostgresAccount {
  uid?: number;
  gid?: number;
}

const SERVICE_USER = 'postgres';

/**
 * PostgreSQL refuses to run as root, so root runs it as the `postgres` user, created when
 * the machine has none (as the Debian and Alpine packages would). Anyone else runs it as themselves.
 */
export async function postgresAccount(): Promise<PostgresAccount> {
  if (process.getuid?.() !== 0) return {};
  const existing = await lookUpUser(SERVICE_USER);
  if (existing) return existing;
  try {
    await run('groupadd', ['--system', SERVICE_USER]).catch(() => undefined);
    await run('useradd', ['--system', '--gid', SERVICE_USER, '--no-create-home', '--shell', '/usr/sbin/nologin', SERVICE_USER]);
  } catch (error) {
    throw new EmbeddedPostgresError(
      'running as root, and the `postgres` user it would run as is missing and could not be created',
      orUseYourOwn(`Create a \`${SERVICE_USER}\` user, run as another user`),
      (error as Error).message,
    );
  }
  const created = await lookUpUser(SERVICE_USER);
  if (!created) throw new EmbeddedPostgresError(`the \`${SERVICE_USER}\` user was created but cannot be found`, orUseYourOwn());
  return created;
}

async function lookUpUser(name: string): Promise<PostgresAccount | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}

/** True when `account` may pass through every directory above `path` (a home of mode 700 stops it). */
export async function canReach(path: string, account: PostgresAccount): Promise<boolean> {
  if (account.uid === undefined) return true;
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && !mayEnter(info, account)) return false;
    if (dir === dirname(dir)) return true;
  }
}

function mayEnter(info: { uid: number; gid: number; mode: number }, account: PostgresAccount): boolean {
  if (info.uid === account.uid) return (info.mode & 0o100) !== 0;
  if (info.gid === account.gid) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}
