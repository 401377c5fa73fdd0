import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { LineupsRepository } from './lineups.repository.js';

@Injectable()
export class LineupsLoaders {
  constructor(private readonly repository: LineupsRepository) {}

  /** Every line-up entry of a unit, sides and roles in order: one statement for all units of a request. */
  entriesByUnit(loaders: LoaderRegistry) {
    return loaders.many(
      'lineup.byUnit',
      (ids: readonly string[]) => this.repository.findLineupsByUnits(ids),
      (entry) => entry.unitId,
    );
  }

  officialsByUnit(loaders: LoaderRegistry) {
    return loaders.many(
      'official.byUnit',
      (ids: readonly string[]) => this.repository.findOfficialsByUnits(ids),
      (official) => official.unitId,
    );
  }

  resultsByPerson(loaders: LoaderRegistry, limit: number) {
    return loaders.many(
      `person.results.${limit}`,
      (ids: readonly string[]) => this.repository.findResultsOfPeople(ids, limit),
      (row) => row.forPersonId,
    );
  }
}
