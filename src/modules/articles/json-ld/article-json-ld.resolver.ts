import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../graphql/request-context.js';
import { JSONObjectScalar } from '../../../graphql/scalars/index.js';
import { Article } from '../models/article.model.js';
import { newsArticleJsonLd } from './news-article.js';
import { NewsArticleDataLoader } from './news-article-data.js';

@Resolver(() => Article)
export class ArticleJsonLdResolver {
  constructor(private readonly data: NewsArticleDataLoader) {}

  @ResolveField(() => JSONObjectScalar, {
    description:
      'The schema.org NewsArticle (JSON-LD) to embed in the page: authors, images with credit and rights, the events and people it is about or mentions.',
  })
  async jsonLd(@Parent() article: Article, @Context() ctx: RequestContext) {
    return newsArticleJsonLd(await this.data.load(ctx.loaders, article));
  }
}
