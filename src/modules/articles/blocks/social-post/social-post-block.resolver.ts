import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { SocialPost } from '../../../quotes/models/social-post.model.js';
import { QuotesLoaders } from '../../../quotes/quotes.loaders.js';
import { SocialPostBlock } from './social-post.model.js';

@Resolver(() => SocialPostBlock)
export class SocialPostBlockResolver {
  constructor(private readonly quotes: QuotesLoaders) {}

  @ResolveField(() => SocialPost, { description: 'The social post embedded.' })
  post(@Parent() block: SocialPostBlock, @Context() ctx: RequestContext) {
    return this.quotes.socialPostById(ctx.loaders).load(block.socialPostId);
  }
}
