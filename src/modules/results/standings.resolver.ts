import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context.js';
import { Competition } from '../competitions/models/competition.model.js';
import { EventsLoaders } from '../events/events.loaders.js';
import { Event } from '../events/models/event.model.js';
import { NocsLoaders } from '../nocs/nocs.loaders.js';
import { rankMedalTable } from './domain/medal-table.js';
import { Competitor } from './models/competitor.model.js';
import { EventStanding, MedalTableRow } from './models/event-standing.model.js';
import { MAX_RESULT_ROWS } from './results-desk.rules.js';
import { ResultsLoaders } from './results.loaders.js';

/** One row per NOC that won a medal: bounded by the NOC list (206 national NOCs and a dozen others). */
const MEDAL_TABLE_ROWS = 250;

@Resolver(() => EventStanding)
export class StandingsResolver {
  constructor(private readonly loaders: ResultsLoaders) {}

  @ResolveField(() => Competitor, { description: 'Whose standing it is.' })
  competitor(@Parent() standing: EventStanding, @Context() ctx: RequestContext) {
    return this.loaders.competitorById(ctx.loaders).load(standing.competitorId);
  }
}

@Resolver(() => Event)
export class EventStandingsResolver {
  constructor(
    private readonly loaders: ResultsLoaders,
    private readonly events: EventsLoaders,
  ) {}

  @ResolveField(() => [EventStanding], {
    complexity: MAX_RESULT_ROWS,
    description: `Final standings of the event, best first (at most ${MAX_RESULT_ROWS}); medals live here.`,
  })
  standings(@Parent() event: Event, @Context() ctx: RequestContext) {
    return this.loaders.standingsByEvent(ctx.loaders).load(event.id);
  }

  @ResolveField(() => Competitor, { nullable: true, description: 'The winner of the previous edition (same recurring key), if known.' })
  async defendingChampion(@Parent() event: Event, @Context() ctx: RequestContext) {
    const previous = await this.events.previousEdition(ctx.loaders).load(event.id);
    if (!previous) return null;
    const standings = await this.loaders.standingsByEvent(ctx.loaders).load(previous.id);
    const winner = standings.find((s) => s.rank === 1 && !s.rankEqual) ?? null;
    return winner ? this.loaders.competitorById(ctx.loaders).load(winner.competitorId) : null;
  }
}

@Resolver(() => Competition)
export class CompetitionMedalsResolver {
  constructor(
    private readonly loaders: ResultsLoaders,
    private readonly nocs: NocsLoaders,
  ) {}

  @ResolveField(() => [MedalTableRow], {
    complexity: MEDAL_TABLE_ROWS,
    description: "Medals per NOC from the events' final standings: one row per NOC that won a medal, so bounded by the NOC list.",
  })
  async medalTable(@Parent() competition: Competition, @Context() ctx: RequestContext) {
    const counts = await this.loaders.medalCountsByCompetition(ctx.loaders).load(competition.id);
    const ranked = rankMedalTable(counts);
    const nocs = await this.nocs.byCode(ctx.loaders).loadMany(ranked.map((row) => row.nocCode));
    return ranked.map((row, i) => ({ ...row, noc: nocs[i] }));
  }
}
