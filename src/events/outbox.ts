import type { Prisma } from '../generated/prisma/client.js';
import { addJob } from '../jobs/job-queue.js';
import { DISPATCH_EVENT_TASK } from './event-types.js';

export interface DomainEvent {
  /** "article.published", "article.unpublished", "article.corrected", "result.changed" (EventType). */
  type: string;
  objectType: string;
  objectId?: string | null;
  payload?: Prisma.InputJsonObject;
}

/**
 * Records an event in the caller's transaction, with the job that dispatches it to the
 * consumers (webhooks): they hear of it only if the write commits, and surely once it has.
 */
export async function emitEvent(tx: Prisma.TransactionClient, event: DomainEvent): Promise<string> {
  const row = await tx.outboxEvent.create({
    data: { type: event.type, objectType: event.objectType, objectId: event.objectId ?? null, payload: event.payload ?? {} },
    select: { id: true },
  });
  await addJob(tx, DISPATCH_EVENT_TASK, { eventId: row.id }, { jobKey: `event:${row.id}`, maxAttempts: 10 });
  return row.id;
}
