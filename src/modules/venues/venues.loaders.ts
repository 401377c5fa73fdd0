import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { VenuesRepository } from './venues.repository.js';

@Injectable()
export class VenuesLoaders {
  constructor(private readonly repository: VenuesRepository) {}

  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'venue.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (venue) => venue.id,
    );
  }
}
