import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service.js';
import type { AuditEntry, Prisma } from '../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../graphql/pagination/keyset.js';

/** Newest first: the order of the index on (at DESC, id DESC). */
export const NEWEST_ENTRIES = new KeysetOrder<AuditEntry>([
  { field: 'at', column: 'at', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'desc' },
]);

export interface AuditQuery {
  actorId?: string;
  objectType?: string;
  objectId?: string;
  action?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly prisma: PrismaService) {}

  findPage(query: AuditQuery, page: KeysetPage<AuditEntry>) {
    const where: Prisma.AuditEntryWhereInput = {
      ...(query.actorId ? { actorId: query.actorId } : {}),
      ...(query.objectType ? { objectType: query.objectType } : {}),
      ...(query.objectId ? { objectId: query.objectId } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) } } : {}),
      ...page.prismaWhere(),
    };
    return this.prisma.auditEntry.findMany({ where, orderBy: page.prismaOrderBy(), take: page.take });
  }
}
