import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import type { MediaRendition, Prisma } from '../../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

/** What a renditions job reads of its asset: the file, the focal point, and what the credit is made of. */
export const ASSET_TO_RENDER = {
  id: true,
  contentHash: true,
  storageKey: true,
  focalX: true,
  focalY: true,
  creditLine: true,
  copyrightNotice: true,
  supplierId: true,
  creatorNames: true,
  webStatement: true,
  licensorUrl: true,
} satisfies Prisma.MediaAssetSelect;

export type AssetToRender = Prisma.MediaAssetGetPayload<{ select: typeof ASSET_TO_RENDER }>;

/** What the renditions were made of: when any of it changed meanwhile, they are no longer the asset's. */
export type RenderedState = Pick<AssetToRender, 'id' | 'storageKey' | 'focalX' | 'focalY'>;

export type NewRendition = Omit<MediaRendition, 'id' | 'assetId'>;

@Injectable()
export class RenditionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAssetToRender(id: string): Promise<AssetToRender | null> {
    return this.prisma.mediaAsset.findUnique({ where: { id }, select: ASSET_TO_RENDER });
  }

  /** The renditions of each asset, in one statement. */
  findRenditions(assetIds: readonly string[]): Promise<MediaRendition[]> {
    return this.prisma.mediaRendition.findMany({ where: { assetId: { in: [...assetIds] } } });
  }

  /**
   * Locks the asset's row for the rest of the transaction and says whether it is still as it
   * was rendered: a job must not overwrite renditions made for a newer focal point or file.
   */
  async lockIfUnchanged(tx: Tx, rendered: RenderedState): Promise<boolean> {
    const rows = await tx.$queryRaw<{ storageKey: string | null; focalX: number | null; focalY: number | null }[]>`
      SELECT "storageKey", "focalX", "focalY" FROM "MediaAsset" WHERE id = ${rendered.id}::uuid FOR UPDATE`;
    const now = rows.at(0);
    return !!now && now.storageKey === rendered.storageKey && now.focalX === rendered.focalX && now.focalY === rendered.focalY;
  }

  /** Replaces the asset's renditions and marks them READY; returns the storage keys of the ones replaced. */
  async replaceRenditions(tx: Tx, assetId: string, renditions: NewRendition[]): Promise<string[]> {
    const old = await tx.mediaRendition.findMany({ where: { assetId }, select: { storageKey: true } });
    await tx.mediaRendition.deleteMany({ where: { assetId } });
    await tx.mediaRendition.createMany({ data: renditions.map((r) => ({ ...r, assetId })) });
    await tx.mediaAsset.update({ where: { id: assetId }, data: { renditionsStatus: 'READY', renditionsError: null } });
    return old.map((r) => r.storageKey);
  }

  /** Marks the renditions FAILED with the reason; the renditions there were stay listed. */
  async markFailed(tx: Tx, assetId: string, reason: string): Promise<void> {
    await tx.mediaAsset.update({ where: { id: assetId }, data: { renditionsStatus: 'FAILED', renditionsError: reason } });
  }
}
