import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';
import { required } from '../../common/required.js';
import { AwardsRepository } from './awards.repository.js';

@Injectable()
export class AwardsLoaders {
  constructor(private readonly repository: AwardsRepository) {}

  @NodeLoader({ types: ['Award'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'award.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (award) => award.id,
    );
  }

  byCompetition(loaders: LoaderRegistry) {
    return loaders.many(
      'award.byCompetition',
      (ids: readonly string[]) => this.repository.findByCompetitions(ids),
      (award) => award.competitionId,
    );
  }

  byPerson(loaders: LoaderRegistry) {
    return loaders.many(
      'award.byPerson',
      (ids: readonly string[]) => this.repository.findByPeople(ids),
      (award) => required(award.personId, 'the person of an award found by person'),
    );
  }
}
