import { Injectable } from '@nestjs/common';
import type { OutboxEvent, Prisma } from '../generated/prisma/client.js';

type Tx = Prisma.TransactionClient;

@Injectable()
export class OutboxRepository {
  /** The event, locked for the dispatch transaction, so two dispatches of it cannot overlap. */
  async lockForDispatch(tx: Tx, id: string): Promise<OutboxEvent | null> {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "OutboxEvent" WHERE id = ${id}::uuid FOR UPDATE`;
    if (rows.length === 0) return null;
    return tx.outboxEvent.findUnique({ where: { id } });
  }

  async markDispatched(tx: Tx, id: string): Promise<void> {
    await tx.outboxEvent.update({ where: { id }, data: { dispatchedAt: new Date() } });
  }
}
