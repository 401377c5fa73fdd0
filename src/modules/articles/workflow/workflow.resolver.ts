import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import { ArticleVersionInput } from '../dto/article.inputs.js';
import { Article } from '../models/article.model.js';
import { PublishingService } from './publishing.service.js';
import { ReviewService } from './review.service.js';
import { SchedulingService } from './scheduling.service.js';
import { PublishOptionsInput, ScheduleArticleInput, SendBackArticleInput } from './workflow.inputs.js';

const VERSION = { description: 'The story and the version you saw.' };
const REFUSALS =
  'FORBIDDEN for a role that may not, BAD_USER_INPUT naming the allowed steps when the status does not allow it, VERSION_CONFLICT when someone saved first';

/** The workflow steps of a story; each takes the version it was based on and changes nothing when refused. */
@Resolver(() => Article)
export class WorkflowResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly scheduling: SchedulingService,
    private readonly publishing: PublishingService,
  ) {}

  @Roles('WRITER', 'EDITOR')
  @Mutation(() => Article, { description: `DRAFT → IN_REVIEW: a writer submits their own story, an editor any. ${REFUSALS}.` })
  submitArticle(@CurrentViewer() viewer: Viewer, @Args('input', VERSION) input: ArticleVersionInput) {
    return this.review.submit(viewer, input);
  }

  @Roles('EDITOR')
  @Mutation(() => Article, { description: `IN_REVIEW or SCHEDULED → DRAFT with a note for the writer (editors). ${REFUSALS}.` })
  sendBackArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The story, its version and the note.' }) input: SendBackArticleInput,
  ) {
    return this.review.sendBack(viewer, input);
  }

  @Roles('EDITOR')
  @Mutation(() => Article, {
    description: `→ SCHEDULED: published by the job queue at \`at\` (editors). BAD_USER_INPUT for a time in the past, PUBLISH_BLOCKED when a gate fails; ${REFUSALS}.`,
  })
  scheduleArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The story, its version and the time.' }) input: ScheduleArticleInput,
  ) {
    return this.scheduling.schedule(viewer, input);
  }

  @Roles('EDITOR')
  @Mutation(() => Article, { description: `SCHEDULED → IN_REVIEW; the pending publish is cancelled (editors). ${REFUSALS}.` })
  unscheduleArticle(@CurrentViewer() viewer: Viewer, @Args('input', VERSION) input: ArticleVersionInput) {
    return this.scheduling.unschedule(viewer, input);
  }

  @Roles('EDITOR')
  @Mutation(() => Article, {
    description: `Publishes the working copy now (editors): readers see it as it is at this version. publishedAt keeps the first publication time. PUBLISH_BLOCKED listing every failed gate, FACT_CONTRADICTED for each claim the data contradicts (an editor may pass \`options.factCheckOverride\`); ${REFUSALS}.`,
  })
  publishArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input', VERSION) input: ArticleVersionInput,
    @Args('options', {
      nullable: true,
      description: 'A public correction note, the original publication time of an archive story, or an override of the fact check.',
    })
    options?: PublishOptionsInput,
  ) {
    return this.publishing.publish(viewer, input, options ?? {});
  }

  @Roles('EDITOR')
  @Mutation(() => Article, { description: `PUBLISHED → UNPUBLISHED: readers see nothing of it any more (editors). ${REFUSALS}.` })
  unpublishArticle(@CurrentViewer() viewer: Viewer, @Args('input', VERSION) input: ArticleVersionInput) {
    return this.publishing.unpublish(viewer, input);
  }

  @Roles('EDITOR')
  @Mutation(() => Article, { description: `→ ARCHIVED from any status; taken down if it was published (editors). ${REFUSALS}.` })
  archiveArticle(@CurrentViewer() viewer: Viewer, @Args('input', VERSION) input: ArticleVersionInput) {
    return this.publishing.archive(viewer, input);
  }
}
