import { addJob } from '../../../jobs/job-queue.js';
import type { Prisma } from '../../../generated/prisma/client.js';

export const RENDITIONS_TASK = 'media.renditions';

/**
 * Queues the renditions of an asset in the caller's transaction. The job key makes a second
 * request (a focal point moved again) replace a pending one rather than render twice.
 */
export async function queueRenditions(tx: Prisma.TransactionClient, assetId: string): Promise<void> {
  await addJob(tx, RENDITIONS_TASK, { assetId }, { jobKey: `${RENDITIONS_TASK}:${assetId}`, maxAttempts: 5 });
}
