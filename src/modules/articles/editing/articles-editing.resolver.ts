import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import { CreateArticleInput, UpdateArticleInput } from '../dto/article.inputs.js';
import { Article } from '../models/article.model.js';
import { ArticlesService } from './articles.service.js';

/** The desk's writes of a story's working copy; the workflow steps are in workflow/. */
@Resolver(() => Article)
export class ArticlesEditingResolver {
  constructor(private readonly service: ArticlesService) {}

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Article, { description: 'Creates a draft story (writers and editors); every reference in the body is checked.' })
  createArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new story: metadata, byline, links and body.' }) input: CreateArticleInput,
  ) {
    return this.service.create(viewer, input);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Article, {
    description:
      "Saves a story's working copy; readers see the change only when it is published again. Editors edit any story, a writer only their own drafts (FORBIDDEN otherwise). VERSION_CONFLICT if someone saved first.",
  })
  updateArticle(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateArticleInput,
  ) {
    return this.service.update(viewer, input);
  }
}
