import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import { FACT_RECHECK_TASK, type FactRecheckPayload } from '../../../events/fact-changes.js';
import { addJob, JobQueue } from '../../../jobs/job-queue.js';
import { FactReviewRepository } from './fact-review.repository.js';
import { FactReviewService } from './fact-review.service.js';

/** Stories re-checked by one run; the rest go to a follow-up job, so one change to a famous athlete never holds a worker for long. */
export const RECHECK_BATCH = 50;

/**
 * The background re-check after a change of results, records, people or teams (queued by the
 * audited write, in its transaction): finds the published stories the change may touch and
 * re-checks their published prose, a batch per run.
 */
@Injectable()
export class FactRecheckTask implements OnModuleInit {
  private readonly logger = new Logger(FactRecheckTask.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly prisma: PrismaService,
    private readonly reviews: FactReviewRepository,
    private readonly service: FactReviewService,
  ) {}

  onModuleInit(): void {
    this.queue.register(FACT_RECHECK_TASK, async (payload, job) => {
      await this.run(payload as FactRecheckPayload, job.signal);
    });
  }

  /** Returns how many stories now need review. */
  async run(payload: FactRecheckPayload, signal?: AbortSignal): Promise<number> {
    const stories = await this.reviews.storiesTouchedBy(this.prisma, payload.keys, payload.after ?? null, RECHECK_BATCH + 1);
    let flagged = 0;
    for (const articleId of stories.slice(0, RECHECK_BATCH)) {
      if (signal?.aborted) throw new Error('Shutting down; the re-check runs again');
      if (await this.service.recheckPublished(articleId, payload.trigger)) flagged += 1;
    }
    if (stories.length > RECHECK_BATCH) {
      const after = stories[RECHECK_BATCH - 1];
      await this.prisma.$transaction((tx) => addJob(tx, FACT_RECHECK_TASK, { ...payload, after }));
    }
    if (flagged) this.logger.log(`${flagged} published stories need review after ${payload.trigger.action}`);
    return flagged;
  }
}
