import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import DataLoader from 'dataloader';
import { IncidentsRepository, type PersonGoalsRow } from './incidents.repository.js';

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

  /** People's goals in one competition (none scored: zeros); one loader per competition, one statement per batch. */
  personGoalsIn(loaders: LoaderRegistry, competitionId: string) {
    return loaders.get(
      `incident.personGoals.${competitionId}`,
      () =>
        new DataLoader<string, PersonGoalsRow>(async (personIds) => {
          const rows = new Map((await this.repository.personGoals(competitionId, personIds)).map((row) => [row.personId, row]));
          return personIds.map(
            (personId) => rows.get(personId) ?? { personId, goals: 0, penaltyGoals: 0, hatTricks: 0, matchesScoredIn: 0 },
          );
        }),
    );
  }
}
