import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { CompetitionsService } from './competitions.service.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';

@Injectable()
export class CompetitionsLoaders {
  constructor(private readonly service: CompetitionsService) {}

  @NodeLoader({ types: ['Competition'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'competition.byId',
      (ids: readonly string[]) => this.service.findByIds(ids),
      (competition) => competition.id,
    );
  }
}
