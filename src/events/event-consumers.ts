import { Injectable } from '@nestjs/common';
import type { OutboxEvent, Prisma } from '../generated/prisma/client.js';

/** Reacts to one event inside the dispatch transaction: what it writes commits with the event marked dispatched. */
export type EventConsumer = (tx: Prisma.TransactionClient, event: OutboxEvent) => Promise<void>;

/**
 * The consumers of outbox events. Features subscribe in their module's `onModuleInit`
 * (webhooks do); the dispatch job runs them all in one transaction per event.
 */
@Injectable()
export class EventConsumers {
  private readonly consumers = new Map<string, EventConsumer>();

  subscribe(name: string, consumer: EventConsumer): void {
    if (this.consumers.has(name)) throw new Error(`Event consumer "${name}" is subscribed twice`);
    this.consumers.set(name, consumer);
  }

  all(): ReadonlyMap<string, EventConsumer> {
    return this.consumers;
  }
}
