import { Prisma } from '../../generated/prisma/client.js';
import type { Decision, Designation, PeriodKind, ResultStatus, UnitStatus, Wlt } from '../../generated/prisma/enums.js';

type Tx = Prisma.TransactionClient;

/** A unit as the importer compares it: its columns and its result rows with periods. */
export interface UnitState {
  name: string;
  scheduledAt: Date | null;
  status: UnitStatus;
  resultStatus: ResultStatus;
  matchday: number | null;
  leg: number | null;
  decision: Decision | null;
  results: {
    competitorId: string;
    displayOrder: number;
    score: number | null;
    wlt: Wlt | null;
    designation: Designation | null;
    resultCode: string | null;
    periods: { kind: PeriodKind; number: number; score: number }[];
  }[];
}

export interface StoredUnit extends UnitState {
  id: string;
  results: (UnitState['results'][number] & { id: string })[];
  phaseId: string;
  sourceKey: string | null;
  order: number;
  version: number;
}

/** The comparable form of a unit: equal fingerprints mean a re-import changes nothing. */
export function fingerprint(state: UnitState): string {
  return JSON.stringify([
    state.name,
    state.scheduledAt?.toISOString() ?? null,
    state.status,
    state.resultStatus,
    state.matchday,
    state.leg,
    state.decision,
    [...state.results]
      .sort((a, b) => a.displayOrder - b.displayOrder)
      .map((r) => [
        r.competitorId,
        r.displayOrder,
        r.score,
        r.wlt,
        r.designation,
        r.resultCode,
        [...r.periods].sort((a, b) => a.kind.localeCompare(b.kind) || a.number - b.number).map((p) => [p.kind, p.number, p.score]),
      ]),
  ]);
}

/** The Prisma calls of a season import: a few statements per season, never one per match. */
export class SeasonImportRepository {
  /**
   * Existing clubs for each name: the organisation of kind CLUB whose name or an alias equals
   * it, ignoring case and diacritics (oldest first when several do). One statement.
   */
  async clubsByName(tx: Tx, names: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
    if (names.length === 0) return new Map();
    const rows = await tx.$queryRaw<{ source: string; id: string; name: string }[]>`
      SELECT n.name AS source, o.id, o.name FROM unnest(${[...names]}::text[]) AS n(name)
      CROSS JOIN LATERAL (
        SELECT o.id, o.name FROM "Organisation" o
        WHERE o.kind = 'CLUB' AND (podium_unaccent(lower(o.name)) = podium_unaccent(lower(n.name))
          OR EXISTS (SELECT 1 FROM unnest(o.aliases) AS a(alias) WHERE podium_unaccent(lower(a.alias)) = podium_unaccent(lower(n.name))))
        ORDER BY o."createdAt", o.id LIMIT 1) o`;
    return new Map(rows.map((r) => [r.source, { id: r.id, name: r.name }]));
  }

  /** The closest existing club or team for each name, by trigram similarity of the folded names. One statement. */
  async closestOrganisations(tx: Tx, names: readonly string[]): Promise<Map<string, string>> {
    if (names.length === 0) return new Map();
    const rows = await tx.$queryRaw<{ source: string; name: string }[]>`
      SELECT n.name AS source, o.name FROM unnest(${[...names]}::text[]) AS n(name)
      CROSS JOIN LATERAL (
        SELECT o.name FROM "Organisation" o WHERE o.kind IN ('CLUB', 'TEAM')
          AND similarity(podium_unaccent(lower(o.name)), podium_unaccent(lower(n.name))) > 0.2
        ORDER BY similarity(podium_unaccent(lower(o.name)), podium_unaccent(lower(n.name))) DESC, o.name LIMIT 1) o`;
    return new Map(rows.map((r) => [r.source, r.name]));
  }

