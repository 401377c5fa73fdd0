import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../../auth/current-viewer.decorator.js';
import { Roles } from '../../../auth/roles.decorator.js';
import type { Viewer } from '../../../auth/viewer.js';
import { AppConfig } from '../../../config/app-config.js';
import { ConnectionType, PageArgs } from '../../../graphql/pagination/connection.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import { toGlobalId } from '../../../graphql/relay/global-id.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { Article } from '../models/article.model.js';
import { ArticlesLoaders } from '../reading/articles.loaders.js';
import { ArticleRevisionArgs, CompareArticleRevisionsArgs, RestoreArticleRevisionInput } from './dto/revision.inputs.js';
import { ArticleRevision, ArticleRevisionContent } from './models/article-revision.model.js';
import { ArticleRevisionComparison } from './models/revision-comparison.model.js';
import type { RevisionSnapshot } from './revision-snapshot.js';
import { NEWEST_REVISIONS } from './revisions.repository.js';
import { RevisionsLoaders } from './revisions.loaders.js';
import { RevisionsService } from './revisions.service.js';
import { contentView } from './snapshot-view.js';

const ArticleRevisionConnection = ConnectionType(ArticleRevision, 'ArticleRevision');

/** The desk's roles: revision history is never public. */
const DESK = ['ADMIN', 'EDITOR', 'WRITER'] as const;

@Resolver(() => Article)
export class ArticleRevisionsFieldResolver {
  constructor(
    private readonly loaders: RevisionsLoaders,
    private readonly config: AppConfig,
  ) {}

  @ResolveField(() => ArticleRevisionConnection, {
    nullable: true,
    description: "The story's revisions, newest first: one per save, restore and refused save. Staff only (null with FORBIDDEN otherwise).",
  })
  @Roles(...DESK)
  revisions(@Parent() article: Article, @Args() args: PageArgs, @Context() ctx: RequestContext) {
    const page = NEWEST_REVISIONS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return this.loaders.page(ctx.loaders, page).load(article.id);
  }
}

@Resolver(() => ArticleRevision)
export class ArticleRevisionResolver {
  constructor(
    private readonly loaders: RevisionsLoaders,
    private readonly articles: ArticlesLoaders,
  ) {}

  @ResolveField(() => ID, { description: 'Global id of the revision.' })
  id(@Parent() revision: ArticleRevision) {
    return toGlobalId('ArticleRevision', revision.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who saved it (display name); null for the system or a deleted account.' })
  async authorName(@Parent() revision: ArticleRevision, @Context() ctx: RequestContext) {
    if (!revision.authorId) return null;
    return (await this.loaders.userNames(ctx.loaders).load(revision.authorId))?.displayName ?? null;
  }

  @ResolveField(() => ArticleRevision, { nullable: true, description: 'For a RESTORED revision: the revision it brought back.' })
  restoredFrom(@Parent() revision: ArticleRevision, @Context() ctx: RequestContext) {
    return revision.restoredFromId ? this.loaders.byId(ctx.loaders).load(revision.restoredFromId) : null;
  }

  @ResolveField(() => Article, { nullable: true, description: 'The story, in its current working copy.' })
  article(@Parent() revision: ArticleRevision, @Context() ctx: RequestContext) {
    return this.articles.byId(ctx.loaders).load(revision.articleId);
  }

  @ResolveField(() => ArticleRevisionContent, { description: 'The whole story as this revision recorded it.' })
  async content(@Parent() revision: ArticleRevision, @Context() ctx: RequestContext) {
    const snapshot = revision.snapshot ?? (await this.loaders.byId(ctx.loaders).load(revision.id))?.snapshot;
    return contentView(snapshot as RevisionSnapshot);
  }
}

@Resolver()
export class RevisionsResolver {
  constructor(private readonly service: RevisionsService) {}

  @Query(() => ArticleRevision, { nullable: true, description: 'One revision of a story; null when there is none. Staff only.' })
  @Roles(...DESK)
  articleRevision(@Args() { id }: ArticleRevisionArgs) {
    return this.service.findOne(id);
  }

  @Query(() => ArticleRevisionComparison, {
    description:
      'What changed between two revisions of one story: fields before/after and every block (ADDED, REMOVED, CHANGED with a word diff, ' +
      'UNCHANGED, MOVED). NOT_FOUND for an unknown revision, BAD_USER_INPUT for revisions of two stories. Staff only.',
  })
  @Roles(...DESK)
  compareArticleRevisions(@Args() { from, to }: CompareArticleRevisionsArgs) {
    return this.service.compare(from, to);
  }

  @Mutation(() => Article, {
    description:
      "Makes a revision's content the working copy (a new RESTORED revision); the published version is not touched. Editors, or the " +
      'writer of their own draft. Fails with VERSION_CONFLICT if someone saved first, BAD_USER_INPUT naming the block when something ' +
      'it references was deleted since.',
  })
  @Roles(...DESK)
  restoreArticleRevision(
    @Args('input', { description: 'The revision and the version of the story you saw.' }) input: RestoreArticleRevisionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.restore(input, viewer);
  }
}
