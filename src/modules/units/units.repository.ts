import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';

@Injectable()
export class UnitsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUnitsByIds(ids: readonly string[]) {
    return this.prisma.unit.findMany({ where: { id: { in: [...ids] } } });
  }

  findUnitsByPhases(phaseIds: readonly string[]) {
    return this.prisma.unit.findMany({ where: { phaseId: { in: [...phaseIds] } }, orderBy: [{ order: 'asc' }] });
  }

  findPhasesByIds(ids: readonly string[]) {
    return this.prisma.phase.findMany({ where: { id: { in: [...ids] } } });
  }

  findPhasesByEvents(eventIds: readonly string[]) {
    return this.prisma.phase.findMany({ where: { eventId: { in: [...eventIds] } }, orderBy: [{ order: 'asc' }] });
  }
}
