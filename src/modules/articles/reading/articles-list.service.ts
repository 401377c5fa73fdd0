import { Injectable } from '@nestjs/common';
import { BadInputError } from '../../../common/errors/domain-error.js';
import { AppConfig } from '../../../config/app-config.js';
import type { Connection } from '../../../graphql/pagination/connection.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { ArticleRelation, type ArticlesArgs, type ArticlesFilter } from '../dto/articles-filter.input.js';
import type { ArticleRow } from './articles-list.sql.js';
import { ArticlesListRepository, NEWEST_ARTICLES } from './articles-list.repository.js';

/** One page of `articles(filter)`, for the live resolver and the stored-page path alike. */
@Injectable()
export class ArticlesListService {
  constructor(
    private readonly repository: ArticlesListRepository,
    private readonly config: AppConfig,
  ) {}

  async page(args: ArticlesArgs): Promise<Connection<ArticleRow>> {
    const filter = checkFilter(args.filter ?? {});
    const page = NEWEST_ARTICLES.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const rows = page.request.size === 0 ? [] : await this.repository.findPage({ filter, page });
    return page.connection(rows);
  }
}

function checkFilter(filter: ArticlesFilter): ArticlesFilter {
  if (filter.relation && filter.relation !== ArticleRelation.ANY && !filter.person) {
    throw new BadInputError('A relation needs a person', [{ path: 'filter.relation', message: 'give filter.person with a relation' }]);
  }
  return filter;
}
