import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { LeagueTable } from '../../../tables/models/league-table.model.js';
import { TablesLoaders } from '../../../tables/tables.loaders.js';
import { Phase } from '../../../units/models/phase.model.js';
import { UnitsLoaders } from '../../../units/units.loaders.js';
import { StandingsBlock } from './standings.model.js';

@Resolver(() => StandingsBlock)
export class StandingsBlockResolver {
  constructor(
    private readonly units: UnitsLoaders,
    private readonly tables: TablesLoaders,
  ) {}

  @ResolveField(() => Phase, { nullable: true, description: 'The league phase or group; null once deleted.' })
  phase(@Parent() block: StandingsBlock, @Context() ctx: RequestContext) {
    return this.units.phaseById(ctx.loaders).load(block.phaseId);
  }

  @ResolveField(() => LeagueTable, {
    nullable: true,
    complexity: 50,
    description:
      "The phase's table as of the block's date or matchday, computed live from the matches and deductions, cut to `top` rows; null once the phase is deleted.",
  })
  async table(@Parent() block: StandingsBlock, @Context() ctx: RequestContext) {
    const asOf = block.asOf ? new Date(`${block.asOf}T00:00:00Z`) : null;
    const table = await this.tables.tableByPhase(ctx.loaders).load({ phaseId: block.phaseId, asOf, matchday: block.matchday });
    return table && block.top ? { ...table, rows: table.rows.slice(0, block.top) } : table;
  }
}
