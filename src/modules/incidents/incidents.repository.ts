import { Injectable } from '@nestjs/common';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Incident } from '../../generated/prisma/client.js';
import { type IncidentCandidate, MAX_INCIDENTS_PER_UNIT } from './domain/incident-rules.js';

type Tx = Prisma.TransactionClient;

/** A competition's top scorer, as counted in SQL. */
export interface TopScorerRow {
  competitionId: string;
  personId: string;
  goals: number;
  penalties: number;
  rank: number;
}

/** Most scorers a competition lists. */
export const MAX_TOP_SCORERS = 100;

@Injectable()
export class IncidentsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The unit's discipline and event, and its sides (result rows with their periods): what incidents are checked against. */
  async loadUnitContext(tx: Tx, unitId: string) {
    const unit = await tx.unit.findUniqueOrThrow({
      where: { id: unitId },
      select: { phaseId: true, phase: { select: { event: { select: { id: true, disciplineCode: true } } } } },
    });
    const sides = await tx.result.findMany({
      where: { unitId },
      select: { competitorId: true, score: true, periods: { select: { kind: true, score: true } } },
    });
    return { phaseId: unit.phaseId, eventId: unit.phase.event.id, disciplineCode: unit.phase.event.disciplineCode, sides };
  }

  /** The people named by id or slug, in one query. */
  findPeople(tx: Tx, ids: readonly string[], slugs: readonly string[]) {
    if (ids.length === 0 && slugs.length === 0) return Promise.resolve([]);
    return tx.person.findMany({
      where: { OR: [{ id: { in: [...ids] } }, { slug: { in: [...slugs] } }] },
      select: { id: true, slug: true },
    });
  }

  /** The event's competitors among the given team slugs. */
  findTeamCompetitors(tx: Tx, eventId: string, slugs: readonly string[]) {
    if (slugs.length === 0) return Promise.resolve([]);
    return tx.competitor.findMany({
      where: { eventId, team: { slug: { in: [...slugs] } } },
      select: { id: true, team: { select: { slug: true } } },
    });
  }

  /** Makes the unit's incidents exactly `incidents`, numbered in the order given. */
  async replace(tx: Tx, unitId: string, incidents: readonly IncidentCandidate[]): Promise<{ before: number; after: number }> {
    const { count } = await tx.incident.deleteMany({ where: { unitId } });
    if (incidents.length > 0) {
      await tx.incident.createMany({ data: incidents.map((incident, i) => ({ unitId, seq: i + 1, ...incident })) });
    }
    return { before: count, after: incidents.length };
  }

  /** Each unit's incidents in the order of play: period (the enum lists kinds in playing order), minute, added time, kick, seq. */
  findByUnits(unitIds: readonly string[]) {
    return firstPerParent<Incident>(
      this.prisma,
      {
        table: '"Incident"',
        parent: '"unitId"',
        order: '"periodKind", "periodNumber", minute, "addedMinute" NULLS FIRST, "shootoutOrder", seq',
        limit: MAX_INCIDENTS_PER_UNIT,
      },
      unitIds,
    );
  }

  /**
   * The first `first` scorers of each competition, in one statement: goals are GOAL and
   * PENALTY_GOAL (own goals are not the scorer's), ordered by goals, then name.
   */
  topScorers(competitionIds: readonly string[], first: number) {
    const ids = Prisma.join(competitionIds.map((id) => Prisma.sql`${id}::uuid`));
    return this.prisma.$queryRaw<TopScorerRow[]>`
      SELECT ranked."competitionId", ranked."personId", ranked.goals, ranked.penalties, ranked.rank FROM (
        SELECT e."competitionId", i."personId",
               count(*)::int AS goals,
               count(*) FILTER (WHERE i.kind = 'PENALTY_GOAL')::int AS penalties,
               rank() OVER (PARTITION BY e."competitionId" ORDER BY count(*) DESC)::int AS rank,
               row_number() OVER (PARTITION BY e."competitionId" ORDER BY count(*) DESC, p."displayName", p.id)::int AS position
        FROM "Incident" i
        JOIN "Unit" u ON u.id = i."unitId"
        JOIN "Phase" ph ON ph.id = u."phaseId"
        JOIN "Event" e ON e.id = ph."eventId"
        JOIN "Person" p ON p.id = i."personId"
        WHERE i.kind IN ('GOAL', 'PENALTY_GOAL') AND e."competitionId" IN (${ids})
        GROUP BY e."competitionId", i."personId", p."displayName", p.id
      ) ranked
      WHERE ranked.position <= ${first}
      ORDER BY ranked."competitionId", ranked.position`;
  }

  /** Goals of each person in one competition, in one statement: totals, penalties, hat-tricks (3+ in a match). */
  personGoals(competitionId: string, personIds: readonly string[]) {
    return this.prisma.$queryRaw<PersonGoalsRow[]>`
      SELECT m."personId", sum(m.goals)::int AS goals, sum(m.penalties)::int AS "penaltyGoals",
             count(*) FILTER (WHERE m.goals >= 3)::int AS "hatTricks", count(*)::int AS "matchesScoredIn"
      FROM (
        SELECT i."personId", i."unitId", count(*) AS goals, count(*) FILTER (WHERE i.kind = 'PENALTY_GOAL') AS penalties
        FROM "Incident" i
        JOIN "Unit" u ON u.id = i."unitId"
        JOIN "Phase" ph ON ph.id = u."phaseId"
        JOIN "Event" e ON e.id = ph."eventId"
        WHERE i.kind IN ('GOAL', 'PENALTY_GOAL') AND e."competitionId" = ${competitionId}::uuid
          AND i."personId" = ANY(${[...personIds]}::uuid[])
        GROUP BY i."personId", i."unitId"
      ) m
      GROUP BY m."personId"`;
  }
}

export interface PersonGoalsRow {
  personId: string;
  goals: number;
  penaltyGoals: number;
  hatTricks: number;
  matchesScoredIn: number;
}
