import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { required } from '../../common/required.js';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { Event } from '../events/models/event.model.js';
import { OrganisationsLoaders } from '../organisations/organisations.loaders.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Unit } from '../units/models/unit.model.js';
import { UnitsLoaders } from '../units/units.loaders.js';
import { CreateQuoteInput, QuoteArgs, type QuoteFilter, QuotesArgs, UpdateQuoteInput } from './dto/quote.inputs.js';
import { Quote } from './models/quote.model.js';
import { SocialPost } from './models/social-post.model.js';
import { Speaker } from './models/speaker.union.js';
import { QuotesLoaders } from './quotes.loaders.js';
import { NEWEST_QUOTES, QuotesRepository } from './quotes.repository.js';
import { QuotesService } from './quotes.service.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

const QuoteConnection = ConnectionType(Quote, 'Quote');

@Resolver(() => Quote)
export class QuotesResolver {
  constructor(
    private readonly service: QuotesService,
    private readonly repository: QuotesRepository,
    private readonly loaders: QuotesLoaders,
    private readonly people: PeopleLoaders,
    private readonly organisations: OrganisationsLoaders,
    private readonly events: EventsLoaders,
    private readonly units: UnitsLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => Quote, { nullable: true, description: 'One quote by id; null when there is none.' })
  quote(@Args() { id }: QuoteArgs) {
    return this.service.findOne(id);
  }

  @Query(() => QuoteConnection, {
    description: 'Quotes, newest first (undated last), optionally by a person, at an event or unit, or in a context.',
  })
  async quotes(@Args() args: QuotesArgs) {
    const page = NEWEST_QUOTES.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const { speaker, event, unit, context }: Partial<QuoteFilter> = args.filter ?? {};
    return page.connection(await this.repository.findPage({ speaker, event, unit, context, page }));
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Quote, { description: 'Stores a quote by exactly one speaker: a person or an organisation.' })
  createQuote(
    @Args('input', { description: 'The words, the speaker and where they were said.' }) input: CreateQuoteInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => Quote, { description: 'Changes a quote; fails with VERSION_CONFLICT if someone saved first.' })
  updateQuote(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateQuoteInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Roles('EDITOR', 'WRITER')
  @Mutation(() => ID, {
    description: 'Deletes a quote and returns its id; fails with REFERENCED (listing `articles`) while a story uses it.',
  })
  async deleteQuote(@Args() { id }: QuoteArgs, @CurrentViewer() viewer: Viewer) {
    return toGlobalId('Quote', await this.service.delete(id, viewer));
  }

  @ResolveField(() => Speaker, { description: 'Who said it.' })
  speaker(@Parent() quote: Quote, @Context() ctx: RequestContext) {
    return quote.speakerPersonId
      ? this.people.byId(ctx.loaders).load(quote.speakerPersonId)
      : this.organisations.byId(ctx.loaders).load(required(quote.speakerOrganisationId, 'the speaker of a quote'));
  }

  @ResolveField(() => Event, { nullable: true, description: 'The event it was said at.' })
  event(@Parent() quote: Quote, @Context() ctx: RequestContext) {
    return quote.eventId ? this.events.byId(ctx.loaders).load(quote.eventId) : null;
  }

  @ResolveField(() => Unit, { nullable: true, description: 'The race or match it was said about or after.' })
  unit(@Parent() quote: Quote, @Context() ctx: RequestContext) {
    return quote.unitId ? this.units.unitById(ctx.loaders).load(quote.unitId) : null;
  }

  @ResolveField(() => SocialPost, { nullable: true, description: 'The social post it comes from.' })
  socialPost(@Parent() quote: Quote, @Context() ctx: RequestContext) {
    return quote.socialPostId ? this.loaders.socialPostById(ctx.loaders).load(quote.socialPostId) : null;
  }
}
