import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { MemberAssociationsRepository } from './member-associations.repository.js';

@Injectable()
export class MemberAssociationsLoaders {
  constructor(private readonly repository: MemberAssociationsRepository) {}

  byCode(loaders: LoaderRegistry) {
    return loaders.one(
      'memberAssociation.byCode',
      (codes: readonly string[]) => this.repository.findByCodes(codes),
      (association) => association.code,
    );
  }
}
