import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { OutboxEvent, Prisma } from '../../../generated/prisma/client.js';
import { EventConsumers } from '../../../events/event-consumers.js';
import { addJob, JobQueue, type JobContext } from '../../../jobs/job-queue.js';
import { DeliveryRepository } from './delivery.repository.js';
import { privateHostReason } from './network-policy.js';
import { retryDelayMs } from './retry-schedule.js';
import { sendDelivery, type SendResult } from './send.js';

export const DELIVER_WEBHOOK_TASK = 'deliver-webhook';
/** graphile-worker's own retries, for a failure of ours (the database) rather than of the endpoint. */
const JOB_ATTEMPTS = 5;

interface DeliverPayload {
  deliveryId: string;
}

/**
 * Webhook deliveries: a consumer of outbox events that queues one delivery per subscribed
 * webhook, and the `deliver-webhook` task that makes one attempt and, when it fails, queues
 * the next with exponential backoff (graphile-worker's fixed backoff is too slow for tests
 * and not configurable per task).
 */
@Injectable()
export class WebhookDelivery implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly consumers: EventConsumers,
    private readonly repository: DeliveryRepository,
    private readonly prisma: PrismaService,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.consumers.subscribe('webhooks', (tx, event) => this.queueDeliveries(tx, event));
    this.jobs.register(DELIVER_WEBHOOK_TASK, (payload, context) => this.attempt((payload as DeliverPayload).deliveryId, context));
  }

  private async queueDeliveries(tx: Prisma.TransactionClient, event: OutboxEvent): Promise<void> {
    for (const id of await this.repository.createForEvent(tx, event)) await this.schedule(tx, id);
  }

  private schedule(tx: Prisma.TransactionClient, deliveryId: string, runAt?: Date) {
    return addJob(tx, DELIVER_WEBHOOK_TASK, { deliveryId }, { jobKey: `webhook-delivery:${deliveryId}`, runAt, maxAttempts: JOB_ATTEMPTS });
  }

  async attempt(deliveryId: string, context: JobContext): Promise<void> {
    const delivery = await this.repository.findForAttempt(deliveryId);
    if (!delivery || delivery.status !== 'PENDING') return;
    if (!delivery.webhook.active) {
      await this.repository.giveUp(deliveryId, 'the webhook was deactivated');
      return;
    }
    const { timeoutMs, retryBaseMs, maxAttempts, allowPrivateNetworks } = this.config.webhooks;
    const blocked = allowPrivateNetworks ? null : await privateHostReason(delivery.webhook.url).catch(() => null);
    const result: SendResult = blocked
      ? { ok: false, responseStatus: null, error: blocked }
      : await sendDelivery({ ...delivery.webhook, deliveryId, event: delivery.event }, timeoutMs, context.signal);

    const attempts = delivery.attempts + 1;
    const at = new Date();
    const outcome = { attempts, responseStatus: result.responseStatus, lastError: result.error, at };
    const status = result.ok ? 'SUCCEEDED' : attempts >= maxAttempts ? 'FAILED' : 'PENDING';
    await this.prisma.$transaction(async (tx) => {
      const recorded = await this.repository.recordAttempt(tx, deliveryId, delivery.attempts, outcome, status);
      if (recorded && status === 'PENDING')
        await this.schedule(tx, deliveryId, new Date(at.getTime() + retryDelayMs(attempts, retryBaseMs)));
    });
  }
}
