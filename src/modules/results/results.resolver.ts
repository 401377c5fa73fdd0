import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Unit } from '../units/models/unit.model.js';
import { UnitsLoaders } from '../units/units.loaders.js';
import { plainDecimal } from './domain/decimal.js';
import { behind, displayValue, leaderOf } from './domain/result-value.js';
import { Competitor } from './models/competitor.model.js';
import { RecordType } from './models/record-type.model.js';
import { Result, ResultDetail, ResultPeriod } from './models/result.model.js';
import { comparePeriods, sportRules } from '../disciplines/sport-rules.js';
import { Decision } from '../disciplines/match-enums.js';
import { Incident } from '../incidents/models/incident.model.js';
import { MAX_PERIODS_PER_ROW } from './domain/match-rules.js';
import { ResultContext } from './result-context.js';
import { MAX_DETAILS_PER_ROW, MAX_RECORD_MARKS_PER_ROW, MAX_RESULT_ROWS } from './results-desk.rules.js';
import { ResultsLoaders } from './results.loaders.js';
import type { Prisma } from '../../generated/prisma/client.js';

type ResultRow = Result & { points: Prisma.Decimal | null };

/** ResultDetail.value is NUMERIC(10,3). */
const DETAIL_SCALE = 3;

@Resolver(() => Result)
export class ResultsResolver {
  constructor(
    private readonly loaders: ResultsLoaders,
    private readonly context: ResultContext,
    private readonly units: UnitsLoaders,
  ) {}

  @ResolveField(() => Competitor, { description: 'Whose result it is.' })
  competitor(@Parent() result: Result, @Context() ctx: RequestContext) {
    return this.loaders.competitorById(ctx.loaders).load(result.competitorId);
  }

  @ResolveField(() => Unit, { description: 'The race, match or bout the result belongs to.' })
  unit(@Parent() result: Result, @Context() ctx: RequestContext) {
    return this.units.unitById(ctx.loaders).load(result.unitId);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Points (judged sports, points races).' })
  points(@Parent() result: ResultRow) {
    return result.points === null ? null : Number(result.points);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The value as printed, per the discipline\'s rule: "1:12.31"; the IRM code when there is no value.',
  })
  async displayValue(@Parent() result: ResultRow, @Context() ctx: RequestContext) {
    const { event, discipline } = await this.context.forUnit(ctx.loaders, result.unitId);
    return displayValue(result, event, discipline);
  }

  @ResolveField(() => String, { nullable: true, description: 'Gap to the best valid value of the unit: "+0.28"; null for the leader.' })
  async behind(@Parent() result: ResultRow, @Context() ctx: RequestContext) {
    const [{ event, discipline }, rows] = await Promise.all([
      this.context.forUnit(ctx.loaders, result.unitId),
      this.loaders.resultsByUnit(ctx.loaders).load(result.unitId),
    ]);
    const leader = leaderOf(rows, event);
    return behind(result, leader && leader.id === result.id ? result : leader, event, discipline);
  }

  @ResolveField(() => [RecordType], {
    complexity: MAX_RECORD_MARKS_PER_ROW,
    description: 'Record marks printed next to the result ("OR").',
  })
  async recordMarks(@Parent() result: Result, @Context() ctx: RequestContext) {
    return this.loaders.recordMarksByResult(ctx.loaders).load(result.id);
  }

  @ResolveField(() => [ResultDetail], {
    complexity: MAX_DETAILS_PER_ROW,
    description: `Splits, periods, rounds, judges' cards, component scores (at most ${MAX_DETAILS_PER_ROW}).`,
  })
  async details(@Parent() result: Result, @Context() ctx: RequestContext) {
    const details = await this.loaders.detailsByResult(ctx.loaders).load(result.id);
    return details.map((d) => ({ ...d, value: d.value === null ? null : plainDecimal(d.value, DETAIL_SCALE) }));
  }

  @ResolveField(() => [ResultPeriod], {
    complexity: MAX_PERIODS_PER_ROW,
    description: `This side's score per period, in the discipline's order of play then by number (at most ${MAX_PERIODS_PER_ROW}).`,
  })
  async periods(@Parent() result: Result, @Context() ctx: RequestContext) {
    const [periods, { discipline }] = await Promise.all([
      this.loaders.periodsByResult(ctx.loaders).load(result.id),
      this.context.forUnit(ctx.loaders, result.unitId),
    ]);
    return [...periods].sort(comparePeriods(sportRules(discipline.code)));
  }
}

@Resolver(() => Unit)
export class UnitResultsResolver {
  constructor(private readonly loaders: ResultsLoaders) {}

  @ResolveField(() => [Result], {
    complexity: MAX_RESULT_ROWS,
    description: `The result rows in display order (at most ${MAX_RESULT_ROWS}).`,
  })
  results(@Parent() unit: Unit, @Context() ctx: RequestContext) {
    return this.loaders.resultsByUnit(ctx.loaders).load(unit.id);
  }

  @ResolveField(() => Decision, {
    nullable: true,
    description: 'How the match was decided (REGULATION, EXTRA_TIME, PENALTIES, SHOOTOUT, RETIREMENT...); set with its results.',
  })
  decision(@Parent() unit: Unit & { decision?: Decision | null }) {
    return unit.decision ?? null;
  }
}

@Resolver(() => Incident)
export class IncidentCompetitorResolver {
  constructor(private readonly loaders: ResultsLoaders) {}

  @ResolveField(() => Competitor, {
    nullable: true,
    description: 'The side it counts for (an own goal counts for the side that benefits).',
  })
  competitor(@Parent() incident: Incident, @Context() ctx: RequestContext) {
    return incident.competitorId ? this.loaders.competitorById(ctx.loaders).load(incident.competitorId) : null;
  }
}
