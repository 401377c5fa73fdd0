import { Module } from '@nestjs/common';
import { JobsModule } from '../../jobs/jobs.module.js';
import { LinkablesModule } from '../references/linkables/linkables.module.js';
import { FactCheckRepository } from './fact-check.repository.js';
import { ArticleFactCheckResolver, FactClaimResolver } from './fact-check.resolver.js';
import { FactCheckService } from './fact-check.service.js';
import { FactSheetRepository } from './facts/fact-sheet.repository.js';
import { StorySourceRepository } from './facts/story-source.repository.js';
import { FactRecheckTask } from './review/fact-recheck.task.js';
import { FactReviewRepository } from './review/fact-review.repository.js';
import { FactReviewResolver } from './review/fact-review.resolver.js';
import { FactReviewService } from './review/fact-review.service.js';

/**
 * Editorial truth: a story's prose read against the data it links. Stories call it on save and
 * in the publish gates (ArticlesModule imports it, never the reverse); it re-checks published
 * stories in the background when the data changes, and keeps the desk's review list.
 */
@Module({
  imports: [JobsModule, LinkablesModule],
  providers: [
    StorySourceRepository,
    FactSheetRepository,
    FactCheckRepository,
    FactCheckService,
    ArticleFactCheckResolver,
    FactClaimResolver,
    FactReviewRepository,
    FactReviewService,
    FactRecheckTask,
    FactReviewResolver,
  ],
  exports: [FactCheckService, FactReviewService],
})
export class FactCheckModule {}
