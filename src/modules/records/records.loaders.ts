import { Injectable } from '@nestjs/common';
import { required } from '../../common/required.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';
import { RecordsRepository } from './records.repository.js';

@Injectable()
export class RecordsLoaders {
  constructor(private readonly repository: RecordsRepository) {}

  @NodeLoader({ types: ['SportsRecord'] })
  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'record.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (r) => r.id,
    );
  }

  byRecurringKey(loaders: LoaderRegistry) {
    return loaders.many(
      'record.byRecurringKey',
      (keys: readonly string[]) => this.repository.findByRecurringKeys(keys),
      (r) => r.recurringKey,
    );
  }

  /** The newest `limit` records of each person; one loader (and one statement per batch) per limit asked for. */
  byHolder(loaders: LoaderRegistry, limit: number) {
    return loaders.many(
      `record.byHolder.${limit}`,
      (ids: readonly string[]) => this.repository.findByHolders(ids, limit),
      (r) => required(r.holderPersonId, 'the holder of a record found by holder'),
    );
  }
}
