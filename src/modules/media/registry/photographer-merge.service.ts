import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, VersionConflictError } from '../../../common/errors/domain-error.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { MediaAsset, Photographer, Prisma } from '../../../generated/prisma/client.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { queueRenditionsOf } from '../rendition-requests.js';
import type { Viewer } from '../../../auth/viewer.js';
import { entityKey } from '../../../read-model/dependency-keys.js';
import type { MergePhotographersInput } from './dto/bulk.inputs.js';
import { LISTED_ASSETS_MAX } from './models/bulk-results.model.js';
import { assetKeysOrFallback } from './public-keys.js';
import { cleanAliases } from './registry-checks.js';

type Tx = Prisma.TransactionClient;

export interface MergeOutcome {
  photographer: Photographer;
  mergedId: string;
  assetsMoved: number;
  duplicatesDropped: number;
  assets: MediaAsset[];
}

/** Two records of one photographer become one, with every credit kept in its place. */
@Injectable()
export class PhotographerMergeService {
  constructor(private readonly prisma: PrismaService) {}

  async merge(input: MergePhotographersInput, viewer: Viewer): Promise<MergeOutcome> {
    const { keepId, mergeId, expectedVersions } = input;
    if (keepId === mergeId) {
      throw new BadInputError('A photographer cannot be merged into itself', [
        { path: 'input.mergeId', message: 'must differ from keepId' },
      ]);
    }
    return this.prisma.$transaction(async (tx) => {
      const { keep, merged } = await lockBoth(tx, input);
      // Where both are credited, the kept one takes the earlier of the two positions.
      const duplicates = await tx.$queryRaw<{ assetId: string }[]>`
        UPDATE "MediaCreator" k SET position = LEAST(k.position, m.position)
        FROM "MediaCreator" m
        WHERE k."photographerId" = ${keepId}::uuid AND m."photographerId" = ${mergeId}::uuid AND m."assetId" = k."assetId"
        RETURNING k."assetId"`;
      await tx.mediaCreator.deleteMany({ where: { photographerId: mergeId, assetId: { in: duplicates.map((d) => d.assetId) } } });
      const moved = await tx.$queryRaw<{ assetId: string }[]>`
        UPDATE "MediaCreator" SET "photographerId" = ${keepId}::uuid WHERE "photographerId" = ${mergeId}::uuid RETURNING "assetId"`;
      const assetIds = [...duplicates, ...moved].map((row) => row.assetId);
      if (duplicates.length)
        await renumber(
          tx,
          duplicates.map((d) => d.assetId),
        );
      if (assetIds.length) {
        await tx.$executeRaw`UPDATE "MediaAsset" SET version = version + 1, "updatedAt" = now() WHERE id = ANY(${assetIds}::uuid[])`;
      }
      const aliases = cleanAliases([...keep.aliases, merged.name, ...merged.aliases], keep.name);
      await tx.photographer.update({ where: { id: keepId }, data: { aliases, version: { increment: 1 } } });
      await tx.photographer.delete({ where: { id: mergeId } });
      if (assetIds.length) await queueRenditionsOf(tx, { ids: assetIds });
      await recordAudit(tx, viewer, {
        action: 'photographer.merge',
        objectType: 'Photographer',
        objectId: keepId,
        alsoChanges: [entityKey('Photographer', mergeId), ...assetKeysOrFallback(assetIds, { type: 'Photographer', id: mergeId })],
        summary: {
          mergedId: mergeId,
          mergedName: merged.name,
          fromVersion: expectedVersions.keep,
          toVersion: expectedVersions.keep + 1,
          assetsMoved: assetIds.length,
          duplicatesDropped: duplicates.length,
          assetIds: assetIds.slice(0, LISTED_ASSETS_MAX),
        },
      });
      return {
        photographer: await tx.photographer.findUniqueOrThrow({ where: { id: keepId } }),
        mergedId: mergeId,
        assetsMoved: assetIds.length,
        duplicatesDropped: duplicates.length,
        assets: assetIds.length
          ? await tx.$queryRaw<MediaAsset[]>`
              SELECT * FROM "MediaAsset" WHERE id = ANY(${assetIds}::uuid[]) ORDER BY "createdAt" DESC, id DESC LIMIT ${LISTED_ASSETS_MAX}`
          : [],
      };
    });
  }
}

/** Both rows locked in id order (two crossed merges cannot deadlock), each at the version the admin saw. */
async function lockBoth(tx: Tx, { keepId, mergeId, expectedVersions }: MergePhotographersInput) {
  const rows = await tx.$queryRaw<Photographer[]>`
    SELECT * FROM "Photographer" WHERE id IN (${keepId}::uuid, ${mergeId}::uuid) ORDER BY id FOR UPDATE`;
  const keep = rows.find((r) => r.id === keepId);
  const merged = rows.find((r) => r.id === mergeId);
  if (!keep) throw new NotFoundError('Photographer', { id: keepId });
  if (!merged) throw new NotFoundError('Photographer', { id: mergeId });
  if (keep.version !== expectedVersions.keep) throw new VersionConflictError('Photographer', keepId, expectedVersions.keep, keep.version);
  if (merged.version !== expectedVersions.merge) {
    throw new VersionConflictError('Photographer', mergeId, expectedVersions.merge, merged.version);
  }
  return { keep, merged };
}

/** Positions 0, 1, 2… again in credited order, after a dropped duplicate left a gap. */
async function renumber(tx: Tx, assetIds: readonly string[]) {
  await tx.$executeRaw`
    UPDATE "MediaCreator" mc SET position = ordered.rank
    FROM (
      SELECT "assetId", "photographerId", (row_number() OVER (PARTITION BY "assetId" ORDER BY position) - 1)::int AS rank
      FROM "MediaCreator" WHERE "assetId" = ANY(${assetIds}::uuid[])
    ) ordered
    WHERE mc."assetId" = ordered."assetId" AND mc."photographerId" = ordered."photographerId" AND mc.position <> ordered.rank`;
}
