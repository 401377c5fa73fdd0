import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma, type Unit } from '../../generated/prisma/client.js';
import type { Decision, Designation, Wlt } from '../../generated/prisma/enums.js';
import { MAX_DEDUCTIONS_PER_PHASE } from './models/point-deduction.model.js';

/** What the table statement returns for one phase. */
export interface PhaseTableData {
  phaseId: string;
  disciplineCode: string;
  /** Every competitor with a result in the phase or a deduction, with the name that orders rows level on everything. */
  competitors: { id: string; name: string }[];
  matches: {
    id: string;
    at: string | null;
    order: number;
    decision: Decision | null;
    past: boolean;
    sides: { c: string; s: number | null; w: Wlt | null; d: Designation | null; t: number }[];
  }[];
  deductions: { c: string; p: number }[];
  stored: {
    c: string;
    rank: number;
    played: number | null;
    won: number | null;
    drawn: number | null;
    lost: number | null;
    sf: number | null;
    sa: number | null;
    points: string | number | null;
    note: string | null;
  }[];
}

export interface TableFilter {
  /** Matches before the end of this UTC day; deductions decided on or before it. */
  asOf: Date | null;
  matchday: number | null;
}

/** A unit of a knockout phase with its two sides, from one statement. */
export type TieUnitRow = Unit & { sides: { c: string; s: number | null; w: Wlt | null }[] | null };

const DAY_MS = 86_400_000;

