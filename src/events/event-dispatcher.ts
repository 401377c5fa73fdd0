import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import { JobQueue } from '../jobs/job-queue.js';
import { EventConsumers } from './event-consumers.js';
import { DISPATCH_EVENT_TASK } from './event-types.js';
import { OutboxRepository } from './outbox.repository.js';

interface DispatchPayload {
  eventId: string;
}

/**
 * The `dispatch-event` task: runs every consumer of an outbox event and marks it dispatched,
 * all in one transaction. A retried job finds the event dispatched and does nothing, so
 * consumers see each event once.
 */
@Injectable()
export class EventDispatcher implements OnModuleInit {
  private readonly logger = new Logger(EventDispatcher.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly consumers: EventConsumers,
    private readonly repository: OutboxRepository,
    private readonly prisma: PrismaService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(DISPATCH_EVENT_TASK, (payload) => this.dispatch((payload as DispatchPayload).eventId));
  }

  async dispatch(eventId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const event = await this.repository.lockForDispatch(tx, eventId);
      if (!event) {
        this.logger.warn(`Outbox event ${eventId} is gone; nothing to dispatch`);
        return;
      }
      if (event.dispatchedAt) return;
      for (const consumer of this.consumers.all().values()) await consumer(tx, event);
      await this.repository.markDispatched(tx, event.id);
    });
  }
}
