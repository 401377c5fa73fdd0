import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client.js';
import { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { MediaLoaders } from '../../media/media.loaders.js';
import { FactCheckService } from '../../fact-check/fact-check.service.js';
import type { StoryFactCheck } from '../../fact-check/fact-check.types.js';
import { brokenReferences } from '../../references/reference-targets.js';
import type { ImageBlockData } from '../blocks/block-data.js';
import { type GateAsset, type PublishBlockReason, publishGates } from './publish-gates.js';

type Tx = Prisma.TransactionClient;

/** The gates' verdict, with the fact check they made (a publish keeps it). */
export interface PublishEvaluation {
  reasons: PublishBlockReason[];
  facts: StoryFactCheck | null;
}

/** Gathers what the publish gates look at, for one story's working copy, and runs them. */
@Injectable()
export class PublishChecksService {
  constructor(
    private readonly media: MediaLoaders,
    private readonly facts: FactCheckService,
  ) {}

  /**
   * In `tx` (a publish re-checks inside its own transaction); `loaders` lets a request share its
   * media loaders; `at` is when the story would go out (a schedule checks the rights windows at
   * its time).
   */
  async check(
    tx: Tx,
    articleId: string,
    loaders: LoaderRegistry = new LoaderRegistry(),
    at: Date = new Date(),
  ): Promise<PublishBlockReason[]> {
    return (await this.evaluate(tx, articleId, loaders, at)).reasons;
  }

  /** The gates and the fact check of the working copy they ran; the prose is read in `tx`, as it is now. */
  async evaluate(
    tx: Tx,
    articleId: string,
    loaders: LoaderRegistry = new LoaderRegistry(),
    at: Date = new Date(),
  ): Promise<PublishEvaluation> {
    const article = await tx.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { headline: true, slug: true, bodyText: true },
    });
    const [blocks, references] = await Promise.all([
      tx.articleBlock.findMany({ where: { articleId }, orderBy: { position: 'asc' }, select: { position: true, type: true, data: true } }),
      tx.articleReference.findMany({ where: { articleId }, select: { targetType: true, targetId: true, blockPosition: true } }),
    ]);
    const assetIds = [...new Set(blocks.filter((b) => b.type === 'IMAGE').map((b) => (b.data as unknown as ImageBlockData).assetId))];
    const assets = new Map<string, GateAsset>();
    const found = await this.media.assetById(loaders).loadMany(assetIds);
    await Promise.all(
      found.map(async (asset) => {
        if (!asset || asset instanceof Error) return;
        const { altText, embargoUntil, expiresAt } = asset;
        assets.set(asset.id, { credit: await this.media.credit(loaders, asset), altText, embargoUntil, expiresAt });
      }),
    );
    const facts = await this.facts.checkWorkingCopy(tx, articleId);
    const contradictions = (facts?.claims ?? []).filter((claim) => claim.verdict === 'CONTRADICTED');
    const reasons = publishGates({
      ...article,
      blocks,
      assets,
      now: at,
      brokenReferences: await brokenReferences(tx, references),
      contradictions,
    });
    return { reasons, facts };
  }

  /** The gates as they will stand at `at`: a photo whose embargo ends by then passes, one expiring by then does not. */
  checkAt(tx: Tx, articleId: string, at: Date): Promise<PublishBlockReason[]> {
    return this.check(tx, articleId, new LoaderRegistry(), at);
  }
}
