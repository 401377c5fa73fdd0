import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client.js';
import { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { MediaLoaders } from '../../media/media.loaders.js';
import { brokenReferences } from '../../references/reference-targets.js';
import type { ImageBlockData } from '../blocks/block-data.js';
import { type PublishBlockReason, publishGates } from './publish-gates.js';

type Tx = Prisma.TransactionClient;

/** Gathers what the publish gates look at, for one story's working copy, and runs them. */
@Injectable()
export class PublishChecksService {
  constructor(private readonly media: MediaLoaders) {}

  /** In `tx` (a publish re-checks inside its own transaction); `loaders` lets a request share its media loaders. */
  async check(tx: Tx, articleId: string, loaders: LoaderRegistry = new LoaderRegistry()): Promise<PublishBlockReason[]> {
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { headline: true, slug: true, bodyText: true },
    });
    const [blocks, references] = await Promise.all([
      tx.articleBlock.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { position: true, type: true, data: true } }),
      tx.articleReference.findMany({ where: { articleId }, select: { targetType: true, targetId: true, blockPosition: true } }),
    ]);
    const assetIds = [...new Set(blocks.filter((b) => b.type === 'IMAGE').map((b) => (b.data as unknown as ImageBlockData).assetId))];
    const assets = new Map<string, { credit: string | null; altText: string | null }>();
    const found = await this.media.assetById(loaders).loadMany(assetIds);
    await Promise.all(
      found.map(async (asset) => {
        if (!asset || asset instanceof Error) return;
        assets.set(asset.id, { credit: await this.media.credit(loaders, asset), altText: asset.altText });
      }),
    );
    return publishGates({ ...article, blocks, assets, brokenReferences: await brokenReferences(tx, references) });
  }
}
