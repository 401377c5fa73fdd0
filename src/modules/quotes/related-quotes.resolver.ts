import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Event } from '../events/models/event.model.js';
import { Person } from '../people/models/person.model.js';
import { NESTED_QUOTES_DEFAULT, NestedQuotesArgs } from './dto/quote.inputs.js';
import { Quote } from './models/quote.model.js';
import { QuotesLoaders } from './quotes.loaders.js';

@Resolver(() => Person)
export class PersonQuotesResolver {
  constructor(private readonly loaders: QuotesLoaders) {}

  @ResolveField(() => [Quote], { description: 'What the person said, newest first (undated last).' })
  quotes(@Parent() person: Person, @Args() { first }: NestedQuotesArgs, @Context() ctx: RequestContext) {
    return this.loaders.quotesBySpeakerPerson(ctx.loaders, first ?? NESTED_QUOTES_DEFAULT).load(person.id);
  }
}

@Resolver(() => Event)
export class EventQuotesResolver {
  constructor(private readonly loaders: QuotesLoaders) {}

  @ResolveField(() => [Quote], { description: 'What was said at the event, newest first (undated last).' })
  quotes(@Parent() event: Event, @Args() { first }: NestedQuotesArgs, @Context() ctx: RequestContext) {
    return this.loaders.quotesByEvent(ctx.loaders, first ?? NESTED_QUOTES_DEFAULT).load(event.id);
  }
}
