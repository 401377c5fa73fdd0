import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../../audit/audit-log.js';
import type { Viewer } from '../../../auth/viewer.js';
import { NotFoundError } from '../../../common/errors/domain-error.js';
import { AppConfig } from '../../../config/app-config.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { EventType } from '../../../events/event-types.js';
import { emitEvent } from '../../../events/outbox.js';
import type { ArticleFactReview, Prisma } from '../../../generated/prisma/client.js';
import { KeysetOrder } from '../../../graphql/pagination/keyset.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import type { PageArgs } from '../../../graphql/pagination/connection.js';
import { LINKABLE_TYPENAMES } from '../../references/linkables/linkable-kinds.js';
import { storedClaims } from '../fact-check.repository.js';
import { FactCheckService } from '../fact-check.service.js';
import { contradictedOf, type FactTrigger, type StoredClaim } from '../fact-check.types.js';
import { StorySourceRepository } from '../facts/story-source.repository.js';
import { FactReviewRepository } from './fact-review.repository.js';

export const NEWEST_REVIEWS = new KeysetOrder<ArticleFactReview>([
  { field: 'detectedAt', column: '"detectedAt"', type: 'timestamp', direction: 'desc' },
  { field: 'articleId', column: '"articleId"', type: 'uuid', direction: 'asc' },
]);

/** What tells two findings apart: the same wrong words against the same data are one finding, announced once. */
const findingKey = (claims: readonly StoredClaim[]) =>
  JSON.stringify(claims.map((c) => [c.blockIndex, c.start, c.end, c.kind, c.entityId, c.unitId, c.dataValue]));

/** A claim as a webhook consumer reads it: global ids, no internals. */
export function publicClaim(claim: StoredClaim): Prisma.InputJsonObject {
  return {
    blockIndex: claim.blockIndex,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    kind: claim.kind,
    entityId: claim.entityId && claim.entityType ? toGlobalId(LINKABLE_TYPENAMES[claim.entityType], claim.entityId) : null,
    unitId: claim.unitId ? toGlobalId('Unit', claim.unitId) : null,
    value: claim.dataValue,
    correction: claim.correction,
  };
}

/**
 * The published stories a change of the data made wrong: each is re-read from its published
 * snapshot; a contradiction puts it on the desk's review list and announces
 * `article.facts_changed`; a clean re-check takes it off. The published text is never touched.
 */
@Injectable()
export class FactReviewService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly facts: FactCheckService,
    private readonly sources: StorySourceRepository,
    private readonly reviews: FactReviewRepository,
    private readonly config: AppConfig,
  ) {}

  /** Re-checks the published snapshot of one story; returns whether it now needs review. */
  async recheckPublished(articleId: string, trigger: FactTrigger): Promise<boolean> {
    const source = await this.sources.published(this.prisma, articleId);
    const check = source ? await this.facts.check(this.prisma, source) : null;
    const contradicted = check ? contradictedOf(check.claims) : [];
    return this.prisma.$transaction(async (tx) => {
      const published = await this.reviews.lockPublished(tx, articleId);
      // Republished or taken down meanwhile: the publish re-checked it, or nobody reads it.
      if (!published || !source || published.version !== source.version) return false;
      if (!contradicted.length) {
        await this.reviews.remove(tx, articleId);
        return false;
      }
      const existing = await this.reviews.find(tx, articleId);
      if (existing?.articleVersion === published.version && findingKey(storedClaims(existing.claims)) === findingKey(contradicted))
        return true;
      await this.reviews.upsert(tx, articleId, published.version, contradicted, trigger);
      await emitEvent(tx, {
        type: EventType.ARTICLE_FACTS_CHANGED,
        objectType: 'Article',
        objectId: articleId,
        payload: {
          article: { id: toGlobalId('Article', articleId), slug: published.slug, version: published.version },
          claims: contradicted.map(publicClaim),
          trigger: { ...trigger, id: trigger.id ? toGlobalId(trigger.type, trigger.id) : null },
        },
      });
      return true;
    });
  }

  async page(args: PageArgs) {
    const page = NEWEST_REVIEWS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    if (page.request.size === 0) return page.connection([]);
    return page.connection(await this.reviews.page(this.prisma, page));
  }

  /** An editor takes a story off the list with a note (it was fixed another way, or the data is wrong), audited. */
  dismiss(viewer: Viewer, articleId: string, note: string) {
    return this.prisma.$transaction(async (tx) => {
      const review = await this.reviews.find(tx, articleId);
      if (!review) throw new NotFoundError('ArticleFactReview', { articleId: toGlobalId('Article', articleId) });
      await this.reviews.remove(tx, articleId);
      await recordAudit(tx, viewer, {
        action: 'article.factReviewDismissed',
        objectType: 'Article',
        objectId: articleId,
        summary: { note, articleVersion: review.articleVersion, claims: storedClaims(review.claims).map(publicClaim) },
        changesPublicData: false,
      });
      return tx.article.findUniqueOrThrow({ where: { id: articleId } });
    });
  }
}
