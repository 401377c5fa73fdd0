import { Injectable } from '@nestjs/common';
import { required } from '../../common/required.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { RecordsRepository } from './records.repository.js';

@Injectable()
export class RecordsLoaders {
  constructor(private readonly repository: RecordsRepository) {}

  byRecurringKey(loaders: LoaderRegistry) {
    return loaders.many(
      'record.byRecurringKey',
      (keys: readonly string[]) => this.repository.findByRecurringKeys(keys),
      (r) => r.recurringKey,
    );
  }

  byHolder(loaders: LoaderRegistry) {
    return loaders.many(
      'record.byHolder',
      (ids: readonly string[]) => this.repository.findByHolders(ids),
      (r) => required(r.holderPersonId, 'the holder of a record found by holder'),
    );
  }
}
