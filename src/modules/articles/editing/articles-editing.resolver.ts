import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ArticleVersionInput, CreateArticleInput, UpdateArticleInput } from '../dto/article.inputs.js';
import { Article } from '../models/article.model.js';
import { ArticlesService } from './articles.service.js';
import { Roles } from '../../../auth/roles.decorator.js';

/** The desk's writes of a story. */
@Resolver(() => Article)
export class ArticlesEditingResolver {
  constructor(private readonly service: ArticlesService) {}

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Article, { description: 'Creates a draft story; every reference in the body is checked.' })
  createArticle(@Args('input', { description: 'The new story: metadata, byline, links and body.' }) input: CreateArticleInput) {
    return this.service.create(input);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Article, { description: 'Saves a story; fails with VERSION_CONFLICT if someone saved first.' })
  updateArticle(@Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateArticleInput) {
    return this.service.update(input);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Article, {
    description: 'Publishes a story now; publishedAt keeps the first publication time. Fails with VERSION_CONFLICT if someone saved first.',
  })
  publishArticle(@Args('input', { description: 'The story and the version you saw.' }) input: ArticleVersionInput) {
    return this.service.publish(input);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Article, {
    description: 'Takes a published story down (status UNPUBLISHED). Fails with VERSION_CONFLICT if someone saved first.',
  })
  unpublishArticle(@Args('input', { description: 'The story and the version you saw.' }) input: ArticleVersionInput) {
    return this.service.unpublish(input);
  }
}
