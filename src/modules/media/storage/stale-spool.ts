import { Logger } from '@nestjs/common';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Older than any upload or write in progress could be, even on another instance sharing the folder. */
export const STALE_SPOOL_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes what a crashed process left in the spool folder (half-received uploads, half-written
 * files, a render's folder), so that a restart needs no manual clean-up. Returns how many entries went.
 */
export async function removeStaleSpoolFiles(directory: string, now = Date.now()): Promise<number> {
  const names = await readdir(directory).catch(() => []);
  let removed = 0;
  for (const name of names) {
    const path = join(directory, name);
    const info = await stat(path).catch(() => null);
    if ((info?.isFile() || info?.isDirectory()) && now - info.mtimeMs > STALE_SPOOL_AGE_MS) {
      await rm(path, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}

/** Runs the clean-up in the background at start: a failure is logged, never fatal. */
export function sweepSpoolInBackground(directory: string): void {
  const logger = new Logger('MediaStorage');
  removeStaleSpoolFiles(directory).then(
    (removed) => {
      if (removed > 0) logger.log(`Removed ${removed} files left in ${directory} by an interrupted upload`);
    },
    (error: unknown) => {
      logger.warn(`Could not clean ${directory}: ${String(error)}`);
    },
  );
}
