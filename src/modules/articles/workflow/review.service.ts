import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Viewer } from '../../../auth/viewer.js';
import { removeJob } from '../../../jobs/job-queue.js';
import { applyStep, lockForStep, publishJobKey, type StepInput } from './workflow-step.js';
import type { SendBackArticleInput } from './workflow.inputs.js';

/** The review loop: a writer submits, an editor sends back with a note. */
@Injectable()
export class ReviewService {
  constructor(private readonly prisma: PrismaService) {}

  submit(viewer: Viewer, input: StepInput) {
    return this.prisma.$transaction(async (tx) => applyStep(tx, viewer, 'submit', await lockForStep(tx, viewer, 'submit', input)));
  }

  /** Back to DRAFT with the reviewer's note; a scheduled publish is cancelled. */
  sendBack(viewer: Viewer, { note, ...input }: SendBackArticleInput) {
    return this.prisma.$transaction(async (tx) => {
      const story = await lockForStep(tx, viewer, 'sendBack', input);
      if (story.status === 'SCHEDULED') await removeJob(tx, publishJobKey(story.id));
      return applyStep(tx, viewer, 'sendBack', story, { reviewNote: note, scheduledAt: null }, { note });
    });
  }
}
