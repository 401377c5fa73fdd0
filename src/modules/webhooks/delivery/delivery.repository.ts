import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import type { OutboxEvent, Prisma } from '../../../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

export interface AttemptOutcome {
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  at: Date;
}

@Injectable()
export class DeliveryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One delivery per active webhook subscribed to the event's type; an existing one is kept. */
  async createForEvent(tx: Tx, event: OutboxEvent): Promise<string[]> {
    const webhooks = await tx.webhook.findMany({ where: { active: true, events: { has: event.type } }, select: { id: true } });
    if (webhooks.length === 0) return [];
    const rows = await tx.webhookDelivery.createManyAndReturn({
      data: webhooks.map((webhook) => ({ webhookId: webhook.id, eventId: event.id })),
      skipDuplicates: true,
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  findForAttempt(id: string) {
    return this.prisma.webhookDelivery.findUnique({
      where: { id },
      include: { webhook: { select: { url: true, secret: true, active: true } }, event: true },
    });
  }

  /** Records an attempt if no other has been recorded since `previousAttempts`; false when one has. */
  async recordAttempt(tx: Tx, id: string, previousAttempts: number, outcome: AttemptOutcome, status: 'PENDING' | 'SUCCEEDED' | 'FAILED') {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id, attempts: previousAttempts, status: 'PENDING' },
      data: {
        status,
        attempts: outcome.attempts,
        responseStatus: outcome.responseStatus,
        lastError: outcome.lastError,
        lastAttemptAt: outcome.at,
        ...(status === 'SUCCEEDED' ? { deliveredAt: outcome.at } : {}),
      },
    });
    return count === 1;
  }

  async giveUp(id: string, reason: string): Promise<void> {
    await this.prisma.webhookDelivery.updateMany({ where: { id, status: 'PENDING' }, data: { status: 'FAILED', lastError: reason } });
  }
}
