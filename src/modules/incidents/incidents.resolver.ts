import { Args, ArgsType, Context, Field, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { GlobalIdField } from '../../graphql/relay/global-id.input.js';
import { Competition } from '../competitions/models/competition.model.js';
import { Person } from '../people/models/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Unit } from '../units/models/unit.model.js';
import { displayMinute, MAX_INCIDENTS_PER_UNIT } from './domain/incident-rules.js';
import { scorersOf } from './domain/scorers.js';
import { SetUnitIncidentsInput } from './dto/set-unit-incidents.input.js';
import { IncidentsLoaders } from './incidents.loaders.js';
import { MAX_TOP_SCORERS } from './incidents.repository.js';
import { IncidentsService } from './incidents.service.js';
import { Incident } from './models/incident.model.js';
import { PersonGoals } from './models/person-goals.model.js';
import { Scorer, TopScorer } from './models/scorer.model.js';

@Resolver()
export class IncidentsDeskResolver {
  constructor(private readonly service: IncidentsService) {}

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, {
    description:
      "Replaces a unit's incidents (goals, cards, substitutions, shoot-out kicks) in one transaction, bumping the unit's version. " +
      'Fails with VERSION_CONFLICT if someone saved first, and with RESULTS_INVALID listing every issue (row = incident index, field, path, code); then nothing is stored.',
  })
  setUnitIncidents(
    @Args('input', { description: 'The unit, the version edited and every incident.' }) input: SetUnitIncidentsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setUnitIncidents(input, viewer);
  }
}

@Resolver(() => Unit)
export class UnitIncidentsResolver {
  constructor(private readonly loaders: IncidentsLoaders) {}

  @ResolveField(() => [Incident], {
    complexity: MAX_INCIDENTS_PER_UNIT,
    description: `Goals, cards, substitutions and shoot-out kicks in the order of play: period, minute, added time, kick (at most ${MAX_INCIDENTS_PER_UNIT}).`,
  })
  incidents(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return this.loaders.incidentsByUnit(ctx.loaders).load(unit.id);
  }

  @ResolveField(() => [Scorer], {
    complexity: MAX_INCIDENTS_PER_UNIT,
    description: 'Who scored, from the incidents: one entry per player in the order of their first goal, with a hat-trick flag.',
  })
  async scorers(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return scorersOf(await this.loaders.incidentsByUnit(ctx.loaders).load(unit.id));
  }
}

@Resolver(() => Incident)
export class IncidentResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => String, { nullable: true, description: 'The minute as printed: "23", "45+2", "90+3"; null without a minute.' })
  displayMinute(@Parent() incident: Incident) {
    return displayMinute(incident.minute, incident.addedMinute);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The player: the scorer, the player booked, the player coming on.' })
  person(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return incident.personId ? this.people.byId(ctx.loaders).load(incident.personId) : null;
  }

  @ResolveField(() => Person, { nullable: true, description: 'The assist, or the player replaced by a substitute.' })
  relatedPerson(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return incident.relatedPersonId ? this.people.byId(ctx.loaders).load(incident.relatedPersonId) : null;
  }
}

@Resolver(() => Scorer)
export class ScorerResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The scorer.' })
  person(@Parent() scorer: Scorer, @Context() ctx: RequestContext) {
    return this.people.byId(ctx.loaders).load(scorer.personId);
  }
}

@Resolver(() => TopScorer)
export class TopScorerResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The scorer.' })
  person(@Parent() scorer: TopScorer, @Context() ctx: RequestContext) {
    return this.people.byId(ctx.loaders).load(scorer.personId);
  }
}

@ArgsType()
export class TopScorersArgs {
  @Field(() => Int, { defaultValue: 10, description: `How many scorers, 0 to ${MAX_TOP_SCORERS}.` })
  @IsInt()
  @Min(0)
  @Max(MAX_TOP_SCORERS)
  first: number;
}

@Resolver(() => Competition)
export class CompetitionTopScorersResolver {
  constructor(private readonly loaders: IncidentsLoaders) {}

  @ResolveField(() => [TopScorer], {
    complexity: MAX_TOP_SCORERS,
    description: 'The players with the most goals in the competition (GOAL and PENALTY_GOAL; own goals excluded), then by name.',
  })
  topScorers(@Parent() competition: Competition, @Args() { first }: TopScorersArgs, @Context() ctx: RequestContext) {
    if (first === 0) return [];
    return this.loaders.topScorersByCompetition(ctx.loaders, first).load(competition.id);
  }
}

@ArgsType()
export class PersonGoalsArgs {
  @GlobalIdField('Competition', { description: 'The competition (a season, a tournament) to count in.' })
  competitionId: string;
}

@Resolver(() => Person)
export class PersonGoalsResolver {
  constructor(private readonly loaders: IncidentsLoaders) {}

  @ResolveField(() => PersonGoals, { description: "The person's goals in a competition, from the incidents of its matches." })
  goals(@Parent() person: Person, @Args() { competitionId }: PersonGoalsArgs, @Context() ctx: RequestContext) {
    return this.loaders.personGoalsIn(ctx.loaders, competitionId).load(person.id);
  }
}
