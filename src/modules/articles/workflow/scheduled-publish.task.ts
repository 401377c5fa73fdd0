import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { systemViewer } from '../../../auth/viewer.js';
import { JobQueue } from '../../../jobs/job-queue.js';
import { PublishingService } from './publishing.service.js';
import { PUBLISH_TASK } from './workflow-step.js';

interface Payload {
  articleId: string;
  at: string;
}

const SCHEDULER = systemViewer('scheduler');

/**
 * Publishes a scheduled story when its job fires. The queue runs a job once across
 * processes; the story's row lock and its status make a second run (a retry) a no-op. The
 * status, the due time and the gates are checked again now: a story sent back, unscheduled
 * or rescheduled meanwhile is left alone, and one that can no longer go out returns to
 * IN_REVIEW with the reason in publishFailure and an audit entry, for the editors to see.
 * It publishes the working copy at its current version, edits made since scheduling included.
 */
@Injectable()
export class ScheduledPublishTask implements OnModuleInit {
  private readonly logger = new Logger(ScheduledPublishTask.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly prisma: PrismaService,
    private readonly publishing: PublishingService,
  ) {}

  onModuleInit(): void {
    this.queue.register(PUBLISH_TASK, (payload) => this.run(payload as Payload));
  }

  async run({ articleId, at }: Payload): Promise<void> {
    const story = await this.prisma.article.findUnique({
      where: { id: articleId },
      select: { status: true, version: true, scheduledAt: true },
    });
    if (!story || story.status !== 'SCHEDULED' || story.scheduledAt?.toISOString() !== at) return;
    try {
      await this.prisma.$transaction(
        (tx) => this.publishing.publishInTx(tx, SCHEDULER, { id: articleId, expectedVersion: story.version }, {}),
        {
          timeout: 30_000,
        },
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error; // the queue retries faults of the server
      if (error.code === 'VERSION_CONFLICT') return this.run({ articleId, at }); // saved meanwhile: publish the new version
      await this.recordFailure(articleId, error);
    }
  }

  private async recordFailure(articleId: string, error: DomainError): Promise<void> {
    this.logger.warn(`Scheduled publish of ${articleId} failed: ${error.message}`);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.article.updateMany({
        where: { id: articleId, status: 'SCHEDULED' },
        data: { status: 'IN_REVIEW', publishFailure: error.message, version: { increment: 1 } },
      });
      if (!count) return;
      await recordAudit(tx, SCHEDULER, {
        action: 'article.scheduledPublishFailed',
        objectType: 'Article',
        objectId: articleId,
        summary: { code: error.code, message: error.message },
        changesPublicData: false,
      });
    });
  }
}
