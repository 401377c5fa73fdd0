import type { Prisma } from '../generated/prisma/client.js';

export interface DomainEvent {
  /** "article.published", "article.unpublished", "article.corrected", "result.changed". */
  type: string;
  objectType: string;
  objectId?: string | null;
  payload?: Prisma.InputJsonObject;
}

/** Records an event in the caller's transaction, for the consumers that run after it commits. */
export async function emitEvent(tx: Prisma.TransactionClient, event: DomainEvent): Promise<string> {
  const row = await tx.outboxEvent.create({
    data: { type: event.type, objectType: event.objectType, objectId: event.objectId ?? null, payload: event.payload ?? {} },
    select: { id: true },
  });
  return row.id;
}
