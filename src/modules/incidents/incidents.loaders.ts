import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { IncidentsRepository } from './incidents.repository.js';

@Injectable()
export class IncidentsLoaders {
  constructor(private readonly repository: IncidentsRepository) {}

  /** Each unit's incidents in the order of play. */
  incidentsByUnit(loaders: LoaderRegistry) {
    return loaders.many(
      'incident.byUnit',
      (ids: readonly string[]) => this.repository.findByUnits(ids),
      (incident) => incident.unitId,
    );
  }

  /** Each competition's first `first` scorers; one loader per page size, one statement per batch. */
  topScorersByCompetition(loaders: LoaderRegistry, first: number) {
    return loaders.many(
      `incident.topScorers.${first}`,
      (ids: readonly string[]) => this.repository.topScorers(ids, first),
      (row) => row.competitionId,
    );
  }
}
