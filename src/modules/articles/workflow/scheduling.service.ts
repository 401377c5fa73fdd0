import { Injectable } from '@nestjs/common';
import { BadInputError } from '../../../common/errors/domain-error.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Viewer } from '../../../auth/viewer.js';
import { addJob, removeJob } from '../../../jobs/job-queue.js';
import { PublishBlockedError } from './publish-blocked.error.js';
import { PublishChecksService } from './publish-checks.service.js';
import { applyStep, lockForStep, PUBLISH_TASK, publishJobKey, type StepInput } from './workflow-step.js';
import type { ScheduleArticleInput } from './workflow.inputs.js';

/** Publishing at a time: a job in the durable queue, added and removed with the status change. */
@Injectable()
export class SchedulingService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly checks: PublishChecksService,
  ) {}

  /**
   * The gates run now too, judging photo rights at the scheduled time, so a story that could not
   * go out then is refused before its time (and one waiting for an embargo to end is not).
   */
  schedule(viewer: Viewer, { at, ...input }: ScheduleArticleInput) {
    if (at.getTime() <= Date.now()) {
      throw new BadInputError('The publication time is in the past', [{ path: 'input.at', message: 'give a time in the future' }]);
    }
    return this.prisma.$transaction(async (tx) => {
      const story = await lockForStep(tx, viewer, 'schedule', input);
      const reasons = await this.checks.checkAt(tx, story.id, at);
      if (reasons.length) throw new PublishBlockedError(reasons);
      const article = await applyStep(tx, viewer, 'schedule', story, { scheduledAt: at, publishFailure: null }, { at: at.toISOString() });
      await addJob(tx, PUBLISH_TASK, { articleId: story.id, at: at.toISOString() }, { runAt: at, jobKey: publishJobKey(story.id) });
      return article;
    });
  }

  /** Back to IN_REVIEW; the pending job is removed in the same transaction. */
  unschedule(viewer: Viewer, input: StepInput) {
    return this.prisma.$transaction(async (tx) => {
      const story = await lockForStep(tx, viewer, 'unschedule', input);
      await removeJob(tx, publishJobKey(story.id));
      return applyStep(tx, viewer, 'unschedule', story, { scheduledAt: null });
    });
  }
}
