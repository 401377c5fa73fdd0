import { Args, ArgsType, Context, Field, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { Representation, representationOf } from '../member-associations/models/representation.model.js';
import { Person } from '../people/models/person.model.js';
import { PeopleLoaders } from '../people/people.loaders.js';
import { Competitor } from '../results/models/competitor.model.js';
import { Result } from '../results/models/result.model.js';
import { ResultsLoaders } from '../results/results.loaders.js';
import { Unit } from '../units/models/unit.model.js';
import { SetUnitLineupInput } from './dto/set-unit-lineup.input.js';
import { SetUnitOfficialsInput } from './dto/set-unit-officials.input.js';
import { MAX_LINEUP_ENTRIES_PER_SIDE, MAX_LINEUP_ENTRIES_PER_UNIT, MAX_OFFICIALS_PER_UNIT } from './lineup-rules.js';
import { LineupsLoaders } from './lineups.loaders.js';
import { LineupsService } from './lineups.service.js';
import { LineupEntry, TeamLineup, UnitOfficial } from './models/lineup.models.js';

export const PERSON_RESULTS_DEFAULT = 20;
export const PERSON_RESULTS_MAX = 100;

@ArgsType()
export class PersonResultsArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many, newest first: default ${PERSON_RESULTS_DEFAULT}, at most ${PERSON_RESULTS_MAX}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(PERSON_RESULTS_MAX)
  first?: number;
}

@Resolver(() => Unit)
export class UnitLineupsResolver {
  constructor(
    private readonly service: LineupsService,
    private readonly loaders: LineupsLoaders,
  ) {}

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, {
    description:
      "Replaces one side's line-up for a unit (bumps the unit's version). Fails with VERSION_CONFLICT if the unit changed since, BAD_USER_INPUT with coded `issues` (entry index and field: PLAYER_IN_BOTH_LINEUPS, DUPLICATE_PERSON, DUPLICATE_SHIRT_NUMBER, MORE_THAN_ONE_CAPTAIN, COACH_WITH_SHIRT_NUMBER, COACH_WITH_MINUTES, CAPTAIN_NOT_PLAYING, UNKNOWN_PERSON, PERSON_REFERENCE, COMPETITOR_NOT_IN_EVENT, NOT_A_TEAM); nothing is stored then.",
  })
  setUnitLineup(
    @Args('input', { description: 'The unit, the side, the version and every entry.' }) input: SetUnitLineupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setLineup(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Unit, {
    description:
      "Replaces a unit's officials (bumps the unit's version). Fails with VERSION_CONFLICT, or BAD_USER_INPUT with coded `issues` (UNKNOWN_PERSON, PERSON_REFERENCE, UNKNOWN_NOC, UNKNOWN_ASSOCIATION, NATIONALITY_TWICE, DUPLICATE_OFFICIAL); nothing is stored then.",
  })
  setUnitOfficials(
    @Args('input', { description: 'The unit, the version and every official.' }) input: SetUnitOfficialsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setOfficials(input, viewer);
  }

  @ResolveField(() => [TeamLineup], {
    complexity: MAX_LINEUP_ENTRIES_PER_UNIT,
    description: `The line-up of each side that has one, in the order of the result rows; at most ${MAX_LINEUP_ENTRIES_PER_UNIT} entries over all sides.`,
  })
  async lineups(@Parent() unit: Unit, @Context() ctx: RequestContext): Promise<TeamLineup[]> {
    const entries = await this.loaders.entriesByUnit(ctx.loaders).load(unit.id);
    const sides = new Map<string, TeamLineup>();
    for (const entry of entries) {
      const side = sides.get(entry.competitorId) ?? { competitorId: entry.competitorId, entries: [] };
      side.entries.push(entry);
      sides.set(entry.competitorId, side);
    }
    return [...sides.values()];
  }

  @ResolveField(() => [UnitOfficial], {
    complexity: MAX_OFFICIALS_PER_UNIT,
    description: `Referees, judges and other officials, in the order entered (at most ${MAX_OFFICIALS_PER_UNIT}).`,
  })
  officials(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return this.loaders.officialsByUnit(ctx.loaders).load(unit.id);
  }
}

@Resolver(() => TeamLineup)
export class TeamLineupResolver {
  constructor(private readonly results: ResultsLoaders) {}

  @ResolveField(() => Competitor, { description: 'The side (a team entry of the event).' })
  competitor(@Parent() lineup: TeamLineup, @Context() ctx: RequestContext) {
    return this.results.competitorById(ctx.loaders).load(lineup.competitorId);
  }
}

@Resolver(() => LineupEntry)
export class LineupEntryResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The player, coach or member of staff.' })
  person(@Parent() entry: LineupEntry, @Context() ctx: RequestContext) {
    return this.people.byId(ctx.loaders).load(entry.personId);
  }
}

@Resolver(() => UnitOfficial)
export class UnitOfficialResolver {
  constructor(private readonly people: PeopleLoaders) {}

  @ResolveField(() => Person, { description: 'The official.' })
  person(@Parent() official: UnitOfficial, @Context() ctx: RequestContext) {
    return this.people.byId(ctx.loaders).load(official.personId);
  }

  @ResolveField(() => Representation, {
    nullable: true,
    description: 'Nationality: a NOC (kind NOC) or a member association (kind ASSOCIATION, e.g. ENG); null when not recorded.',
  })
  nationality(@Parent() official: UnitOfficial) {
    return official.nocCode || official.associationCode ? representationOf(official) : null;
  }
}

@Resolver(() => Result)
export class ResultLineupResolver {
  constructor(private readonly loaders: LineupsLoaders) {}

  @ResolveField(() => [LineupEntry], {
    complexity: MAX_LINEUP_ENTRIES_PER_SIDE,
    description:
      "The line-up of this row's side for the unit (team rows); empty when none was entered. Read with every unit's line-ups in one statement.",
  })
  async lineup(@Parent() result: Result, @Context() ctx: RequestContext) {
    const entries = await this.loaders.entriesByUnit(ctx.loaders).load(result.unitId);
    return entries.filter((entry) => entry.competitorId === result.competitorId);
  }
}

@Resolver(() => Person)
export class PersonResultsResolver {
  constructor(private readonly loaders: LineupsLoaders) {}

  @ResolveField(() => [Result], {
    complexity: PERSON_RESULTS_MAX,
    description:
      "Result rows the person is in, newest unit first: their own entries' rows, and the row of each team whose line-up for that unit lists them as a starter or substitute (line-up appearances). Coaches and staff are not counted.",
  })
  results(@Parent() person: Person, @Args() { first }: PersonResultsArgs, @Context() ctx: RequestContext) {
    const size = first ?? PERSON_RESULTS_DEFAULT;
    return size === 0 ? [] : this.loaders.resultsByPerson(ctx.loaders, size).load(person.id);
  }
}
