import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import type { Article as ArticleRow, ArticleFactReview } from '../../../generated/prisma/client.js';
import { ConnectionType } from '../../../graphql/pagination/connection.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import { Article } from '../../articles/models/article.model.js';
import { storedClaims } from '../fact-check.repository.js';
import type { FactTrigger } from '../fact-check.types.js';
import { ArticlesNeedingReviewArgs, DismissFactReviewInput } from '../dto/fact-review.inputs.js';
import { FactClaim } from '../models/fact-check.model.js';
import { FactReview, FactReviewTrigger } from '../models/fact-review.model.js';
import { FactReviewService } from './fact-review.service.js';

const FactReviewConnection = ConnectionType(FactReview, 'FactReview');

type ReviewRow = ArticleFactReview & { article: ArticleRow };

/** The desk's list of published stories a change of the data made wrong. */
@Resolver(() => FactReview)
export class FactReviewResolver {
  constructor(private readonly service: FactReviewService) {}

  @Roles('WRITER', 'EDITOR')
  @Query(() => FactReviewConnection, {
    description:
      'Published stories whose prose a later change of the data contradicts (a corrected result, a record, a birth date), newest finding first, with the claims and what changed (staff). Republishing the corrected story, or dismissing it, takes it off.',
  })
  articlesNeedingReview(@Args() args: ArticlesNeedingReviewArgs) {
    return this.service.page(args);
  }

  @Roles('EDITOR')
  @Mutation(() => Article, {
    description:
      'Takes a story off the review list with a note, kept in the audit log (editors); the published text is unchanged. NOT_FOUND when it is not on the list.',
  })
  dismissFactReview(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The story and why it needs no correction.' }) input: DismissFactReviewInput,
  ) {
    return this.service.dismiss(viewer, input.articleId, input.note);
  }

  @ResolveField(() => Article, { description: "The story's working copy." })
  article(@Parent() review: ReviewRow) {
    return review.article;
  }

  @ResolveField(() => [FactClaim], {
    description: 'The contradicted claims of the published text, with the value in the data and the correct wording.',
  })
  claims(@Parent() review: ReviewRow) {
    return storedClaims(review.claims);
  }

  @ResolveField(() => FactReviewTrigger, { description: 'What changed.' })
  trigger(@Parent() review: ReviewRow): FactReviewTrigger {
    const trigger = (review.trigger ?? {}) as Partial<FactTrigger>;
    const type = trigger.type ?? 'Unknown';
    return { type, id: trigger.id ? toGlobalId(type, trigger.id) : null, action: trigger.action ?? '' };
  }
}
