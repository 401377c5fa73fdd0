import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { FactSheet } from '../engine/fact-sheet.js';
import {
  factEntities,
  factRecords,
  factUnits,
  type GoalRow,
  type MedalRow,
  type RecordRow,
  type ResultRow,
  type UnitRow,
} from './fact-sheet.mapper.js';
import { scopeOf, storyDate, type StorySource } from './story-source.js';

type Db = Prisma.TransactionClient;

/** Most units a sheet holds: the ones the story links or embeds first, then the latest of the events it links. */
export const MAX_SHEET_UNITS = 60;
/** Most result rows read over those units (a mass start has 30; a marathon's 500 would crowd the rest out). */
export const MAX_SHEET_RESULTS = 3_000;
/** Most goals read over the sheet's matches. */
const MAX_SHEET_GOALS = 1_000;
/** Most people and teams in a sheet: the story's own and every competitor of its units. */
const MAX_SHEET_ENTITIES = 3_000;
/** Most medals read over those entities. */
const MAX_SHEET_MEDALS = 5_000;
/** Most standing records read for the sheet's events. */
const MAX_SHEET_RECORDS = 200;

/**
 * Builds a story's fact sheet from the database, as of the story's date, in at most seven
 * statements whatever the story holds: the units it links or embeds (and those of the events
 * it links, and of the results its fact boxes compute from), their results with record marks
 * and shoot-outs, the goals of its matches, the people and teams it names or that compete in
 * those units with their medals, and the records standing for those events.
 */
@Injectable()
export class FactSheetRepository {
  async sheetFor(db: Db, source: StorySource): Promise<FactSheet> {
    const asOf = storyDate(source);
    const scope = scopeOf(source);
    const units = await this.units(db, scope.unitIds, scope.resultIds, scope.eventIds);
    const unitIds = units.map((unit) => unit.id);
    const results = await this.results(db, unitIds);
    const goals = await this.goals(
      db,
      units.filter((unit) => unit.style === 'HEAD_TO_HEAD').map((unit) => unit.id),
    );
    const personIds = new Set(scope.personIds);
    const teamIds = new Set(scope.organisationIds);
    for (const row of results) {
      if (row.personId) personIds.add(row.personId);
      if (row.teamId) teamIds.add(row.teamId);
    }
    const people = [...personIds].slice(0, MAX_SHEET_ENTITIES);
    const teams = [...teamIds].slice(0, MAX_SHEET_ENTITIES);
    const personRows = people.length
      ? await db.person.findMany({
          where: { id: { in: people } },
          select: {
            id: true,
            displayName: true,
            givenName: true,
            familyName: true,
            nameOrder: true,
            aliases: true,
            birthDate: true,
            gender: true,
          },
        })
      : [];
    const organisationRows = teams.length
      ? await db.organisation.findMany({ where: { id: { in: teams } }, select: { id: true, name: true, shortName: true, aliases: true } })
      : [];
    const medals = await this.medals(db, [...people, ...teams], asOf);
    const records = await this.records(db, units, asOf);
    return {
      asOf,
      units: factUnits(units, results, goals),
      entities: factEntities(personRows, organisationRows, medals),
      records: factRecords(records, units),
    };
  }

  /** The units the story links or embeds, then the latest units of the events it links, up to the cap, in that order. */
  private units(db: Db, unitIds: string[], resultIds: string[], eventIds: string[]): Promise<UnitRow[]> {
    if (!unitIds.length && !resultIds.length && !eventIds.length) return Promise.resolve([]);
    return db.$queryRaw<UnitRow[]>`
      WITH own AS (
        SELECT u.id FROM "Unit" u WHERE u.id = ANY(${unitIds}::uuid[])
        UNION SELECT r."unitId" FROM "Result" r WHERE r.id = ANY(${resultIds}::uuid[])
      ), picked AS (
        (SELECT id, 0 AS tier, NULL::timestamptz AS at FROM own LIMIT ${MAX_SHEET_UNITS})
        UNION ALL
        (SELECT u.id, 1, u."scheduledAt" FROM "Unit" u JOIN "Phase" p ON p.id = u."phaseId"
          WHERE p."eventId" = ANY(${eventIds}::uuid[]) AND u.id NOT IN (SELECT id FROM own)
          ORDER BY u."scheduledAt" DESC NULLS LAST, u.id LIMIT ${MAX_SHEET_UNITS})
      ), kept AS (SELECT * FROM picked ORDER BY tier, at DESC NULLS LAST, id LIMIT ${MAX_SHEET_UNITS})
      SELECT u.id::text, u."scheduledAt", u.decision::text AS decision, v.timezone, p.kind::text AS "phaseKind",
        e.id::text AS "eventId", e.name AS "eventName", e.style::text AS style, e."resultType"::text AS "resultType",
        e."recurringKey", e."disciplineCode", d."timeDecimals", d."timeRounding"::text AS "timeRounding",
        c.name AS "competitionName", c.kind::text AS "competitionKind"
      FROM kept k
      JOIN "Unit" u ON u.id = k.id
      JOIN "Phase" p ON p.id = u."phaseId"
      JOIN "Event" e ON e.id = p."eventId"
      JOIN "Discipline" d ON d.code = e."disciplineCode"
      JOIN "Competition" c ON c.id = e."competitionId"
      LEFT JOIN "Venue" v ON v.id = u."venueId"
      ORDER BY k.tier, k.at DESC NULLS LAST, k.id`;
  }

