import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../../../config/app-config.js';
import { JobQueue } from '../../../../jobs/job-queue.js';
import { daysAfter } from '../rights-status.js';
import { MediaUsesRepository } from './media-uses.repository.js';
import { StoryRightsService, type StoryOutcome } from './story-rights.service.js';

export const RIGHTS_EXPIRY_TASK = 'media.rightsExpiry';
/** Daily, at 03:17 UTC: a quiet hour for most newsrooms, away from the top of the hour other jobs use. */
export const RIGHTS_EXPIRY_SCHEDULE = '17 3 * * *';
const STORIES_PER_BATCH = 100;

export interface RightsExpiryReport extends StoryOutcome {
  /** Stories whose visit failed; the job is retried, and only what is still due is done again. */
  failed: number;
}

/**
 * The daily rights job: for every published story placing a photo whose rights expire within
 * MEDIA_RIGHTS_WARNING_DAYS, or have expired, it reports what is new (media.rightsExpiring,
 * media.rightsExpired) and applies the supplier's expiry policy to the expired ones. The
 * queue runs it once across processes; a second run finds nothing new to do.
 */
@Injectable()
export class RightsExpiryJob implements OnModuleInit {
  private readonly logger = new Logger(RightsExpiryJob.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
    private readonly uses: MediaUsesRepository,
    private readonly stories: StoryRightsService,
  ) {}

  onModuleInit(): void {
    this.queue.repeat(RIGHTS_EXPIRY_TASK, RIGHTS_EXPIRY_SCHEDULE, async () => {
      const report = await this.run();
      // Throwing makes the queue retry the run; the stories already done are not due any more.
      if (report.failed) throw new Error(`The rights job failed for ${report.failed} stories; see the log`);
    });
  }

  /** One run at `now`; each story is one transaction, so a failure leaves the others done. */
  async run(now: Date = new Date()): Promise<RightsExpiryReport> {
    const horizon = daysAfter(now, this.config.mediaRights.warningDays);
    const report: RightsExpiryReport = { warned: 0, notified: 0, unpublished: 0, swapped: 0, failed: 0 };
    let after: string | null = null;
    for (;;) {
      const batch = await this.uses.storiesToVisit(now, horizon, after, STORIES_PER_BATCH);
      for (const articleId of batch) {
        try {
          const done = await this.stories.visit(articleId, now, horizon);
          for (const key of ['warned', 'notified', 'unpublished', 'swapped'] as const) report[key] += done[key];
        } catch (error) {
          report.failed += 1;
          this.logger.error(`Rights job: story ${articleId} failed: ${(error as Error).message}`);
        }
      }
      if (batch.length < STORIES_PER_BATCH) break;
      after = batch[batch.length - 1];
    }
    this.logger.log(`Rights job: ${JSON.stringify(report)}`);
    return report;
  }
}
