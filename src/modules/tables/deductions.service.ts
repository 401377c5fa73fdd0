import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { BadInputError, NotFoundError } from '../../common/errors/domain-error.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { phaseTableKey } from '../../read-model/dependency-keys.js';
import type { AddPointDeductionInput, SetStoredStandingsInput } from './dto/tables.inputs.js';
import { MAX_DEDUCTIONS_PER_PHASE } from './models/point-deduction.model.js';

type Tx = Prisma.TransactionClient;

/** Point deductions and stored standings: the hand-entered parts of a phase's table. */
@Injectable()
export class DeductionsService {
  constructor(private readonly prisma: PrismaService) {}

  addPointDeduction(input: AddPointDeductionInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      const phase = await phaseOf(tx, input.phaseId, 'input.phaseId');
      await checkEntries(tx, phase.eventId, [input.competitorId], () => 'input.competitorId');
      if ((await tx.pointDeduction.count({ where: { phaseId: input.phaseId } })) >= MAX_DEDUCTIONS_PER_PHASE) {
        throw new BadInputError(`A phase has at most ${MAX_DEDUCTIONS_PER_PHASE} deductions`, [
          { path: 'input.phaseId', message: 'the phase has too many deductions' },
        ]);
      }
      const deduction = await tx.pointDeduction.create({ data: input });
      await recordAudit(tx, viewer, {
        action: 'pointDeduction.add',
        objectType: 'PointDeduction',
        objectId: deduction.id,
        summary: {
          phaseId: input.phaseId,
          competitorId: input.competitorId,
          points: input.points,
          decidedOn: input.decidedOn.toISOString(),
        },
        alsoChanges: [phaseTableKey(input.phaseId)],
      });
      return deduction;
    });
  }

  /** Returns the id removed. */
  removePointDeduction(id: string, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const deduction = await tx.pointDeduction.findUnique({ where: { id } });
      if (!deduction) throw new NotFoundError('PointDeduction', { id });
      await tx.pointDeduction.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'pointDeduction.remove',
        objectType: 'PointDeduction',
        objectId: id,
        summary: { phaseId: deduction.phaseId, competitorId: deduction.competitorId, points: deduction.points },
        alsoChanges: [phaseTableKey(deduction.phaseId)],
      });
      return id;
    });
  }

  /** Replaces the phase's stored standings at the version the editor saw; returns the phase. */
  setStoredStandings(input: SetStoredStandingsInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      const phase = await phaseOf(tx, input.phaseId, 'input.phaseId');
      const seen = new Set<string>();
      const issues = input.rows.flatMap((row, i) => {
        const duplicate = seen.has(row.competitorId);
        seen.add(row.competitorId);
        return duplicate
          ? [{ path: `input.rows.${i}.competitorId`, message: 'this competitor already has a row', code: 'DUPLICATE_COMPETITOR' }]
          : [];
      });
      if (issues.length > 0) throw new BadInputError('A competitor is listed twice', issues);
      await checkEntries(
        tx,
        phase.eventId,
        input.rows.map((row) => row.competitorId),
        (i) => `input.rows.${i}.competitorId`,
      );
      await updateAtVersion(tx.phase, 'Phase', input.phaseId, input.expectedVersion, {});
      const removed = await tx.storedStanding.deleteMany({ where: { phaseId: input.phaseId } });
      if (input.rows.length > 0) {
        await tx.storedStanding.createMany({ data: input.rows.map((row) => ({ ...row, phaseId: input.phaseId })) });
      }
      await recordAudit(tx, viewer, {
        action: 'phase.setStoredStandings',
        objectType: 'Phase',
        objectId: input.phaseId,
        changesObject: false,
        summary: {
          rows: input.rows.length,
          removed: removed.count,
          fromVersion: input.expectedVersion,
          toVersion: input.expectedVersion + 1,
        },
        alsoChanges: [phaseTableKey(input.phaseId)],
      });
      return tx.phase.findUniqueOrThrow({ where: { id: input.phaseId } });
    });
  }
}

async function phaseOf(tx: Tx, phaseId: string, path: string) {
  const phase = await tx.phase.findUnique({ where: { id: phaseId }, select: { id: true, eventId: true } });
  if (!phase) throw new BadInputError('Unknown phase', [{ path, message: 'no such phase' }]);
  return phase;
}

/** Every competitor must be an entry of the phase's event. */
async function checkEntries(tx: Tx, eventId: string, competitorIds: readonly string[], pathOf: (index: number) => string) {
  if (competitorIds.length === 0) return;
  const found = await tx.competitor.findMany({ where: { id: { in: [...competitorIds] }, eventId }, select: { id: true } });
  const known = new Set(found.map((c) => c.id));
  const issues = competitorIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: pathOf(i), message: "not an entry of the phase's event", code: 'COMPETITOR_NOT_IN_EVENT' }],
  );
  if (issues.length > 0) throw new BadInputError('A competitor is not entered in the event', issues);
}
