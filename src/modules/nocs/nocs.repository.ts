import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import type { Noc } from '../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';

/** NOCs by code, their key. */
export const NOCS_BY_CODE = new KeysetOrder<Noc>([{ field: 'code', column: 'code', type: 'text', direction: 'asc' }]);

@Injectable()
export class NocsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByCodes(codes: readonly string[]) {
    return this.prisma.noc.findMany({ where: { code: { in: [...codes] } } });
  }

  findPage(page: KeysetPage<Noc>) {
    return this.prisma.noc.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }
}
