import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';
import type {
  Competitor,
  EventStanding,
  RecordType,
  Result,
  ResultDetail,
  ResultPeriod,
  ResultRecordMark,
} from '../../generated/prisma/client.js';
import type { ResultType, TimeRounding } from '../../generated/prisma/enums.js';
import { MAX_PERIODS_PER_ROW } from './domain/match-rules.js';
import { MAX_DETAILS_PER_ROW, MAX_RESULT_ROWS } from './results-desk.rules.js';

/** How a unit's values are printed: its event's result type and its discipline's time rule. */
export interface UnitDisplayRule {
  unitId: string;
  resultType: ResultType;
  timeDecimals: number;
  timeRounding: TimeRounding;
  disciplineCode: string;
}

/** At most this many entries per event: registerCompetitor refuses more, reads never return more. */
export const MAX_COMPETITORS_PER_EVENT = 500;

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
    return firstPerParent<Result>(
      this.prisma,
      { table: '"Result"', parent: '"unitId"', order: '"displayOrder"', limit: MAX_RESULT_ROWS },
      unitIds,
    );
  }

  findResultsByIds(ids: readonly string[]) {
    return this.prisma.result.findMany({ where: { id: { in: [...ids] } } });
  }

  findCompetitorsByIds(ids: readonly string[]) {
    return this.prisma.competitor.findMany({ where: { id: { in: [...ids] } } });
  }

  findCompetitorsByEvents(eventIds: readonly string[]) {
    return firstPerParent<Competitor>(
      this.prisma,
      { table: '"Competitor"', parent: '"eventId"', order: 'id', limit: MAX_COMPETITORS_PER_EVENT },
      eventIds,
    );
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
      SELECT u.id AS "unitId", e."resultType"::text AS "resultType", d."timeDecimals", d."timeRounding"::text AS "timeRounding", d.code AS "disciplineCode"
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
    return firstPerParent<ResultDetail>(
      this.prisma,
      { table: '"ResultDetail"', parent: '"resultId"', order: 'kind, seq, judge', limit: MAX_DETAILS_PER_ROW },
      resultIds,
    );
  }

  /** Periods by result; the resolver puts them in the discipline's order of play. */
  findPeriods(resultIds: readonly string[]) {
    return firstPerParent<ResultPeriod>(
      this.prisma,
      { table: '"ResultPeriod"', parent: '"resultId"', order: 'kind, number', limit: MAX_PERIODS_PER_ROW },
      resultIds,
    );
  }

  findStandingsByIds(ids: readonly string[]) {
    return this.prisma.eventStanding.findMany({ where: { id: { in: [...ids] } } });
  }

  findStandingsByEvents(eventIds: readonly string[]) {
    return firstPerParent<EventStanding>(
      this.prisma,
      { table: '"EventStanding"', parent: '"eventId"', order: 'rank ASC NULLS LAST, id', limit: MAX_RESULT_ROWS },
      eventIds,
    );
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
