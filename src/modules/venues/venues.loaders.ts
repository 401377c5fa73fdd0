import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';
import { VenuesRepository } from './venues.repository.js';

@Injectable()
export class VenuesLoaders {
  constructor(private readonly repository: VenuesRepository) {}

  @NodeLoader({ types: ['Venue'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'venue.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (venue) => venue.id,
    );
  }
}
