import { addJob } from '../../jobs/job-queue.js';
import { Prisma } from '../../generated/prisma/client.js';

export const RENDITIONS_TASK = 'media.renditions';

/**
 * Queues the renditions of an asset in the caller's transaction. The job key makes a second
 * request (a focal point moved again) replace a pending one rather than render twice.
 */
export async function queueRenditions(tx: Prisma.TransactionClient, assetId: string): Promise<void> {
  await addJob(tx, RENDITIONS_TASK, { assetId }, { jobKey: `${RENDITIONS_TASK}:${assetId}`, maxAttempts: 5 });
}

/** Which uploaded assets a change of credit reaches. */
export type CreditedAssets = { ids: readonly string[] } | { supplierId: string } | { photographerId: string };

/**
 * Queues, in one statement, the renditions of every uploaded asset a credit change reaches:
 * each rendition carries the credit and copyright in its own metadata, which must follow.
 * Assets registered by URL have no files of ours and are skipped.
 */
export async function queueRenditionsOf(tx: Prisma.TransactionClient, assets: CreditedAssets): Promise<number> {
  const which =
    'ids' in assets
      ? Prisma.sql`a.id = ANY(${[...assets.ids]}::uuid[])`
      : 'supplierId' in assets
        ? Prisma.sql`a."supplierId" = ${assets.supplierId}::uuid`
        : Prisma.sql`a.id IN (SELECT "assetId" FROM "MediaCreator" WHERE "photographerId" = ${assets.photographerId}::uuid)`;
  const [{ queued }] = await tx.$queryRaw<{ queued: number }[]>`
    SELECT count(graphile_worker.add_job(
      identifier => ${RENDITIONS_TASK}::text,
      payload => json_build_object('assetId', a.id),
      max_attempts => 5,
      job_key => ${`${RENDITIONS_TASK}:`}::text || a.id::text
    ))::int AS queued
    FROM "MediaAsset" a WHERE a."storageKey" IS NOT NULL AND ${which}`;
  return queued;
}
