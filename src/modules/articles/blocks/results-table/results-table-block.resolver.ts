import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { Event } from '../../../events/models/event.model.js';
import { EventsLoaders } from '../../../events/events.loaders.js';
import { EventStanding } from '../../../results/models/event-standing.model.js';
import { Result } from '../../../results/models/result.model.js';
import { ResultsLoaders } from '../../../results/results.loaders.js';
import { Unit } from '../../../units/models/unit.model.js';
import { UnitsLoaders } from '../../../units/units.loaders.js';
import { MAX_TABLE_ROWS } from './results-table.input.js';
import { ResultsTableBlock } from './results-table.model.js';

@Resolver(() => ResultsTableBlock)
export class ResultsTableBlockResolver {
  constructor(
    private readonly units: UnitsLoaders,
    private readonly events: EventsLoaders,
    private readonly results: ResultsLoaders,
  ) {}

  @ResolveField(() => Unit, { nullable: true, description: 'The unit whose results the table shows.' })
  unit(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    return block.unitId ? this.units.unitById(ctx.loaders).load(block.unitId) : null;
  }

  @ResolveField(() => Event, { nullable: true, description: 'The event whose final standings the table shows.' })
  event(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    return block.eventId ? this.events.byId(ctx.loaders).load(block.eventId) : null;
  }

  @ResolveField(() => [Result], {
    complexity: MAX_TABLE_ROWS,
    description: 'The rows chosen for this table, from the live results (unit tables).',
  })
  async rows(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    if (!block.unitId) return [];
    return pick(await this.results.resultsByUnit(ctx.loaders).load(block.unitId), block);
  }

  @ResolveField(() => [EventStanding], { complexity: MAX_TABLE_ROWS, description: 'The standings chosen for this table (event tables).' })
  async standings(@Parent() block: ResultsTableBlock, @Context() ctx: RequestContext) {
    if (!block.eventId) return [];
    return pick(await this.results.standingsByEvent(ctx.loaders).load(block.eventId), block);
  }
}

function pick<T extends { competitorId: string }>(rows: T[], block: ResultsTableBlock): T[] {
  const chosen = block.competitorIds.length ? rows.filter((row) => block.competitorIds.includes(row.competitorId)) : rows;
  return block.top ? chosen.slice(0, block.top) : chosen;
}
