import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';

/** The list is small by nature (the home nations and a few more); reads never return more. */
export const MAX_MEMBER_ASSOCIATIONS = 500;

@Injectable()
export class MemberAssociationsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByCodes(codes: readonly string[]) {
    return this.prisma.memberAssociation.findMany({ where: { code: { in: [...codes] } } });
  }

  findAll() {
    return this.prisma.memberAssociation.findMany({ orderBy: { code: 'asc' }, take: MAX_MEMBER_ASSOCIATIONS });
  }
}
