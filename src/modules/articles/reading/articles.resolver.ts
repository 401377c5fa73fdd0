import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../graphql/request-context.js';
import { PeopleLoaders } from '../../people/people.loaders.js';
import { ArticlesLoaders } from './articles.loaders.js';
import { ArticlesService } from '../editing/articles.service.js';
import { blockViews } from '../blocks/block-view.js';
import { ArticleArgs, MAX_AUTHORS, MAX_BLOCKS, MAX_LINKS } from '../dto/article.inputs.js';
import { ImageBlock } from '../blocks/image/image.model.js';
import { ArticleBlock } from '../models/article-blocks.model.js';
import { Article, ArticleAuthor, ArticleCorrection, ArticleLink, Dateline, MAX_CORRECTIONS } from '../models/article.model.js';
import type { CorrectionNote } from '../publication/publication-document.js';
import { Linkable } from '../../references/linkables/linkable.union.js';
import { LinkableTypes } from '../../references/linkables/linkable-types.js';

@Resolver(() => Article)
export class ArticlesResolver {
  constructor(
    private readonly service: ArticlesService,
    private readonly loaders: ArticlesLoaders,
    private readonly people: PeopleLoaders,
  ) {}

  @Query(() => Article, {
    nullable: true,
    description: 'A published story by slug, with everything a story page needs; null when there is none or it is not published.',
  })
  article(@Args() { slug }: ArticleArgs) {
    return this.service.findPublished(slug);
  }

  @ResolveField(() => [ArticleBlock], {
    complexity: MAX_BLOCKS,
    description: `The body: typed blocks in order (at most ${MAX_BLOCKS}), every reference resolved.`,
  })
  async body(@Parent() article: Article, @Context() ctx: RequestContext) {
    return blockViews(article.id, await this.loaders.blocksOf(ctx.loaders, article));
  }

  @ResolveField(() => ImageBlock, { nullable: true, description: 'The first image of the body.' })
  async leadImage(@Parent() article: Article, @Context() ctx: RequestContext) {
    const views = blockViews(article.id, await this.loaders.blocksOf(ctx.loaders, article));
    return views.find((view) => view.type === 'IMAGE') ?? null;
  }

  @ResolveField(() => [ArticleAuthor], { complexity: MAX_AUTHORS, description: `The byline, in order (at most ${MAX_AUTHORS}).` })
  async authors(@Parent() article: Article, @Context() ctx: RequestContext) {
    const authors = await this.loaders.authorsOf(ctx.loaders, article);
    const people = await this.people.byId(ctx.loaders).loadMany(authors.map((a) => a.personId));
    return authors.map((author, i) => ({ role: author.role, person: people[i] }));
  }

  @ResolveField(() => [ArticleLink], {
    complexity: MAX_LINKS,
    description: `What the story is about and mentions, in the sports graph (at most ${MAX_LINKS}).`,
  })
  links(@Parent() article: Article, @Context() ctx: RequestContext) {
    return this.loaders.linksOf(ctx.loaders, article);
  }

  @ResolveField(() => [ArticleCorrection], {
    complexity: MAX_CORRECTIONS,
    description: 'Public correction notes of the published story, oldest first; shown to readers and in jsonLd.',
  })
  async corrections(@Parent() article: Article, @Context() ctx: RequestContext) {
    const notes = article.published ? article.corrections : (await this.loaders.publication(ctx.loaders).load(article.id))?.corrections;
    return ((notes ?? []) as unknown as CorrectionNote[]).slice(-MAX_CORRECTIONS);
  }

  @ResolveField(() => Dateline, { nullable: true, description: 'Where and when the story was filed; null when neither is set.' })
  dateline(@Parent() article: Article) {
    return article.datelinePlace || article.datelineDate ? { place: article.datelinePlace, date: article.datelineDate } : null;
  }
}

@Resolver(() => ArticleLink)
export class ArticleLinksResolver {
  constructor(private readonly linkable: LinkableTypes) {}

  @ResolveField(() => Linkable, { nullable: true, description: 'The linked entity.' })
  target(@Parent() link: ArticleLink, @Context() ctx: RequestContext) {
    return this.linkable.load(ctx.loaders, link.targetType, link.targetId);
  }
}
