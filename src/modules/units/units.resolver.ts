import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { Event } from '../events/models/event.model.js';
import { Venue } from '../venues/models/venue.model.js';
import { VenuesLoaders } from '../venues/venues.loaders.js';
import {
  CreatePhaseInput,
  CreateUnitInput,
  DeletePhaseInput,
  DeleteUnitInput,
  UnitArgs,
  UpdatePhaseInput,
  UpdateUnitInput,
} from './dto/unit.inputs.js';
import { Phase } from './models/phase.model.js';
import { Unit } from './models/unit.model.js';
import { UnitsLoaders } from './units.loaders.js';
import { MAX_PHASES_PER_EVENT, MAX_UNITS_PER_EVENT } from './units.repository.js';
import { UnitsService } from './units.service.js';
import { localIsoTime } from './local-time.js';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(
    private readonly service: UnitsService,
    private readonly loaders: UnitsLoaders,
    private readonly events: EventsLoaders,
    private readonly venues: VenuesLoaders,
  ) {}

  @Query(() => Unit, { nullable: true, description: 'One race, match or bout by id; null when there is none.' })
  unit(@Args() { id }: UnitArgs) {
    return this.service.findUnit(id);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Phase, { description: 'Adds a phase to an event; fails with CONFLICT if its order is taken.' })
  createPhase(@Args('input', { description: 'The new phase.' }) input: CreatePhaseInput, @CurrentViewer() viewer: Viewer) {
    return this.service.createPhase(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Phase, { description: 'Fails with VERSION_CONFLICT if someone saved first.' })
  updatePhase(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdatePhaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updatePhase(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, { description: 'Adds a unit to a phase; fails with CONFLICT if its order is taken.' })
  createUnit(@Args('input', { description: 'The new unit.' }) input: CreateUnitInput, @CurrentViewer() viewer: Viewer) {
    return this.service.createUnit(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, { description: 'Fails with VERSION_CONFLICT if someone saved first.' })
  updateUnit(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateUnitInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.updateUnit(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, {
    description:
      'Deletes a phase and returns its id; fails with VERSION_CONFLICT if it changed since, REFERENCED (listing `references`) while it has units.',
  })
  async deletePhase(
    @Args('input', { description: 'The phase and the version you saw.' }) input: DeletePhaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toGlobalId('Phase', await this.service.deletePhase(input, viewer));
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, {
    description:
      'Deletes a unit and returns its id; fails with VERSION_CONFLICT if it changed since, REFERENCED (listing `references` and `articles`) while result rows, quotes or stories use it.',
  })
  async deleteUnit(
    @Args('input', { description: 'The unit and the version you saw.' }) input: DeleteUnitInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toGlobalId('Unit', await this.service.deleteUnit(input, viewer));
  }

  @ResolveField(() => Phase, { description: 'The phase the unit belongs to.' })
  phase(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return this.loaders.phaseById(ctx.loaders).load(unit.phaseId);
  }

  @ResolveField(() => Event, { description: "The event the unit's phase belongs to." })
  async event(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    const eventId = await this.loaders.eventIdOfUnit(ctx.loaders, unit.id);
    return eventId ? this.events.byId(ctx.loaders).load(eventId) : null;
  }

  @ResolveField(() => Venue, { nullable: true, description: 'Where the unit takes place; null when not known.' })
  venue(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return unit.venueId ? this.venues.byId(ctx.loaders).load(unit.venueId) : null;
  }

  @ResolveField(() => Unit, { nullable: true, description: 'The unit the winner goes on to (brackets); null when none.' })
  feedsUnit(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return unit.feedsUnitId ? this.loaders.unitById(ctx.loaders).load(unit.feedsUnitId) : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The scheduled start on the clock of the venue, ISO 8601 with its offset then, e.g. "2024-05-19T16:00:00+01:00"; null without a venue or a time.',
  })
  async localStartTime(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    if (!unit.scheduledAt || !unit.venueId) return null;
    const venue = await this.venues.byId(ctx.loaders).load(unit.venueId);
    return venue ? localIsoTime(unit.scheduledAt, venue.timezone) : null;
  }
}

@Resolver(() => Phase)
export class PhasesResolver {
  constructor(
    private readonly loaders: UnitsLoaders,
    private readonly events: EventsLoaders,
  ) {}

  @ResolveField(() => [Unit], {
    complexity: MAX_UNITS_PER_EVENT,
    description: `The units of the phase, in order (an event has at most ${MAX_UNITS_PER_EVENT}).`,
  })
  units(@Parent() phase: Phase, @Context() ctx: RequestContext) {
    return this.loaders.unitsByPhase(ctx.loaders).load(phase.id);
  }

  @ResolveField(() => Event, { description: 'The event the phase belongs to.' })
  event(@Parent() phase: Phase, @Context() ctx: RequestContext) {
    return this.events.byId(ctx.loaders).load(phase.eventId);
  }
}

@Resolver(() => Event)
export class EventUnitsResolver {
  constructor(private readonly loaders: UnitsLoaders) {}

  @ResolveField(() => [Phase], {
    complexity: MAX_PHASES_PER_EVENT,
    description: `The phases of the event, in order (at most ${MAX_PHASES_PER_EVENT}).`,
  })
  phases(@Parent() event: Event, @Context() ctx: RequestContext) {
    return this.loaders.phasesByEvent(ctx.loaders).load(event.id);
  }

  @ResolveField(() => [Unit], {
    complexity: MAX_UNITS_PER_EVENT,
    description: `Every unit of the event, phase by phase, in order (at most ${MAX_UNITS_PER_EVENT}).`,
  })
  async units(@Parent() event: Event, @Context() ctx: RequestContext) {
    const phases = await this.loaders.phasesByEvent(ctx.loaders).load(event.id);
    const groups = await Promise.all(phases.map((phase) => this.loaders.unitsByPhase(ctx.loaders).load(phase.id)));
    return groups.flat().slice(0, MAX_UNITS_PER_EVENT);
  }
}
