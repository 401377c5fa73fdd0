import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Competition } from '../competitions/models/competition.model.js';
import { CompetitionsLoaders } from '../competitions/competitions.loaders.js';
import { DisciplinesLoaders } from '../disciplines/disciplines.loaders.js';
import { Discipline } from '../disciplines/models/discipline.model.js';
import { CreateEventInput, DeleteEventInput, EventArgs, EventKeyArgs, NestedListArgs, UpdateEventInput } from './dto/event.inputs.js';
import { EventsLoaders } from './events.loaders.js';
import { EventsService } from './events.service.js';
import { Event } from './models/event.model.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

@Resolver(() => Event)
export class EventsResolver {
  constructor(
    private readonly service: EventsService,
    private readonly loaders: EventsLoaders,
    private readonly competitions: CompetitionsLoaders,
    private readonly disciplines: DisciplinesLoaders,
  ) {}

  @Query(() => Event, {
    nullable: true,
    description: 'One event, by id or by competition slug and recurring key; null when there is none.',
  })
  event(@Args() args: EventArgs) {
    return this.service.findOne(args);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Event, { description: 'Creates an event; fails with CONFLICT if the competition already has its recurring key.' })
  createEvent(@Args('input', { description: 'The new event.' }) input: CreateEventInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Event, { description: 'Fails with VERSION_CONFLICT if someone saved first.' })
  updateEvent(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateEventInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, {
    description:
      'Deletes an event and returns its id; fails with VERSION_CONFLICT if it changed since, REFERENCED (listing `references` and `articles`) while phases, competitors, standings, quotes, photos or stories use it.',
  })
  async deleteEvent(
    @Args('input', { description: 'The event and the version you saw.' }) input: DeleteEventInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toGlobalId('Event', await this.service.delete(input, viewer));
  }

  @ResolveField(() => Competition, { description: 'The competition (edition) the event is part of.' })
  competition(@Parent() event: Event, @Context() ctx: RequestContext) {
    return this.competitions.byId(ctx.loaders).load(event.competitionId);
  }

  @ResolveField(() => Discipline, { description: 'The discipline, with its time display and tie rules.' })
  discipline(@Parent() event: Event, @Context() ctx: RequestContext) {
    return this.disciplines.byCode(ctx.loaders).load(event.disciplineCode);
  }

  @ResolveField(() => Event, {
    nullable: true,
    description: 'The same event (recurring key) in the competition held last before this one.',
  })
  previousEdition(@Parent() event: Event, @Context() ctx: RequestContext) {
    return this.loaders.previousEdition(ctx.loaders).load(event.id);
  }
}

@Resolver(() => Competition)
export class CompetitionEventsResolver {
  constructor(private readonly loaders: EventsLoaders) {}

  @ResolveField(() => [Event], { description: 'The events of this competition (at most `first`, default 100).' })
  async events(@Parent() competition: Competition, @Args() { first }: NestedListArgs, @Context() ctx: RequestContext) {
    const events = await this.loaders.byCompetition(ctx.loaders).load(competition.id);
    return events.slice(0, first ?? 100);
  }

  @ResolveField(() => Event, { nullable: true, description: 'The event with this recurring key, e.g. SSK-W-1000M.' })
  event(@Parent() competition: Competition, @Args() { key }: EventKeyArgs, @Context() ctx: RequestContext) {
    return this.loaders.byCompetitionKey(ctx.loaders).load(EventsLoaders.competitionKey(competition.id, key));
  }
}
