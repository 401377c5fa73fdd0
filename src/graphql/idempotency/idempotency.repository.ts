import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../database/prisma.service.js';

/** How long a key is remembered. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'pending' }
  | { kind: 'done'; requestHash: string; response: unknown }
  | { kind: 'other'; requestHash: string };

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Takes the key for this request, or tells what an earlier request with the same key left. */
  async claim(key: string, requestHash: string): Promise<Claim> {
    await this.prisma.$executeRaw`
      DELETE FROM "IdempotentRequest"
      WHERE "key" = ${key} AND "createdAt" < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`;
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO "IdempotentRequest" ("key", "requestHash", "status") VALUES (${key}, ${requestHash}, 'PENDING')
      ON CONFLICT ("key") DO NOTHING`;
    if (inserted === 1) return { kind: 'claimed' };
    const earlier = await this.prisma.idempotentRequest.findUnique({ where: { key } });
    if (!earlier) return this.claim(key, requestHash);
    if (earlier.requestHash !== requestHash) return { kind: 'other', requestHash: earlier.requestHash };
    if (earlier.status === 'PENDING') return { kind: 'pending' };
    return { kind: 'done', requestHash, response: earlier.response };
  }

  async complete(key: string, response: Prisma.InputJsonValue): Promise<void> {
    await this.prisma.idempotentRequest.update({ where: { key }, data: { status: 'DONE', response } });
  }

  /** The request failed before it changed anything: a retry may run it again. */
  async release(key: string): Promise<void> {
    await this.prisma.idempotentRequest.deleteMany({ where: { key, status: 'PENDING' } });
  }

  /** Forgets expired keys; called now and then, never on a request's path. */
  async sweep(): Promise<number> {
    return this.prisma.$executeRaw`
      DELETE FROM "IdempotentRequest" WHERE "createdAt" < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`;
  }
}
