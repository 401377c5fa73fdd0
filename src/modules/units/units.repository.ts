import { Injectable } from '@nestjs/common';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Phase, Unit } from '../../generated/prisma/client.js';

/** An event's stages: createPhase refuses more, reads never return more. */
export const MAX_PHASES_PER_EVENT = 50;
/** An event's races, matches or bouts, over all its phases: createUnit refuses more, reads never return more. */
export const MAX_UNITS_PER_EVENT = 500;

@Injectable()
export class UnitsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findUnitsByIds(ids: readonly string[]) {
    return this.prisma.unit.findMany({ where: { id: { in: [...ids] } } });
  }

  findUnitsByPhases(phaseIds: readonly string[]) {
    return firstPerParent<Unit>(
      this.prisma,
      { table: '"Unit"', parent: '"phaseId"', order: '"order"', limit: MAX_UNITS_PER_EVENT },
      phaseIds,
    );
  }

  findPhasesByIds(ids: readonly string[]) {
    return this.prisma.phase.findMany({ where: { id: { in: [...ids] } } });
  }

  findPhasesByEvents(eventIds: readonly string[]) {
    return firstPerParent<Phase>(
      this.prisma,
      { table: '"Phase"', parent: '"eventId"', order: '"order"', limit: MAX_PHASES_PER_EVENT },
      eventIds,
    );
  }
}