  async takenSlugs(tx: Tx, slugs: readonly string[]): Promise<Set<string>> {
    if (slugs.length === 0) return new Set();
    const rows = await tx.organisation.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true } });
    return new Set(rows.map((r) => r.slug));
  }

  /** The event's entries for these clubs, as club id → competitor id; missing ones are created (one statement each way). */
  async competitorsForClubs(
    tx: Tx,
    eventId: string,
    clubIds: readonly string[],
  ): Promise<{ byClub: Map<string, string>; created: number }> {
    const find = async () =>
      new Map(
        (await tx.competitor.findMany({ where: { eventId, teamId: { in: [...clubIds] } }, select: { id: true, teamId: true } })).map(
          (c) => [c.teamId ?? '', c.id],
        ),
      );
    let byClub = await find();
    const missing = clubIds.filter((id) => !byClub.has(id));
    if (missing.length > 0) {
      await tx.competitor.createMany({ data: missing.map((id) => ({ eventId, teamId: id, clubId: id })) });
      byClub = await find();
    }
    return { byClub, created: missing.length };
  }

  /** The units of these phases with their results and periods, for comparison. */
  async unitsOfPhases(tx: Tx, phaseIds: readonly string[]): Promise<StoredUnit[]> {
    const units = await tx.unit.findMany({
      where: { phaseId: { in: [...phaseIds] } },
      select: {
        id: true,
        phaseId: true,
        sourceKey: true,
        order: true,
        version: true,
        name: true,
        scheduledAt: true,
        status: true,
        resultStatus: true,
        matchday: true,
        leg: true,
        decision: true,
        results: {
          select: {
            id: true,
            competitorId: true,
            displayOrder: true,
            score: true,
            wlt: true,
            designation: true,
            resultCode: true,
            periods: { select: { kind: true, number: true, score: true } },
          },
        },
      },
    });
    return units;
  }

  /** Updates the columns of changed units in one statement, bumping their versions. */
  async updateUnits(tx: Tx, units: readonly (UnitState & { id: string })[]): Promise<void> {
    if (units.length === 0) return;
    const values = units.map(
      (u) => Prisma.sql`(${u.id}::uuid, ${u.name}, ${u.scheduledAt}::timestamptz, ${u.status}::"UnitStatus",
        ${u.resultStatus}::"ResultStatus", ${u.matchday}::int, ${u.leg}::int, ${u.decision}::"Decision")`,
    );
    await tx.$executeRaw`
      UPDATE "Unit" AS u SET name = v.name, "scheduledAt" = v."scheduledAt", status = v.status, "resultStatus" = v."resultStatus",
        matchday = v.matchday, leg = v.leg, decision = v.decision, version = u.version + 1, "updatedAt" = now()
      FROM (VALUES ${Prisma.join(values)}) AS v(id, name, "scheduledAt", status, "resultStatus", matchday, leg, decision)
      WHERE u.id = v.id`;
  }

  /**
   * Makes the result rows of these units the given ones. A stored row of the same competitor is
   * updated in place (its id stays: stories, fact boxes and the result history point at it) and
   * its periods replaced; a stored row of no given competitor is deleted; a given row of no stored
   * one is returned, for insertResults to write with the other new rows. A few statements however
   * many units: never one per match.
   */
  async replaceResults(
    tx: Tx,
    units: readonly { unitId: string; stored: readonly { id: string; competitorId: string }[]; results: UnitState['results'] }[],
  ): Promise<{ unitId: string; results: UnitState['results'] }[]> {
    const kept: { id: string; row: UnitState['results'][number] }[] = [];
    const dropped: string[] = [];
    const fresh: { unitId: string; results: UnitState['results'] }[] = [];
    for (const unit of units) {
      const storedOf = new Map(unit.stored.map((s) => [s.competitorId, s.id]));
      const given = new Set(unit.results.map((r) => r.competitorId));
      for (const s of unit.stored) if (!given.has(s.competitorId)) dropped.push(s.id);
      const added = [];
      for (const row of unit.results) {
        const id = storedOf.get(row.competitorId);
        if (id) kept.push({ id, row });
        else added.push(row);
      }
      if (added.length > 0) fresh.push({ unitId: unit.unitId, results: added });
    }
    // Dropped rows first, so that a fresh row may take their display order.
    if (dropped.length > 0) await tx.result.deleteMany({ where: { id: { in: dropped } } });
    if (kept.length > 0) {
      const values = kept.map(
        ({ id, row }) => Prisma.sql`(${id}::uuid, ${row.displayOrder}::int, ${row.score}::int, ${row.wlt}::"Wlt",
          ${row.designation}::"Designation", ${row.resultCode}::varchar)`,
      );
      await tx.$executeRaw`
        UPDATE "Result" AS r SET "displayOrder" = v."displayOrder", score = v.score, wlt = v.wlt, designation = v.designation,
          "resultCode" = v."resultCode"
        FROM (VALUES ${Prisma.join(values)}) AS v(id, "displayOrder", score, wlt, designation, "resultCode")
        WHERE r.id = v.id`;
      await tx.resultPeriod.deleteMany({ where: { resultId: { in: kept.map((k) => k.id) } } });
      const periods = kept.flatMap(({ id, row }) =>
        row.periods.map((p) => ({ resultId: id, kind: p.kind, number: p.number, score: p.score })),
      );
      if (periods.length > 0) await tx.resultPeriod.createMany({ data: periods });
    }
    return fresh;
  }

  /** Writes the result rows and periods of these units (which have none): two statements. */
  async insertResults(tx: Tx, units: readonly { unitId: string; results: UnitState['results'] }[]): Promise<void> {
    const rows = units.flatMap((u) => u.results.map((r) => ({ unitId: u.unitId, ...r })));
    if (rows.length === 0) return;
    const created = await tx.result.createManyAndReturn({
      data: rows.map(({ periods: _periods, ...r }) => r),
      select: { id: true, unitId: true, competitorId: true },
    });
    const idOf = new Map(created.map((r) => [`${r.unitId}|${r.competitorId}`, r.id]));
    const periods = rows.flatMap((r) =>
      r.periods.map((p) => ({ resultId: idOf.get(`${r.unitId}|${r.competitorId}`) ?? '', kind: p.kind, number: p.number, score: p.score })),
    );
    if (periods.length > 0) await tx.resultPeriod.createMany({ data: periods });
  }
}
