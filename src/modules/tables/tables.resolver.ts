import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { Competitor } from '../results/models/competitor.model.js';
import { ResultsLoaders } from '../results/results.loaders.js';
import { Phase } from '../units/models/phase.model.js';
import { Unit } from '../units/models/unit.model.js';
import { UnitsLoaders } from '../units/units.loaders.js';
import { DeductionsService } from './deductions.service.js';
import { AddPointDeductionInput, LeagueTableArgs, RemovePointDeductionArgs, SetStoredStandingsInput } from './dto/tables.inputs.js';
import { LeagueTable, LeagueTableRow } from './models/league-table.model.js';
import { MAX_DEDUCTIONS_PER_PHASE, PointDeduction } from './models/point-deduction.model.js';
import { MAX_TIES_PER_PHASE, Tie, TieSide } from './models/tie.model.js';
import { TablesLoaders } from './tables.loaders.js';

/** The legs of a tie: two, or one match. */
const MAX_LEGS = 2;

@Resolver(() => Phase)
export class PhaseTablesResolver {
  constructor(
    private readonly loaders: TablesLoaders,
    private readonly units: UnitsLoaders,
    private readonly service: DeductionsService,
  ) {}

  @ResolveField(() => LeagueTable, {
    nullable: true,
    complexity: 50,
    description:
      "The phase's league table from its finished matches with the discipline's points and tie-breakers, or its stored standings (computed: false). Null for a phase that no longer exists.",
  })
  table(@Parent() phase: Phase, @Args() args: LeagueTableArgs, @Context() ctx: RequestContext) {
    return this.loaders.tableByPhase(ctx.loaders).load({ phaseId: phase.id, asOf: args.asOf ?? null, matchday: args.matchday ?? null });
  }

  @ResolveField(() => [Tie], {
    complexity: MAX_TIES_PER_PHASE,
    description: `The knockout ties of the phase: its units between the same two competitors, in order (at most ${MAX_TIES_PER_PHASE}).`,
  })
  async ties(@Parent() phase: Phase, @Context() ctx: RequestContext) {
    const { ties, units } = await this.loaders.tiesByPhase(ctx.loaders).load(phase.id);
    // The legs come with the ties' statement: the unit loader serves them without another.
    const unitLoader = this.units.unitById(ctx.loaders);
    for (const { sides: _sides, ...unit } of units) unitLoader.prime(unit.id, unit);
    return ties;
  }

  @ResolveField(() => [PointDeduction], {
    complexity: MAX_DEDUCTIONS_PER_PHASE,
    description: `Points taken from competitors in the phase, oldest decision first (at most ${MAX_DEDUCTIONS_PER_PHASE}).`,
  })
  deductions(@Parent() phase: Phase, @Context() ctx: RequestContext) {
    return this.loaders.deductionsByPhase(ctx.loaders).load(phase.id);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => PointDeduction, {
    description: "Takes points from a competitor in a league phase; the phase's table changes from decidedOn.",
  })
  addPointDeduction(@Args('input', { description: 'The deduction.' }) input: AddPointDeductionInput, @CurrentViewer() viewer: Viewer) {
    return this.service.addPointDeduction(input, viewer);
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => ID, { description: 'Removes a point deduction (entered by mistake, or overturned) and returns its id.' })
  async removePointDeduction(@Args() { id }: RemovePointDeductionArgs, @CurrentViewer() viewer: Viewer) {
    return toGlobalId('PointDeduction', await this.service.removePointDeduction(id, viewer));
  }

  @Roles('EDITOR', 'RESULTS')
  @Mutation(() => Phase, {
    description:
      "Stores a phase's standings as published (for tables not computed from matches), replacing any stored before; VERSION_CONFLICT if the phase changed since.",
  })
  setStoredStandings(
    @Args('input', { description: 'The phase, its version and the rows.' }) input: SetStoredStandingsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.setStoredStandings(input, viewer);
  }
}

@Resolver(() => LeagueTableRow)
export class LeagueTableRowResolver {
  constructor(private readonly results: ResultsLoaders) {}

  @ResolveField(() => Competitor, { description: 'Whose row it is.' })
  competitor(@Parent() row: LeagueTableRow, @Context() ctx: RequestContext) {
    return this.results.competitorById(ctx.loaders).load(row.competitorId);
  }
}

@Resolver(() => PointDeduction)
export class PointDeductionResolver {
  constructor(
    private readonly results: ResultsLoaders,
    private readonly units: UnitsLoaders,
  ) {}

  @ResolveField(() => Competitor, { description: 'Who lost the points.' })
  competitor(@Parent() deduction: PointDeduction, @Context() ctx: RequestContext) {
    return this.results.competitorById(ctx.loaders).load(deduction.competitorId);
  }

  @ResolveField(() => Phase, { nullable: true, description: 'The phase whose table it applies to.' })
  phase(@Parent() deduction: PointDeduction, @Context() ctx: RequestContext) {
    return this.units.phaseById(ctx.loaders).load(deduction.phaseId);
  }
}

@Resolver(() => TieSide)
export class TieSideResolver {
  constructor(private readonly results: ResultsLoaders) {}

  @ResolveField(() => Competitor, { description: 'The competitor on this side.' })
  competitor(@Parent() side: TieSide, @Context() ctx: RequestContext) {
    return this.results.competitorById(ctx.loaders).load(side.competitorId);
  }
}

@Resolver(() => Tie)
export class TieResolver {
  constructor(
    private readonly results: ResultsLoaders,
    private readonly units: UnitsLoaders,
  ) {}

  @ResolveField(() => [Unit], { complexity: MAX_LEGS, description: 'The matches of the tie: by leg, then by time.' })
  async legs(@Parent() tie: Tie, @Context() ctx: RequestContext) {
    const units = await this.units.unitById(ctx.loaders).loadMany(tie.legIds);
    return units.filter((unit): unit is NonNullable<typeof unit> & Unit => unit !== null && !(unit instanceof Error));
  }

  @ResolveField(() => Competitor, { nullable: true, description: 'Who went through; null while UNDECIDED.' })
  winner(@Parent() tie: Tie, @Context() ctx: RequestContext) {
    return tie.winnerId ? this.results.competitorById(ctx.loaders).load(tie.winnerId) : null;
  }

  @ResolveField(() => Unit, { nullable: true, description: "The match the tie's winner goes on to, when the bracket says so." })
  nextUnit(@Parent() tie: Tie, @Context() ctx: RequestContext) {
    return tie.nextUnitId ? this.units.unitById(ctx.loaders).load(tie.nextUnitId) : null;
  }
}
