import { Args, Query, Resolver } from '@nestjs/graphql';
import { ConnectionType } from '../../../graphql/pagination/connection.js';
import { ArticlesArgs } from '../dto/articles-filter.input.js';
import { Article } from '../models/article.model.js';
import { ArticlesListService } from './articles-list.service.js';

const ArticleConnection = ConnectionType(Article, 'Article');

@Resolver(() => Article)
export class ArticlesListResolver {
  constructor(private readonly list: ArticlesListService) {}

  @Query(() => ArticleConnection, {
    description:
      'Published stories, newest first, optionally narrowed by sport, competition, event, person (and how the story involves them) or tag.',
  })
  articles(@Args() args: ArticlesArgs) {
    return this.list.page(args);
  }
}
