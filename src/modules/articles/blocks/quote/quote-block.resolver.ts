import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { Quote } from '../../../quotes/models/quote.model.js';
import { QuotesLoaders } from '../../../quotes/quotes.loaders.js';
import { QuoteBlock } from './quote.model.js';

@Resolver(() => QuoteBlock)
export class QuoteBlockResolver {
  constructor(private readonly quotes: QuotesLoaders) {}

  @ResolveField(() => Quote, { description: 'The quote placed.' })
  quote(@Parent() block: QuoteBlock, @Context() ctx: RequestContext) {
    return this.quotes.quoteById(ctx.loaders).load(block.quoteId);
  }
}
