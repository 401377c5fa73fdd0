import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';

@Injectable()
export class NocsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByCodes(codes: readonly string[]) {
    return this.prisma.noc.findMany({ where: { code: { in: [...codes] } } });
  }

  findPage(after: string | null, take: number) {
    return this.prisma.noc.findMany({ where: after ? { code: { gt: after } } : {}, orderBy: { code: 'asc' }, take });
  }
}
