import type { Prisma } from '../generated/prisma/client.js';
import { addJob } from '../jobs/job-queue.js';
import { DISPATCH_EVENT_TASK } from './event-types.js';

export interface EventInput {
  /** e.g. "article.published" (EventType). */
  type: string;
  objectType: string;
  objectId: string | null;
  payload: Prisma.InputJsonObject;
}

/**
 * Writes the event to the outbox in the caller's transaction, with the job that dispatches
 * it: consumers hear of it only if the write commits, and surely once it has.
 */
export async function emitEvent(tx: Prisma.TransactionClient, event: EventInput): Promise<string> {
  const { id } = await tx.outboxEvent.create({
    data: { type: event.type, objectType: event.objectType, objectId: event.objectId, payload: event.payload },
    select: { id: true },
  });
  await addJob(tx, DISPATCH_EVENT_TASK, { eventId: id }, { jobKey: `event:${id}`, maxAttempts: 10 });
  return id;
}
