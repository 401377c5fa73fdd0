import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { RecordType, ResultRecordMark } from '../../generated/prisma/client.js';
import type { UnitDisplayRule } from './result-context.js';

export interface MedalCountRow {
  nocCode: string;
  gold: number;
  silver: number;
  bronze: number;
}

@Injectable()
export class ResultsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findResultsByUnits(unitIds: readonly string[]) {
    return this.prisma.result.findMany({ where: { unitId: { in: [...unitIds] } }, orderBy: [{ displayOrder: 'asc' }] });
  }

  findResultsByIds(ids: readonly string[]) {
    return this.prisma.result.findMany({ where: { id: { in: [...ids] } } });
  }

  findCompetitorsByIds(ids: readonly string[]) {
    return this.prisma.competitor.findMany({ where: { id: { in: [...ids] } } });
  }

  findCompetitorsByEvents(eventIds: readonly string[]) {
    return this.prisma.competitor.findMany({ where: { eventId: { in: [...eventIds] } }, orderBy: [{ id: 'asc' }] });
  }

  /** Record marks with their record type, joined: the marks are only ever shown with the type. */
  findRecordMarks(resultIds: readonly string[]) {
    return this.prisma.$queryRaw<(ResultRecordMark & RecordType)[]>`
      SELECT m."resultId", m."recordTypeCode", t.*
      FROM "ResultRecordMark" m JOIN "RecordType" t ON t.code = m."recordTypeCode"
      WHERE m."resultId" IN (${Prisma.join(resultIds.map((id) => Prisma.sql`${id}::uuid`))})
      ORDER BY m."recordTypeCode"`;
  }

  findDisplayRules(unitIds: readonly string[]) {
    return this.prisma.$queryRaw<UnitDisplayRule[]>`
      SELECT u.id AS "unitId", e."resultType"::text AS "resultType", d."timeDecimals", d."timeRounding"::text AS "timeRounding"
      FROM "Unit" u
      JOIN "Phase" p ON p.id = u."phaseId"
      JOIN "Event" e ON e.id = p."eventId"
      JOIN "Discipline" d ON d.code = e."disciplineCode"
      WHERE u.id IN (${Prisma.join(unitIds.map((id) => Prisma.sql`${id}::uuid`))})`;
  }

  findRecordTypes(codes: readonly string[]) {
    return this.prisma.recordType.findMany({ where: { code: { in: [...codes] } } });
  }

  findDetails(resultIds: readonly string[]) {
    return this.prisma.resultDetail.findMany({
      where: { resultId: { in: [...resultIds] } },
      orderBy: [{ kind: 'asc' }, { seq: 'asc' }, { judge: 'asc' }],
    });
  }

  findStandingsByIds(ids: readonly string[]) {
    return this.prisma.eventStanding.findMany({ where: { id: { in: [...ids] } } });
  }

  findStandingsByEvents(eventIds: readonly string[]) {
    return this.prisma.eventStanding.findMany({
      where: { eventId: { in: [...eventIds] } },
      orderBy: [{ rank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    });
  }

  /** Medals per NOC in each competition, counted in SQL. */
  medalCounts(competitionIds: readonly string[]) {
    return this.prisma.$queryRaw<(MedalCountRow & { competitionId: string })[]>`
      SELECT e."competitionId" AS "competitionId", c."nocCode" AS "nocCode",
             count(*) FILTER (WHERE s.medal = 'GOLD')::int AS gold,
             count(*) FILTER (WHERE s.medal = 'SILVER')::int AS silver,
             count(*) FILTER (WHERE s.medal = 'BRONZE')::int AS bronze
      FROM "EventStanding" s
      JOIN "Event" e ON e.id = s."eventId"
      JOIN "Competitor" c ON c.id = s."competitorId"
      WHERE s.medal IS NOT NULL AND c."nocCode" IS NOT NULL
        AND e."competitionId" IN (${Prisma.join(competitionIds.map((id) => Prisma.sql`${id}::uuid`))})
      GROUP BY e."competitionId", c."nocCode"`;
  }
}
