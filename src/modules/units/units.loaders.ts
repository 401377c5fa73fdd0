import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { UnitsRepository } from './units.repository.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class UnitsLoaders {
  constructor(private readonly repository: UnitsRepository) {}

  @NodeLoader({ types: ['Unit'] })
  unitById(loaders: LoaderRegistry) {
    return loaders.one(
      'unit.byId',
      (ids: readonly string[]) => this.repository.findUnitsByIds(ids),
      (unit) => unit.id,
    );
  }

  unitsByPhase(loaders: LoaderRegistry) {
    return loaders.many(
      'unit.byPhase',
      (ids: readonly string[]) => this.repository.findUnitsByPhases(ids),
      (unit) => unit.phaseId,
    );
  }

  @NodeLoader({ types: ['Phase'] })
  phaseById(loaders: LoaderRegistry) {
    return loaders.one(
      'phase.byId',
      (ids: readonly string[]) => this.repository.findPhasesByIds(ids),
      (phase) => phase.id,
    );
  }

  phasesByEvent(loaders: LoaderRegistry) {
    return loaders.many(
      'phase.byEvent',
      (ids: readonly string[]) => this.repository.findPhasesByEvents(ids),
      (phase) => phase.eventId,
    );
  }

  /** The event a unit belongs to, through its phase: two batched lookups, no per-row query. */
  async eventIdOfUnit(loaders: LoaderRegistry, unitId: string): Promise<string | null> {
    const unit = await this.unitById(loaders).load(unitId);
    if (!unit) return null;
    const phase = await this.phaseById(loaders).load(unit.phaseId);
    return phase?.eventId ?? null;
  }
}
