import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Decision } from '../../../../generated/prisma/enums.js';
import type { RequestContext } from '../../../../graphql/request-context.js';
import { Incident } from '../../../incidents/models/incident.model.js';
import { Scorer } from '../../../incidents/models/scorer.model.js';
import { IncidentsLoaders } from '../../../incidents/incidents.loaders.js';
import { scorersOf } from '../../../incidents/domain/scorers.js';
import { OrganisationsLoaders } from '../../../organisations/organisations.loaders.js';
import { PeopleLoaders } from '../../../people/people.loaders.js';
import { Result } from '../../../results/models/result.model.js';
import { ResultsLoaders } from '../../../results/results.loaders.js';
import { Unit } from '../../../units/models/unit.model.js';
import { UnitsLoaders } from '../../../units/units.loaders.js';
import { MatchBlock } from './match.model.js';
import { scoreLine } from './score-line.js';

/** A match has two sides; a block on a unit with more rows shows its first two. */
const SIDES = 2;
/** Most scorers a match block lists (two full squads and own goals fit). */
export const MAX_MATCH_SCORERS = 50;
/** Most cards a match block lists (the 2006 "Battle of Nuremberg" had 20). */
export const MAX_MATCH_CARDS = 40;
const CARD_KINDS = new Set(['YELLOW_CARD', 'SECOND_YELLOW_CARD', 'RED_CARD']);

/**
 * The match block's own view of its unit, with the bounds of a match (two sides, a squad's
 * scorers, a match's cards) rather than a unit's (500 rows), so a story of match reports stays
 * affordable to query. Everything comes from the unit's live results and incidents.
 */
@Resolver(() => MatchBlock)
export class MatchBlockResolver {
  constructor(
    private readonly units: UnitsLoaders,
    private readonly results: ResultsLoaders,
    private readonly incidents: IncidentsLoaders,
    private readonly people: PeopleLoaders,
    private readonly organisations: OrganisationsLoaders,
  ) {}

  @ResolveField(() => Unit, {
    nullable: true,
    description: 'The match itself: venue, time, line-ups, officials and every incident; null once deleted.',
  })
  unit(@Parent() block: MatchBlock, @Context() ctx: RequestContext) {
    return this.units.unitById(ctx.loaders).load(block.unitId);
  }

  @ResolveField(() => [Result], {
    complexity: SIDES,
    description: 'The two sides in display order (home first where designated): score, outcome, periods, competitor.',
  })
  async sides(@Parent() block: MatchBlock, @Context() ctx: RequestContext) {
    return (await this.results.resultsByUnit(ctx.loaders).load(block.unitId)).slice(0, SIDES);
  }

  @ResolveField(() => Decision, { nullable: true, description: 'How the match was decided; null until the results desk says.' })
  async decision(@Parent() block: MatchBlock, @Context() ctx: RequestContext): Promise<Decision | null> {
    return (await this.units.unitById(ctx.loaders).load(block.unitId))?.decision ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The score line as printed: "Rovers 3–1 United", "Inter 1–1 Barcelona (a.e.t., 4–2 on penalties)"; null before a score.',
  })
  async scoreLine(@Parent() block: MatchBlock, @Context() ctx: RequestContext) {
    const [unit, rows] = await Promise.all([
      this.units.unitById(ctx.loaders).load(block.unitId),
      this.results.resultsByUnit(ctx.loaders).load(block.unitId),
    ]);
    const sides = await Promise.all(
      rows.slice(0, SIDES).map(async (row) => ({
        name: await this.competitorName(ctx, row.competitorId),
        score: row.score,
        periods: await this.results.periodsByResult(ctx.loaders).load(row.id),
      })),
    );
    return scoreLine(sides, unit?.decision ?? null);
  }

  @ResolveField(() => [Scorer], {
    complexity: MAX_MATCH_SCORERS,
    description: `Who scored, with their minutes, in the order of their first goal (at most ${MAX_MATCH_SCORERS}).`,
  })
  async scorers(@Parent() block: MatchBlock, @Context() ctx: RequestContext) {
    return scorersOf(await this.incidents.incidentsByUnit(ctx.loaders).load(block.unitId)).slice(0, MAX_MATCH_SCORERS);
  }

  @ResolveField(() => [Incident], {
    complexity: MAX_MATCH_CARDS,
    description: `Yellow, second yellow and red cards in the order of play (at most ${MAX_MATCH_CARDS}).`,
  })
  async cards(@Parent() block: MatchBlock, @Context() ctx: RequestContext) {
    const incidents = await this.incidents.incidentsByUnit(ctx.loaders).load(block.unitId);
    return incidents.filter((incident) => CARD_KINDS.has(incident.kind)).slice(0, MAX_MATCH_CARDS);
  }

  private async competitorName(ctx: RequestContext, competitorId: string): Promise<string> {
    const competitor = await this.results.competitorById(ctx.loaders).load(competitorId);
    if (competitor?.teamId) return (await this.organisations.byId(ctx.loaders).load(competitor.teamId))?.name ?? '';
    if (competitor?.personId) return (await this.people.byId(ctx.loaders).load(competitor.personId))?.displayName ?? '';
    return '';
  }
}
