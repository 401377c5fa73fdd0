import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { DisciplinesRepository } from './disciplines.repository.js';

@Injectable()
export class DisciplinesLoaders {
  constructor(private readonly repository: DisciplinesRepository) {}

  byCode(loaders: LoaderRegistry) {
    return loaders.one(
      'discipline.byCode',
      (codes: readonly string[]) => this.repository.findByCodes(codes),
      (discipline) => discipline.code,
    );
  }
}
