import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { PeopleRepository } from './people.repository.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class PeopleLoaders {
  constructor(private readonly repository: PeopleRepository) {}

  @NodeLoader({ types: ['Person'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'person.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (person) => person.id,
    );
  }

  athleteProfile(loaders: LoaderRegistry) {
    return loaders.one(
      'person.athleteProfile',
      (ids: readonly string[]) => this.repository.findProfiles(ids),
      (profile) => profile.personId,
    );
  }
}
