import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import { plainDecimal } from '../results/domain/decimal.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CompetitionsLoaders } from '../competitions/competitions.loaders.js';
import { Competition } from '../competitions/models/competition.model.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { Event } from '../events/models/event.model.js';
import { Organisation } from '../organisations/models/organisation.model.js';
import { OrganisationsLoaders } from '../organisations/organisations.loaders.js';
import { Person } from '../people/models/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { AwardsLoaders } from './awards.loaders.js';
import { MAX_AWARDS_PER_COMPETITION, MAX_AWARDS_PER_PERSON } from './awards.repository.js';
import { AwardsService } from './awards.service.js';
import { CreateAwardInput, DeleteAwardInput, UpdateAwardInput } from './dto/award.inputs.js';
import { Award } from './models/award.model.js';

@Resolver(() => Award)
export class AwardsResolver {
  constructor(
    private readonly service: AwardsService,
    private readonly competitions: CompetitionsLoaders,
    private readonly events: EventsLoaders,
    private readonly people: PeopleLoaders,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Award, {
    description:
      'Adds an award to a competition (Golden Boot); BAD_USER_INPUT naming the field if it names no person and no team, or something unknown.',
  })
  createAward(@Args('input', { description: 'The new award.' }) input: CreateAwardInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Award, { description: 'Changes an award; fails with VERSION_CONFLICT if someone saved first.' })
  updateAward(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateAwardInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, { description: 'Deletes an award and returns its id; fails with VERSION_CONFLICT if it changed since.' })
  async deleteAward(
    @Args('input', { description: 'The award and the version you saw.' }) input: DeleteAwardInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return toGlobalId('Award', await this.service.delete(input, viewer));
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The value of the statistic as an exact decimal, e.g. "6"; null without one.',
  })
  statisticValue(@Parent() award: Award) {
    return award.statisticValue === null ? null : plainDecimal(award.statisticValue.toString(), 3);
  }

  @ResolveField(() => Competition, { description: 'The competition.' })
  competition(@Parent() award: Award, @Context() ctx: RequestContext) {
    return this.competitions.byId(ctx.loaders).load(award.competitionId);
  }

  @ResolveField(() => Event, { nullable: true, description: 'The event, when the award belongs to one of several.' })
  event(@Parent() award: Award, @Context() ctx: RequestContext) {
    return award.eventId ? this.events.byId(ctx.loaders).load(award.eventId) : null;
  }

  @ResolveField(() => Person, { nullable: true, description: 'The person who won it.' })
  person(@Parent() award: Award, @Context() ctx: RequestContext) {
    return award.personId ? this.people.byId(ctx.loaders).load(award.personId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The team who won it, or the winner’s team.' })
  team(@Parent() award: Award, @Context() ctx: RequestContext) {
    return award.teamId ? this.organisations.byId(ctx.loaders).load(award.teamId) : null;
  }
}

@Resolver(() => Competition)
export class CompetitionAwardsResolver {
  constructor(private readonly loaders: AwardsLoaders) {}

  @ResolveField(() => [Award], {
    complexity: MAX_AWARDS_PER_COMPETITION,
    description: `The competition's awards by kind, then seq (at most ${MAX_AWARDS_PER_COMPETITION}). Awards are not events.`,
  })
  awards(@Parent() competition: Competition, @Context() ctx: RequestContext) {
    return this.loaders.byCompetition(ctx.loaders).load(competition.id);
  }
}

@Resolver(() => Person)
export class PersonAwardsResolver {
  constructor(private readonly loaders: AwardsLoaders) {}

  @ResolveField(() => [Award], {
    complexity: MAX_AWARDS_PER_PERSON,
    description: `Awards the person won, newest competition first (at most ${MAX_AWARDS_PER_PERSON}).`,
  })
  awards(@Parent() person: Person, @Context() ctx: RequestContext) {
    return this.loaders.byPerson(ctx.loaders).load(person.id);
  }
}
