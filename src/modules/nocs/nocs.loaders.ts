import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NocsRepository } from './nocs.repository.js';

@Injectable()
export class NocsLoaders {
  constructor(private readonly repository: NocsRepository) {}

  byCode(loaders: LoaderRegistry) {
    return loaders.one(
      'noc.byCode',
      (codes: readonly string[]) => this.repository.findByCodes(codes),
      (noc) => noc.code,
    );
  }
}
