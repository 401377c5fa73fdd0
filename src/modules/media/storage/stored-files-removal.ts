import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client.js';
import { addJob, JobQueue } from '../../../jobs/job-queue.js';
import { MediaStorage } from './media-storage.js';
import { PrismaService } from '../../../database/prisma.service.js';

export const REMOVE_STORED_FILES_TASK = 'media.removeStoredFiles';

/**
 * How long a replaced or deleted file stays served. Its URLs are cached for a year as
 * immutable; stored pages, CDNs and readers' open pages keep pointing at them until they are
 * built again, so the file outlives the row by a day rather than going at commit.
 */
export const STORED_FILES_GRACE_MS = 24 * 60 * 60 * 1000;
/** Keys per job: a payload stays small whatever a write replaced. */
const KEYS_PER_JOB = 200;

/** Queues the removal of stored files, in the caller's transaction: nothing is removed if it rolls back. */
export async function removeStoredFilesLater(tx: Prisma.TransactionClient, keys: readonly string[], graceMs = STORED_FILES_GRACE_MS) {
  const runAt = new Date(Date.now() + graceMs);
  for (let start = 0; start < keys.length; start += KEYS_PER_JOB) {
    await addJob(tx, REMOVE_STORED_FILES_TASK, { keys: keys.slice(start, start + KEYS_PER_JOB) }, { runAt, maxAttempts: 5 });
  }
}

/** Runs the removals: a key already gone is fine; a storage fault throws, so the queue tries again. */
@Injectable()
export class StoredFilesRemoval implements OnModuleInit {
  private readonly logger = new Logger(StoredFilesRemoval.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly storage: MediaStorage,
    private readonly prisma: PrismaService,
  ) {}

  onModuleInit(): void {
    this.queue.register(REMOVE_STORED_FILES_TASK, (payload) => this.remove((payload as { keys: string[] }).keys));
  }

  async remove(keys: readonly string[]): Promise<void> {
    // An original is stored by its content hash: the same file uploaded again meanwhile is using it.
    const [assets, renditions] = await Promise.all([
      this.prisma.mediaAsset.findMany({ where: { storageKey: { in: [...keys] } }, select: { storageKey: true } }),
      this.prisma.mediaRendition.findMany({ where: { storageKey: { in: [...keys] } }, select: { storageKey: true } }),
    ]);
    const inUse = new Set([...assets, ...renditions].map((row) => row.storageKey));
    const unused = keys.filter((key) => !inUse.has(key));
    for (const key of unused) await this.storage.delete(key);
    this.logger.log(`Removed ${unused.length} stored media file(s); ${keys.length - unused.length} in use again, kept`);
  }
}
