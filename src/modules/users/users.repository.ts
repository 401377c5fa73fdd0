import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma, User } from '../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';

type Db = PrismaService | Prisma.TransactionClient;

/** Oldest account first: ids are UUIDv7, ordered by creation. */
export const USERS_ORDER = new KeysetOrder<User>([{ field: 'id', column: 'id', type: 'uuid', direction: 'asc' }]);

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } } });
  }

  findByEmail(email: string) {
    return this.prisma.user.findUnique({ where: { email } });
  }

  findPage(page: KeysetPage<User>) {
    return this.prisma.user.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }

  async disabledIds(): Promise<string[]> {
    const rows = await this.prisma.user.findMany({ where: { disabledAt: { not: null } }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** Enabled admins other than `exceptId`: an update may not leave none. */
  otherActiveAdmins(db: Db, exceptId: string): Promise<number> {
    return db.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: exceptId } } });
  }

  /** Locks the row for the rest of the transaction, so two admins cannot each demote the other. */
  async lock(db: Db, id: string): Promise<void> {
    await db.$queryRaw`SELECT id FROM "User" WHERE id = ${id}::uuid FOR UPDATE`;
  }
}
