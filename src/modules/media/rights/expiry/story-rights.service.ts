import { Injectable } from '@nestjs/common';
import { systemViewer } from '../../../../auth/viewer.js';
import { DomainError } from '../../../../common/errors/domain-error.js';
import { PrismaService } from '../../../../database/prisma.service.js';
import type { Prisma } from '../../../../generated/prisma/client.js';
import { ArticlesService } from '../../../articles/editing/articles.service.js';
import { PublishingService } from '../../../articles/workflow/publishing.service.js';
import { planStory, type StoryAction } from './expiry-plan.js';
import { blocksWithFallbacks } from './fallback-swap.js';
import { ExpiryActionReason, type MediaUse } from './media-use.js';
import { MediaUsesRepository } from './media-uses.repository.js';
import { reportUse } from './rights-notices.js';

type Tx = Prisma.TransactionClient;

/** The rights job acts as the system, like the scheduler: audit entries name it, and it may do what an editor may. */
export const RIGHTS_JOB = systemViewer('media-rights');

/** What one visit did: uses reported before their expiry, and stories dealt with by action. */
export interface StoryOutcome {
  warned: number;
  notified: number;
  unpublished: number;
  swapped: number;
}

const COUNTED_AS = { NOTIFY: 'notified', UNPUBLISH_STORY: 'unpublished', SWAP_FALLBACK: 'swapped' } as const;

// Republishing a story re-saves all its blocks: as long as a publish may take.
const TRANSACTION_OPTIONS = { timeout: 30_000 };

/** One story of the rights job, each visit one transaction with the story locked. */
@Injectable()
export class StoryRightsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly uses: MediaUsesRepository,
    private readonly articles: ArticlesService,
    private readonly publishing: PublishingService,
  ) {}

  /**
   * Reports the story's expiring photos and applies its expired photos' policy. A swap that
   * cannot be published (a gate refuses it, or someone saved meanwhile) rolls back, and the
   * story is taken down instead: the expired photo must not stay in front of readers.
   */
  async visit(articleId: string, now: Date, horizon: Date): Promise<StoryOutcome> {
    try {
      return await this.prisma.$transaction((tx) => this.act(tx, articleId, now, horizon, null), TRANSACTION_OPTIONS);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return this.prisma.$transaction(
        (tx) => this.act(tx, articleId, now, horizon, ExpiryActionReason.REPUBLISH_REFUSED),
        TRANSACTION_OPTIONS,
      );
    }
  }

  private async act(tx: Tx, articleId: string, now: Date, horizon: Date, refused: ExpiryActionReason | null): Promise<StoryOutcome> {
    const outcome: StoryOutcome = { warned: 0, notified: 0, unpublished: 0, swapped: 0 };
    const story = await this.uses.lockPublished(tx, articleId);
    if (!story) return outcome; // taken down meanwhile
    const plan = planStory(await this.uses.usesOf(tx, articleId, now, horizon));
    for (const use of plan.warn) await reportUse(tx, RIGHTS_JOB, use, { action: use.action, reason: use.actionReason });
    outcome.warned = plan.warn.length;
    let expired = plan.expired;
    if (expired?.action === 'SWAP_FALLBACK' && refused) expired = { action: 'UNPUBLISH_STORY', uses: expired.uses, reason: refused };
    if (!expired) return outcome;
    await this.apply(tx, articleId, story.version, expired);
    outcome[COUNTED_AS[expired.action]] = 1;
    return outcome;
  }

  private async apply(tx: Tx, articleId: string, version: number, expired: StoryAction): Promise<void> {
    const report = (use: MediaUse, reason: ExpiryActionReason | null, fallbackAssetId: string | null = null) =>
      reportUse(tx, RIGHTS_JOB, use, { action: expired.action, reason, fallbackAssetId });
    switch (expired.action) {
      case 'NOTIFY':
        for (const use of expired.uses) await report(use, null);
        return;
      case 'UNPUBLISH_STORY':
        await this.publishing.unpublishInTx(tx, RIGHTS_JOB, { id: articleId, expectedVersion: version });
        for (const use of expired.uses) await report(use, expired.reason);
        return;
      case 'SWAP_FALLBACK': {
        const blocks = blocksWithFallbacks(await this.uses.blocksOf(tx, articleId), expired.swaps);
        const saved = await this.articles.updateInTx(tx, RIGHTS_JOB, { id: articleId, expectedVersion: version, blocks });
        await this.publishing.publishInTx(tx, RIGHTS_JOB, { id: articleId, expectedVersion: saved.version }, {});
        for (const use of expired.uses) await report(use, null, expired.swaps.get(use.assetId) ?? null);
        return;
      }
    }
  }
}