@Injectable()
export class TablesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Everything the tables of these phases are computed from, in one statement: the finished
   * units (as of a day, up to a matchday) with each side's score, outcome, designation and
   * tries, whether play went past regulation, the deductions in force and any stored standings.
   */
  async tableData(phaseIds: readonly string[], filter: TableFilter): Promise<PhaseTableData[]> {
    const asOfDay = filter.asOf ? filter.asOf.toISOString().slice(0, 10) : null;
    const before = filter.asOf
      ? new Date(Date.UTC(filter.asOf.getUTCFullYear(), filter.asOf.getUTCMonth(), filter.asOf.getUTCDate()) + DAY_MS)
      : null;
    // Prepared: the statement plans longer than it runs, and its plan is reused per connection.
    return this.prisma.queryPrepared<PhaseTableData>(Prisma.sql`
      WITH ph AS (
        SELECT p.id, e."disciplineCode" FROM "Phase" p JOIN "Event" e ON e.id = p."eventId" WHERE p.id = ANY(${[...phaseIds]}::uuid[])
      ), all_units AS (
        SELECT u.id, u."phaseId", u."scheduledAt", u."order", u.decision, u.status, u."resultStatus", u.matchday FROM "Unit" u WHERE u."phaseId" IN (SELECT id FROM ph)
      ), units AS (
        -- Played matches: domain/played.ts isPlayed.
        SELECT * FROM all_units u
        WHERE (u.status = 'FINISHED' OR (u."resultStatus" IN ('OFFICIAL', 'UNOFFICIAL') AND u.status NOT IN ('CANCELLED', 'POSTPONED')))
          AND (${before}::timestamptz IS NULL OR u."scheduledAt" < ${before}::timestamptz)
          AND (${filter.matchday}::int IS NULL OR u.matchday <= ${filter.matchday}::int)
      ), res AS (
        SELECT r.id, r."unitId", r."competitorId", r.score, r.wlt, r.designation, r."displayOrder"
        FROM "Result" r WHERE r."unitId" IN (SELECT id FROM units)
      ), tries AS (
        SELECT i."unitId", i."competitorId", count(*)::int AS n FROM "Incident" i
        WHERE i."unitId" IN (SELECT id FROM units) AND i.kind IN ('TRY', 'PENALTY_TRY') GROUP BY 1, 2
      ), past AS (
        SELECT DISTINCT res."unitId" FROM "ResultPeriod" rp JOIN res ON res.id = rp."resultId"
        WHERE rp.kind IN ('EXTRA_TIME', 'OVERTIME', 'SHOOTOUT')
      ), sides AS (
        SELECT res."unitId", json_agg(json_build_object('c', res."competitorId", 's', res.score, 'w', res.wlt, 'd', res.designation,
          't', coalesce(tries.n, 0)) ORDER BY res."displayOrder") AS sides
        FROM res LEFT JOIN tries ON tries."unitId" = res."unitId" AND tries."competitorId" = res."competitorId"
        GROUP BY res."unitId"
      ), entrants AS (
        SELECT DISTINCT u."phaseId", r."competitorId" FROM "Result" r JOIN all_units u ON u.id = r."unitId"
        UNION SELECT d."phaseId", d."competitorId" FROM "PointDeduction" d WHERE d."phaseId" IN (SELECT id FROM ph)
        UNION SELECT s."phaseId", s."competitorId" FROM "StoredStanding" s WHERE s."phaseId" IN (SELECT id FROM ph)
      )
      SELECT ph.id AS "phaseId", ph."disciplineCode",
        (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', coalesce(o.name, pe."displayName", ''))), '[]'::json)
           FROM entrants en JOIN "Competitor" c ON c.id = en."competitorId"
           LEFT JOIN "Organisation" o ON o.id = c."teamId" LEFT JOIN "Person" pe ON pe.id = c."personId"
           WHERE en."phaseId" = ph.id) AS competitors,
        (SELECT coalesce(json_agg(json_build_object('id', u.id, 'at', u."scheduledAt", 'order', u."order", 'decision', u.decision,
             'past', past."unitId" IS NOT NULL, 'sides', sides.sides)), '[]'::json)
           FROM units u JOIN sides ON sides."unitId" = u.id LEFT JOIN past ON past."unitId" = u.id
           WHERE u."phaseId" = ph.id) AS matches,
        (SELECT coalesce(json_agg(json_build_object('c', d."competitorId", 'p', d.points)), '[]'::json) FROM "PointDeduction" d
           WHERE d."phaseId" = ph.id AND (${asOfDay}::date IS NULL OR d."decidedOn" <= ${asOfDay}::date)) AS deductions,
        (SELECT coalesce(json_agg(json_build_object('c', s."competitorId", 'rank', s.rank, 'played', s.played, 'won', s.won,
             'drawn', s.drawn, 'lost', s.lost, 'sf', s."scoredFor", 'sa', s."scoredAgainst", 'points', s.points, 'note', s.note)
             ORDER BY s.rank), '[]'::json)
           FROM "StoredStanding" s WHERE s."phaseId" = ph.id) AS stored
      FROM ph`);
  }

  /** Every unit of these phases with its sides (competitor, score, outcome), in one statement. */
  tieUnits(phaseIds: readonly string[]): Promise<TieUnitRow[]> {
    return this.prisma.$queryRaw<TieUnitRow[]>`
      SELECT u.*, (SELECT json_agg(json_build_object('c', r."competitorId", 's', r.score, 'w', r.wlt) ORDER BY r."displayOrder")
                   FROM "Result" r WHERE r."unitId" = u.id) AS sides
      FROM "Unit" u WHERE u."phaseId" = ANY(${[...phaseIds]}::uuid[])
      ORDER BY u."phaseId", u."order"`;
  }

  deductionsByPhases(phaseIds: readonly string[]) {
    return this.prisma.$queryRaw<
      { id: string; phaseId: string; competitorId: string; points: number; reason: string; decidedOn: Date; createdAt: Date }[]
    >(Prisma.sql`
      SELECT d.* FROM unnest(${[...phaseIds]}::uuid[]) AS k(id)
      CROSS JOIN LATERAL (SELECT * FROM "PointDeduction" x WHERE x."phaseId" = k.id ORDER BY x."decidedOn", x.id LIMIT ${MAX_DEDUCTIONS_PER_PHASE}) d`);
  }

  deductionsByIds(ids: readonly string[]) {
    return this.prisma.pointDeduction.findMany({ where: { id: { in: [...ids] } } });
  }
}
