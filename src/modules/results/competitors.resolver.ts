import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { Event } from '../events/models/event.model.js';
import { Noc } from '../nocs/models/noc.model.js';
import { Representation, representationOf } from '../member-associations/models/representation.model.js';
import { NocsLoaders } from '../nocs/nocs.loaders.js';
import { Organisation } from '../organisations/models/organisation.model.js';
import { OrganisationsLoaders } from '../organisations/organisations.loaders.js';
import { Person } from '../people/models/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { CompetitorsService } from './competitors.service.js';
import { DeleteCompetitorInput } from './dto/delete-competitor.input.js';
import { MAX_COMPETITORS_PER_EVENT } from './results.repository.js';
import { RegisterCompetitorInput } from './dto/register-competitor.input.js';
import { Competitor } from './models/competitor.model.js';
import { ResultsLoaders } from './results.loaders.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

@Resolver(() => Competitor)
export class CompetitorsResolver {
  constructor(
    private readonly service: CompetitorsService,
    private readonly people: PeopleLoaders,
    private readonly organisations: OrganisationsLoaders,
    private readonly nocs: NocsLoaders,
    private readonly events: EventsLoaders,
  ) {}

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Competitor, {
    description:
      'Enters a person or a team in an event, for a NOC, a member association (ENG) or a club (see RegisterCompetitorInput.representing).',
  })
  registerCompetitor(
    @Args('input', { description: 'The entry: the event, a person or a team, and the NOC.' }) input: RegisterCompetitorInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.register(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, {
    description:
      'Deletes an entry made by mistake and returns its id; fails with VERSION_CONFLICT if it changed since, REFERENCED (listing `references`) while result rows or a standing name it. A withdrawal is not a delete: give the row the IRM WDR in setUnitResults (and setEventStandings).',
  })
  async deleteCompetitor(
    @Args('input', { description: 'The entry and the version you saw.' }) input: DeleteCompetitorInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toGlobalId('Competitor', await this.service.delete(input, viewer));
  }

  @ResolveField(() => String, { description: "The person's or the team's name." })
  async displayName(@Parent() competitor: Competitor, @Context() ctx: RequestContext) {
    if (competitor.personId) return (await this.people.byId(ctx.loaders).load(competitor.personId))?.displayName ?? '';
    if (competitor.teamId) return (await this.organisations.byId(ctx.loaders).load(competitor.teamId))?.name ?? '';
    return '';
  }

  @ResolveField(() => Person, { nullable: true, description: 'The person, for individual entries.' })
  person(@Parent() competitor: Competitor, @Context() ctx: RequestContext) {
    return competitor.personId ? this.people.byId(ctx.loaders).load(competitor.personId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The team, for team entries.' })
  team(@Parent() competitor: Competitor, @Context() ctx: RequestContext) {
    return competitor.teamId ? this.organisations.byId(ctx.loaders).load(competitor.teamId) : null;
  }

  @ResolveField(() => Noc, {
    nullable: true,
    description: 'The NOC the entry represents in this event; null when it represents a member association or a club (see representing).',
  })
  noc(@Parent() competitor: Competitor, @Context() ctx: RequestContext) {
    return competitor.nocCode ? this.nocs.byCode(ctx.loaders).load(competitor.nocCode) : null;
  }

  @ResolveField(() => Representation, {
    description: 'Who the entry represents: a NOC, a member association (ENG) or a club; kind NONE when none is recorded.',
  })
  representing(@Parent() competitor: Competitor) {
    return representationOf(competitor);
  }

  @ResolveField(() => Event, { description: 'The event the entry is in.' })
  event(@Parent() competitor: Competitor, @Context() ctx: RequestContext) {
    return this.events.byId(ctx.loaders).load(competitor.eventId);
  }
}

@Resolver(() => Event)
export class EventCompetitorsResolver {
  constructor(private readonly loaders: ResultsLoaders) {}

  @ResolveField(() => [Competitor], {
    complexity: MAX_COMPETITORS_PER_EVENT,
    description: `Everyone entered in the event (at most ${MAX_COMPETITORS_PER_EVENT}).`,
  })
  competitors(@Parent() event: Event, @Context() ctx: RequestContext) {
    return this.loaders.competitorsByEvent(ctx.loaders).load(event.id);
  }
}
