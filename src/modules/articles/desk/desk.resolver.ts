import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../../auth/roles.decorator.js';
import { AppConfig } from '../../../config/app-config.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Article as ArticleRow } from '../../../generated/prisma/client.js';
import { ConnectionType } from '../../../graphql/pagination/connection.js';
import { KeysetOrder } from '../../../graphql/pagination/keyset.js';
import { pageRequest } from '../../../graphql/pagination/page.js';
import type { RequestContext } from '../../../graphql/request-context.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { Article } from '../models/article.model.js';
import { ArticlesLoaders } from '../reading/articles.loaders.js';
import { PublishChecksService } from '../workflow/publish-checks.service.js';
import { PublishBlockReason } from './publish-block-reason.model.js';
import { StoredPage } from '../../../read-model/models/stored-page.model.js';
import { ReadDocumentsRepository } from '../../../read-model/read-documents.repository.js';
import { DeskArticleArgs, DeskArticlesArgs } from './desk.inputs.js';

/** Writers and editors work on the desk (ADMIN always passes). */
const DESK = ['WRITER', 'EDITOR'] as const;
const DeskArticleConnection = ConnectionType(Article, 'DeskArticle');
const LAST_EDITED = new KeysetOrder<ArticleRow>([
  { field: 'updatedAt', column: '"updatedAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'asc' },
]);
// The gates read a story's blocks, references and photos: a few statements per story.
const PUBLISH_CHECKS_COST = 10;

/** The desk's view of working copies, and the internal fields only staff may read. */
@Resolver(() => Article)
export class DeskResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly loaders: ArticlesLoaders,
    private readonly checks: PublishChecksService,
    private readonly config: AppConfig,
    private readonly pages: ReadDocumentsRepository,
  ) {}

  @Roles(...DESK)
  @Query(() => Article, { nullable: true, description: "A story's working copy, in any status (staff); null when there is none." })
  deskArticle(@Args() { id }: DeskArticleArgs, @Context() ctx: RequestContext) {
    return this.loaders.byId(ctx.loaders).load(id);
  }

  @Roles(...DESK)
  @Query(() => DeskArticleConnection, { description: 'Working copies in any status, last edited first (staff), by status or creator.' })
  async deskArticles(@Args() args: DeskArticlesArgs) {
    const page = LAST_EDITED.page(pageRequest(args, this.config.graphql.pageSizeMax));
    if (page.request.size === 0) return page.connection([]);
    const { status, createdBy } = args.filter ?? {};
    const rows = await this.prisma.article.findMany({
      where: { ...(status ? { status } : {}), ...(createdBy ? { createdById: createdBy } : {}), ...page.prismaWhere() },
      orderBy: page.prismaOrderBy(),
      take: page.take,
    });
    return page.connection(rows);
  }

  @Roles(...DESK)
  @ResolveField(() => String, { nullable: true, description: 'Internal notes for the desk (staff only).' })
  async editorNotes(@Parent() article: Article, @Context() ctx: RequestContext) {
    return (await this.working(article, ctx))?.editorNotes ?? null;
  }

  @Roles(...DESK)
  @ResolveField(() => String, { nullable: true, description: "The reviewer's note when the story was sent back (staff only)." })
  async reviewNote(@Parent() article: Article, @Context() ctx: RequestContext) {
    return (await this.working(article, ctx))?.reviewNote ?? null;
  }

  @Roles(...DESK)
  @ResolveField(() => DateTimeScalar, { nullable: true, description: 'When a SCHEDULED story is due to go out (staff only).' })
  async scheduledAt(@Parent() article: Article, @Context() ctx: RequestContext) {
    return (await this.working(article, ctx))?.scheduledAt ?? null;
  }

  @Roles(...DESK)
  @ResolveField(() => String, {
    nullable: true,
    description: 'Why the last scheduled publish failed; cleared by the next publish (staff only).',
  })
  async publishFailure(@Parent() article: Article, @Context() ctx: RequestContext) {
    return (await this.working(article, ctx))?.publishFailure ?? null;
  }

  @Roles(...DESK)
  @ResolveField(() => Int, {
    nullable: true,
    description: 'The working-copy version readers see; null when the story is not published (staff only).',
  })
  async publishedVersion(@Parent() article: Article, @Context() ctx: RequestContext) {
    return (await this.loaders.publication(ctx.loaders).load(article.id))?.version ?? null;
  }

  @Roles(...DESK)
  @ResolveField(() => Boolean, { description: 'Whether the working copy was saved since it was last published (staff only).' })
  async hasUnpublishedChanges(@Parent() article: Article, @Context() ctx: RequestContext) {
    const [publication, working] = await Promise.all([this.loaders.publication(ctx.loaders).load(article.id), this.working(article, ctx)]);
    return Boolean(publication && working && working.version !== publication.version);
  }

  @Roles(...DESK)
  @ResolveField(() => [PublishBlockReason], {
    complexity: PUBLISH_CHECKS_COST,
    description: 'What would block publishing the working copy now; empty when it can go out (staff only).',
  })
  publishChecks(@Parent() article: Article, @Context() ctx: RequestContext) {
    return this.checks.check(this.prisma, article.id, ctx.loaders);
  }

  @Roles(...DESK)
  @ResolveField(() => StoredPage, {
    nullable: true,
    description:
      'The published page readers are served, as stored by the read model: FAILED means its builds fail and readers get the slower live path until someone fixes the cause (staff only); null when the story is not out.',
  })
  storedPage(@Parent() article: Article, @Context() ctx: RequestContext) {
    return ctx.loaders
      .one(
        'article.storedPage',
        (ids: readonly string[]) => this.pages.states('Article', ids),
        (row) => row.key,
      )
      .load(article.id);
  }

  /** The working copy behind the parent: itself on the desk, loaded for a published view. */
  private async working(article: Article, ctx: RequestContext): Promise<ArticleRow | null> {
    return article.published ? this.loaders.byId(ctx.loaders).load(article.id) : (article as unknown as ArticleRow);
  }
}
