import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderRegistry } from '../../../graphql/loader-registry.js';
import { groupByKey } from '../../../graphql/loader-registry.js';
import type { KeysetPage } from '../../../graphql/pagination/keyset.js';
import { type RevisionRow, RevisionsRepository } from './revisions.repository.js';

@Injectable()
export class RevisionsLoaders {
  constructor(private readonly repository: RevisionsRepository) {}

  byId(loaders: LoaderRegistry) {
    return loaders.one(
      'revision.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (revision) => revision.id,
    );
  }

  /** One page of revisions per story; stories asking for the same page share one statement. */
  page(loaders: LoaderRegistry, page: KeysetPage<RevisionRow>) {
    const { size, backward, after, before } = page.request;
    return loaders.get(
      `revision.page:${JSON.stringify([size, backward, after, before])}`,
      () =>
        new DataLoader<string, ReturnType<typeof page.connection>>(async (articleIds) => {
          const rows = await this.repository.pageByArticles(articleIds, page);
          return groupByKey(articleIds, rows, (row) => row.articleId).map((own) => page.connection(own));
        }),
    );
  }

  userNames(loaders: LoaderRegistry) {
    return loaders.one(
      'revision.userNames',
      (ids: readonly string[]) => this.repository.usersByIds(ids),
      (user) => user.id,
    );
  }
}
