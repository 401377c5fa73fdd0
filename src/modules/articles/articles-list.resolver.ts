import { Args, Query, Resolver } from '@nestjs/graphql';
import { BadInputError } from '../../common/errors/domain-error.js';
import { required } from '../../common/required.js';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { decodeCursor } from '../../graphql/pagination/cursor.js';
import { pageSize, toConnection } from '../../graphql/pagination/page.js';
import { ArticlesListRepository } from './articles-list.repository.js';
import { ArticleRelation, ArticlesArgs, type ArticlesFilter } from './dto/articles-filter.input.js';
import { Article } from './models/article.model.js';

const ArticleConnection = ConnectionType(Article, 'Article');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    const size = pageSize(args, this.config.graphql.pageSizeMax);
    const after = args.after ? decodeArticleCursor(args.after) : null;
    const rows = size === 0 ? [] : await this.repository.findPage({ filter, after, take: size + 1 });
    return toConnection(rows, size, (a) => [required(a.publishedAt, 'publishedAt of a published story').toISOString(), a.id]);
  }
}

function checkFilter(filter: ArticlesFilter): ArticlesFilter {
  if (filter.relation && filter.relation !== ArticleRelation.ANY && !filter.person) {
    throw new BadInputError('A relation needs a person', [{ path: 'filter.relation', message: 'give filter.person with a relation' }]);
  }
  return filter;
}

/** The cursor is opaque to clients, but it is still input: a forged one gets BAD_USER_INPUT, not a 500. */
function decodeArticleCursor(cursor: string): { publishedAt: Date; id: string } {
  const [publishedAt, id] = decodeCursor(cursor, 2);
  const date = typeof publishedAt === 'string' ? new Date(publishedAt) : null;
  if (!date || Number.isNaN(date.getTime()) || typeof id !== 'string' || !UUID.test(id)) {
    throw new BadInputError('Invalid cursor', [{ path: 'after', message: 'not a cursor returned by this list' }]);
  }
  return { publishedAt: date, id };
}
