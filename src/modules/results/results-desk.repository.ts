import { Injectable } from '@nestjs/common';
import { required } from '../../common/required.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { DeskRow } from './results-desk.rules.js';
import { resultColumns } from './result-columns.js';

type Tx = Prisma.TransactionClient;

const eventRules = {
  id: true,
  style: true,
  resultType: true,
  discipline: { select: { code: true, tiePolicy: true, timeDecimals: true, timeRounding: true } },
} satisfies Prisma.EventSelect;

export type UnitResultContext = Awaited<ReturnType<ResultsDeskRepository['loadUnitContext']>>;

/** Prisma calls of the results desk; every method runs inside the caller's transaction. */
@Injectable()
export class ResultsDeskRepository {
  /** The unit (with its phase's kind: knockout phases need a winner), and the event rules and entries its results are checked against. */
  async loadUnitContext(tx: Tx, unitId: string) {
    const { phase, ...unit } = await tx.unit.findUniqueOrThrow({
      where: { id: unitId },
      include: { phase: { select: { eventId: true, kind: true } } },
    });
    const event = await tx.event.findUniqueOrThrow({ where: { id: phase.eventId }, select: eventRules });
    const competitors = await tx.competitor.findMany({ where: { eventId: event.id }, select: { id: true } });
    return { unit, phaseKind: phase.kind, event, competitorIds: new Set(competitors.map((c) => c.id)) };
  }

  /** The event's competitors among the given person or team slugs, as slug → competitor id. */
  async competitorIdsBySlug(tx: Tx, eventId: string, by: 'person' | 'team', slugs: readonly string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows = await tx.competitor.findMany({
      where: { eventId, [by]: { slug: { in: [...slugs] } } },
      select: { id: true, person: { select: { slug: true } }, team: { select: { slug: true } } },
    });
    return new Map(rows.map((c) => [(by === 'person' ? c.person?.slug : c.team?.slug) ?? '', c.id]));
  }

  async knownRecordTypes(tx: Tx, codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const types = await tx.recordType.findMany({ where: { code: { in: [...codes] } }, select: { code: true } });
    return new Set(types.map((type) => type.code));
  }

  /**
   * Makes the unit's rows exactly `rows`. A competitor who keeps a row keeps its id (records
   * and stories point at it), so kept rows are updated in place; the others are deleted or
   * inserted. The unique keys (displayOrder, startGroup+lane, unshared rank) are checked row
   * by row and cannot be deferred, so kept rows are first parked where they clash with
   * nothing: above every display order in play (the CHECK forbids the negative side), lane
   * and rank cleared. Then one UPDATE gives them their final values.
   */
  async replaceRows(tx: Tx, unitId: string, rows: readonly DeskRow[]): Promise<{ added: number; changed: number; removed: number }> {
    const existing = await tx.result.findMany({ where: { unitId }, select: { id: true, competitorId: true, displayOrder: true } });
    const idOf = new Map(existing.map((row) => [row.competitorId, row.id]));
    // Every row's id is in the map by the time it is read: kept rows had one, fresh ones get theirs on insert.
    const idOfRow = (row: DeskRow) => required(idOf.get(row.competitorId), `the result of competitor ${row.competitorId}`);
    const present = new Set(rows.map((row) => row.competitorId));
    const dropped = existing.filter((row) => !present.has(row.competitorId)).map((row) => row.id);
    const kept = rows.filter((row) => idOf.has(row.competitorId));
    const fresh = rows.filter((row) => !idOf.has(row.competitorId));

    if (dropped.length > 0) await tx.result.deleteMany({ where: { id: { in: dropped } } });
    if (kept.length > 0) {
      const offset = Math.max(...existing.map((row) => row.displayOrder), ...rows.map((row) => row.displayOrder));
      await tx.result.updateMany({
        where: { unitId },
        data: { displayOrder: { increment: offset }, lane: null, rank: null, rankEqual: false },
      });
      await this.updateKept(
        tx,
        unitId,
        kept.map((row) => ({ id: idOfRow(row), row })),
      );
      const keptIds = kept.map(idOfRow);
      await tx.resultRecordMark.deleteMany({ where: { resultId: { in: keptIds } } });
      await tx.resultDetail.deleteMany({ where: { resultId: { in: keptIds } } });
      await tx.resultPeriod.deleteMany({ where: { resultId: { in: keptIds } } });
    }
    if (fresh.length > 0) {
      const created = await tx.result.createManyAndReturn({
        data: fresh.map((row) => ({ unitId, competitorId: row.competitorId, ...resultColumns(row) })),
        select: { id: true, competitorId: true },
      });
      for (const row of created) idOf.set(row.competitorId, row.id);
    }
    const marks = rows.flatMap((row) => (row.recordMarks ?? []).map((code) => ({ resultId: idOfRow(row), recordTypeCode: code })));
    if (marks.length > 0) await tx.resultRecordMark.createMany({ data: marks });
    const details = rows.flatMap((row) =>
      (row.details ?? []).map((d) => ({
        resultId: idOfRow(row),
        kind: d.kind,
        seq: d.seq,
        label: d.label,
        timeMs: d.timeMs ?? null,
        value: d.value ?? null,
        judge: d.judge ?? '',
      })),
    );
    if (details.length > 0) await tx.resultDetail.createMany({ data: details });
    const periods = rows.flatMap((row) =>
      (row.periods ?? []).map((p) => ({
        resultId: idOfRow(row),
        kind: p.kind,
        number: p.number,
        score: p.score,
        tieBreak: p.tieBreak ?? null,
      })),
    );
    if (periods.length > 0) await tx.resultPeriod.createMany({ data: periods });
    return { added: fresh.length, changed: kept.length, removed: dropped.length };
  }

  /** One statement for all kept rows, so a 500-row save costs the same number of round trips as a 5-row one. */
  private async updateKept(tx: Tx, unitId: string, kept: ReadonlyArray<{ id: string; row: DeskRow }>): Promise<void> {
    const values = kept.map(({ id, row }) => {
      const c = resultColumns(row);
      return Prisma.sql`(${id}::uuid, ${c.displayOrder}::int, ${c.startOrder}::int, ${c.startGroup}::int, ${c.lane}::varchar,
        ${c.rank}::int, ${c.rankEqual}::boolean, ${c.irm}::"Irm", ${c.timeMs}::int, ${c.timePrecision}::"TimePrecision",
        ${c.points}::numeric, ${c.score}::int, ${c.markMm}::int, ${c.wlt}::"Wlt", ${c.resultCode}::varchar,
        ${c.qualificationMark}::varchar, ${c.medal}::"Medal", ${c.designation}::"Designation")`;
    });
    await tx.$executeRaw`
      UPDATE "Result" AS r SET
        "displayOrder" = v."displayOrder", "startOrder" = v."startOrder", "startGroup" = v."startGroup", "lane" = v."lane",
        "rank" = v."rank", "rankEqual" = v."rankEqual", "irm" = v."irm", "timeMs" = v."timeMs", "timePrecision" = v."timePrecision",
        "points" = v."points", "score" = v."score", "markMm" = v."markMm", "wlt" = v."wlt", "resultCode" = v."resultCode",
        "qualificationMark" = v."qualificationMark", "medal" = v."medal", "designation" = v."designation"
      FROM (VALUES ${Prisma.join(values)}) AS v(id, "displayOrder", "startOrder", "startGroup", "lane", "rank", "rankEqual", "irm",
        "timeMs", "timePrecision", "points", "score", "markMm", "wlt", "resultCode", "qualificationMark", "medal", "designation")
      WHERE r.id = v.id AND r."unitId" = ${unitId}::uuid`;
  }
}
