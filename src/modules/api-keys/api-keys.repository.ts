import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { ApiKey, Prisma } from '../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';

/** Newest key first: ids are UUIDv7, ordered by creation. */
export const API_KEYS_ORDER = new KeysetOrder<ApiKey>([{ field: 'id', column: 'id', type: 'uuid', direction: 'desc' }]);

@Injectable()
export class ApiKeysRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.apiKey.findMany({ where: { id: { in: [...ids] } } });
  }

  findPage(page: KeysetPage<ApiKey>) {
    return this.prisma.apiKey.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }

  /** The key with this hash, unless it was revoked. */
  findActiveByHash(secretHash: string) {
    return this.prisma.apiKey.findFirst({ where: { secretHash, revokedAt: null }, select: { id: true, scopes: true } });
  }

  create(tx: Prisma.TransactionClient, data: Prisma.ApiKeyUncheckedCreateInput) {
    return tx.apiKey.create({ data });
  }

  /** Sets lastUsedAt unless another process did within the last `everyMs`. */
  async touch(id: string, at: Date, everyMs: number): Promise<void> {
    await this.prisma.apiKey.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(at.getTime() - everyMs) } }] },
      data: { lastUsedAt: at },
    });
  }
}
