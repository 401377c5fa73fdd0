import { Args, Query, Resolver } from '@nestjs/graphql';
import { BadInputError } from '../../../common/errors/domain-error.js';
import { AppConfig } from '../../../config/app-config.js';
import { ConnectionType } from '../../../graphql/pagination/connection.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { ArticlesListRepository, NEWEST_ARTICLES } from './articles-list.repository.js';
import { ArticleRelation, ArticlesArgs, type ArticlesFilter } from '../dto/articles-filter.input.js';
import { Article } from '../models/article.model.js';

const ArticleConnection = ConnectionType(Article, 'Article');

@Resolver(() => Article)
export class ArticlesListResolver {
  constructor(
    private readonly repository: ArticlesListRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => ArticleConnection, {
    description:
      'Published stories, newest first, optionally narrowed by sport, competition, event, person (and how the story involves them) or tag.',
  })
  async articles(@Args() args: ArticlesArgs) {
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
