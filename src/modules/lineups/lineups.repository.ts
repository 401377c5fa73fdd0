import { Injectable } from '@nestjs/common';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { LineupEntry, Result, UnitOfficial } from '../../generated/prisma/client.js';
import { MAX_LINEUP_ENTRIES_PER_UNIT, MAX_OFFICIALS_PER_UNIT, PLAYING_ROLES } from './lineup-rules.js';

type Tx = Prisma.TransactionClient;

const uuids = (ids: readonly string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));
const playingRoles = Prisma.join(PLAYING_ROLES.map((role) => Prisma.sql`${role}::"LineupRole"`));

/** A person's result row, with the person it was found for (their own entry, or a team whose line-up lists them). */
export type PersonResultRow = Result & { forPersonId: string };

@Injectable()
export class LineupsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * The line-ups of many units in one statement: sides in the order of their result rows
   * (unranked sides last), each side's people by role (starters, substitutes, coaches, staff), then as entered.
   */
  findLineupsByUnits(unitIds: readonly string[]) {
    return this.prisma.$queryRaw<LineupEntry[]>`
      SELECT ranked.* FROM (
        SELECT l.*, row_number() OVER (
          PARTITION BY l."unitId" ORDER BY r."displayOrder" NULLS LAST, l."competitorId", l.role, l.seq
        )::int AS "rowInUnit"
        FROM "LineupEntry" l
        LEFT JOIN "Result" r ON r."unitId" = l."unitId" AND r."competitorId" = l."competitorId"
        WHERE l."unitId" IN (${uuids(unitIds)})
      ) ranked
      WHERE ranked."rowInUnit" <= ${MAX_LINEUP_ENTRIES_PER_UNIT}
      ORDER BY ranked."unitId", ranked."rowInUnit"`;
  }

  findOfficialsByUnits(unitIds: readonly string[]) {
    return firstPerParent<UnitOfficial>(
      this.prisma,
      { table: '"UnitOfficial"', parent: '"unitId"', order: 'seq', limit: MAX_OFFICIALS_PER_UNIT },
      unitIds,
    );
  }

  /**
   * The result rows people are in, newest unit first, at most `limit` each, in one statement:
   * the rows of their own entries, and the row of every team whose line-up for that unit
   * lists them as a starter or a substitute.
   */
  findResultsOfPeople(personIds: readonly string[], limit: number) {
    const people = uuids(personIds);
    return this.prisma.$queryRaw<PersonResultRow[]>`
      SELECT ranked.* FROM (
        SELECT x.*, p."personId" AS "forPersonId", row_number() OVER (
          PARTITION BY p."personId" ORDER BY u."scheduledAt" DESC NULLS LAST, x.id DESC
        )::int AS "rowForPerson"
        FROM (
          SELECT c."personId", x.id AS "resultId" FROM "Competitor" c JOIN "Result" x ON x."competitorId" = c.id
            WHERE c."personId" IN (${people})
          UNION
          SELECT l."personId", x.id FROM "LineupEntry" l
            JOIN "Result" x ON x."unitId" = l."unitId" AND x."competitorId" = l."competitorId"
            WHERE l."personId" IN (${people}) AND l.role IN (${playingRoles})
        ) p
        JOIN "Result" x ON x.id = p."resultId"
        JOIN "Unit" u ON u.id = x."unitId"
      ) ranked
      WHERE ranked."rowForPerson" <= ${limit}
      ORDER BY ranked."forPersonId", ranked."rowForPerson"`;
  }

  /** The unit's event, and the entry's event and team, for the checks of a line-up save. */
  async unitEvent(tx: Tx, unitId: string) {
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, select: { phase: { select: { eventId: true } } } });
    return unit.phase.eventId;
  }

  findCompetitor(tx: Tx, competitorId: string) {
    return tx.competitor.findUnique({ where: { id: competitorId }, select: { eventId: true, teamId: true } });
  }

  /** Person keys by the ids and slugs given; what does not exist is missing from the maps. */
  async findPeople(tx: Tx, ids: readonly string[], slugs: readonly string[]) {
    const rows =
      ids.length || slugs.length
        ? await tx.person.findMany({
            where: { OR: [{ id: { in: [...ids] } }, { slug: { in: [...slugs] } }] },
            select: { id: true, slug: true },
          })
        : [];
    return { byId: new Set(rows.map((r) => r.id)), bySlug: new Map(rows.map((r) => [r.slug, r.id])) };
  }

  async otherSidesPeople(tx: Tx, unitId: string, competitorId: string): Promise<Set<string>> {
    const rows = await tx.lineupEntry.findMany({ where: { unitId, competitorId: { not: competitorId } }, select: { personId: true } });
    return new Set(rows.map((r) => r.personId));
  }

  /** Replaces the side's entries; returns how many were there before. */
  async replaceSide(
    tx: Tx,
    unitId: string,
    competitorId: string,
    rows: Omit<Prisma.LineupEntryCreateManyInput, 'unitId' | 'competitorId'>[],
  ) {
    const { count } = await tx.lineupEntry.deleteMany({ where: { unitId, competitorId } });
    if (rows.length) await tx.lineupEntry.createMany({ data: rows.map((row) => ({ ...row, unitId, competitorId })) });
    return count;
  }

  async knownCodes(tx: Tx, nocs: readonly string[], associations: readonly string[]) {
    const wanted = [...new Set([...nocs, ...associations])];
    if (!wanted.length) return { nocs: new Set<string>(), associations: new Set<string>() };
    const nocRows = await tx.noc.findMany({ where: { code: { in: wanted } }, select: { code: true } });
    const associationRows = await tx.memberAssociation.findMany({ where: { code: { in: wanted } }, select: { code: true } });
    return { nocs: new Set(nocRows.map((r) => r.code)), associations: new Set(associationRows.map((r) => r.code)) };
  }

  async replaceOfficials(tx: Tx, unitId: string, rows: Omit<Prisma.UnitOfficialCreateManyInput, 'unitId'>[]) {
    const { count } = await tx.unitOfficial.deleteMany({ where: { unitId } });
    if (rows.length) await tx.unitOfficial.createMany({ data: rows.map((row) => ({ ...row, unitId })) });
    return count;
  }
}