  /** Result rows in display order, with their record marks and the kicks scored in a shoot-out. */
  private results(db: Db, unitIds: string[]): Promise<ResultRow[]> {
    if (!unitIds.length) return Promise.resolve([]);
    return db.$queryRaw<ResultRow[]>`
      SELECT r."unitId"::text AS "unitId", r."displayOrder", r.rank, r.irm::text AS irm, r.medal::text AS medal, r."timeMs", r.points,
        r.score, r."markMm", r."startGroup", r.designation::text AS designation, c."personId"::text AS "personId", c."teamId"::text AS "teamId",
        coalesce((SELECT json_agg(json_build_object('code', t.code, 'scope', t.scope, 'equalled', t.equalled) ORDER BY t.code)
          FROM "ResultRecordMark" m JOIN "RecordType" t ON t.code = m."recordTypeCode" WHERE m."resultId" = r.id), '[]'::json) AS marks,
        (SELECT sum(x.score)::int FROM "ResultPeriod" x WHERE x."resultId" = r.id AND x.kind = 'SHOOTOUT') AS shootout
      FROM "Result" r JOIN "Competitor" c ON c.id = r."competitorId"
      WHERE r."unitId" = ANY(${unitIds}::uuid[])
      ORDER BY r."unitId", r."displayOrder"
      LIMIT ${MAX_SHEET_RESULTS}`;
  }

  /** Goals of the matches by scorer; own goals count for the other side but are nobody's goal ("his second goal", a hat-trick). */
  private goals(db: Db, unitIds: string[]): Promise<GoalRow[]> {
    if (!unitIds.length) return Promise.resolve([]);
    return db.$queryRaw<GoalRow[]>`
      SELECT i."unitId"::text AS "unitId", i."personId"::text AS "personId", i.minute, coalesce(c."teamId", c."personId")::text AS "sideId"
      FROM "Incident" i JOIN "Competitor" c ON c.id = i."competitorId"
      WHERE i."unitId" = ANY(${unitIds}::uuid[]) AND i.kind IN ('GOAL', 'PENALTY_GOAL') AND i."personId" IS NOT NULL
      ORDER BY i."unitId", i.seq
      LIMIT ${MAX_SHEET_GOALS}`;
  }

  /**
   * Medals of these people and teams in events whose medal day (the event's last unit, else the
   * competition's first day) is on or before the story's date, oldest first.
   */
  private medals(db: Db, entityIds: string[], asOf: string): Promise<MedalRow[]> {
    if (!entityIds.length) return Promise.resolve([]);
    return db.$queryRaw<MedalRow[]>`
      SELECT m."entityId", m.medal, m."competitionKind", m."competitionName", m."eventName", m.date
      FROM (
        SELECT coalesce(c."teamId", c."personId")::text AS "entityId", s.medal::text AS medal, comp.kind::text AS "competitionKind",
          comp.name AS "competitionName", e.name AS "eventName",
          coalesce((SELECT max(u."scheduledAt")::date FROM "Unit" u JOIN "Phase" ph ON ph.id = u."phaseId" WHERE ph."eventId" = e.id),
            comp."startDate") AS date
        FROM "EventStanding" s
        JOIN "Competitor" c ON c.id = s."competitorId"
        JOIN "Event" e ON e.id = s."eventId"
        JOIN "Competition" comp ON comp.id = e."competitionId"
        WHERE s.medal IS NOT NULL AND (c."personId" = ANY(${entityIds}::uuid[]) OR c."teamId" = ANY(${entityIds}::uuid[]))
      ) m
      WHERE m.date <= ${asOf}::date
      ORDER BY m.date, m."eventName"
      LIMIT ${MAX_SHEET_MEDALS}`;
  }

  /** Records of the sheet's events standing on the story's date: set by then (or undated) and not yet superseded. */
  private records(db: Db, units: readonly UnitRow[], asOf: string): Promise<RecordRow[]> {
    const pairs = [...new Set(units.map((unit) => `${unit.disciplineCode}|${unit.recurringKey}`))];
    const keys = [...new Set(units.map((unit) => unit.recurringKey))];
    if (!pairs.length) return Promise.resolve([]);
    return db.$queryRaw<RecordRow[]>`
      SELECT t.code, t.scope::text AS scope, t.equalled, r."disciplineCode", r."recurringKey",
        r."holderPersonId"::text AS "holderPersonId", r."holderTeamId"::text AS "holderTeamId", r."valueMs", r."valueNum", r."setOn"
      FROM "Record" r JOIN "RecordType" t ON t.code = r."recordTypeCode"
      WHERE r."recurringKey" = ANY(${keys}::text[]) AND r."disciplineCode" || '|' || r."recurringKey" = ANY(${pairs}::text[])
        AND (r."setOn" IS NULL OR r."setOn" <= ${asOf}::date)
        AND (r."supersededOn" IS NULL OR r."supersededOn" > ${asOf}::date)
      ORDER BY r."setOn" NULLS LAST, r.id
      LIMIT ${MAX_SHEET_RECORDS}`;
  }
}
