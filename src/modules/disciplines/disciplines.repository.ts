import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';

/** Disciplines are a short reference list (a few dozen rows). */
export const MAX_DISCIPLINES = 500;

@Injectable()
export class DisciplinesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findAll() {
    return this.prisma.discipline.findMany({ orderBy: { code: 'asc' }, take: MAX_DISCIPLINES });
  }

  findByCodes(codes: readonly string[]) {
    return this.prisma.discipline.findMany({ where: { code: { in: [...codes] } } });
  }
}
