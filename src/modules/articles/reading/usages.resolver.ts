import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../graphql/request-context.js';
import { Event } from '../../events/models/event.model.js';
import { MediaAsset } from '../../media/models/media-asset.model.js';
import { Person } from '../../people/models/person.model.js';
import { Quote } from '../../quotes/models/quote.model.js';
import { SocialPost } from '../../quotes/models/social-post.model.js';
import { ArticlesListLoaders } from './articles-list.loaders.js';
import type { PlacedType } from '../../references/placements.js';
import { ArticleRelation, NESTED_ARTICLES_DEFAULT, NestedArticlesArgs, PersonArticlesArgs } from '../dto/articles-filter.input.js';
import { Article } from '../models/article.model.js';

const USAGES_DESCRIPTION = 'Stories placing it, published or not (a desk view), last edited first.';

@Resolver(() => Person)
export class PersonArticlesResolver {
  constructor(private readonly loaders: ArticlesListLoaders) {}

  @ResolveField(() => [Article], {
    description: 'Published stories involving the person, newest first; `relation` says how (default ANY).',
  })
  articles(@Parent() person: Person, @Args() { relation, first }: PersonArticlesArgs, @Context() ctx: RequestContext) {
    const size = first ?? NESTED_ARTICLES_DEFAULT;
    return size === 0 ? [] : this.loaders.byPerson(ctx.loaders, relation ?? ArticleRelation.ANY, size).load(person.id);
  }
}

@Resolver(() => Event)
export class EventArticlesResolver {
  constructor(private readonly loaders: ArticlesListLoaders) {}

  @ResolveField(() => [Article], { description: 'Published stories referencing the event or one of its units, newest first.' })
  articles(@Parent() event: Event, @Args() { first }: NestedArticlesArgs, @Context() ctx: RequestContext) {
    const size = first ?? NESTED_ARTICLES_DEFAULT;
    return size === 0 ? [] : this.loaders.byEvent(ctx.loaders, size).load(event.id);
  }
}

function usages(loaders: ArticlesListLoaders, ctx: RequestContext, type: PlacedType, id: string, first: number | undefined) {
  const size = first ?? NESTED_ARTICLES_DEFAULT;
  return size === 0 ? [] : loaders.usages(ctx.loaders, type, size).load(id);
}

@Resolver(() => MediaAsset)
export class MediaAssetUsagesResolver {
  constructor(private readonly loaders: ArticlesListLoaders) {}

  @ResolveField(() => [Article], { description: USAGES_DESCRIPTION })
  usages(@Parent() asset: MediaAsset, @Args() { first }: NestedArticlesArgs, @Context() ctx: RequestContext) {
    return usages(this.loaders, ctx, 'MEDIA_ASSET', asset.id, first);
  }
}

@Resolver(() => Quote)
export class QuoteUsagesResolver {
  constructor(private readonly loaders: ArticlesListLoaders) {}

  @ResolveField(() => [Article], { description: USAGES_DESCRIPTION })
  usages(@Parent() quote: Quote, @Args() { first }: NestedArticlesArgs, @Context() ctx: RequestContext) {
    return usages(this.loaders, ctx, 'QUOTE', quote.id, first);
  }
}

@Resolver(() => SocialPost)
export class SocialPostUsagesResolver {
  constructor(private readonly loaders: ArticlesListLoaders) {}

  @ResolveField(() => [Article], { description: USAGES_DESCRIPTION })
  usages(@Parent() post: SocialPost, @Args() { first }: NestedArticlesArgs, @Context() ctx: RequestContext) {
    return usages(this.loaders, ctx, 'SOCIAL_POST', post.id, first);
  }
}
