import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ReferencedError } from '../../common/errors/referenced.error.js';
import { lockAtVersion, updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { eventPartsKey, phaseTableKey } from '../../read-model/dependency-keys.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import { found, ReferencesRepository } from '../references/references.repository.js';
import type {
  CreatePhaseInput,
  CreateUnitInput,
  DeletePhaseInput,
  DeleteUnitInput,
  UpdatePhaseInput,
  UpdateUnitInput,
} from './dto/unit.inputs.js';
import { MAX_PHASES_PER_EVENT, MAX_UNITS_PER_EVENT } from './units.repository.js';

type Tx = Prisma.TransactionClient;

@Injectable()
export class UnitsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly references: ReferencesRepository,
  ) {}

  findUnit(id: string) {
    return this.prisma.unit.findUnique({ where: { id } });
  }

  createPhase(input: CreatePhaseInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.event.findUnique({ where: { id: input.eventId }, select: { id: true } }))) {
        throw new BadInputError('Unknown event', [{ path: 'input.eventId', message: 'no such event' }]);
      }
      await checkPhaseOrderFree(tx, input.eventId, input.order, null);
      if ((await tx.phase.count({ where: { eventId: input.eventId } })) >= MAX_PHASES_PER_EVENT) {
        throw new BadInputError(`An event has at most ${MAX_PHASES_PER_EVENT} phases`, [
          { path: 'input.eventId', message: 'the event is full' },
        ]);
      }
      const phase = await tx.phase.create({ data: input });
      await recordAudit(tx, viewer, {
        action: 'phase.create',
        objectType: 'Phase',
        objectId: phase.id,
        summary: createdSummary(input),
        alsoChanges: [eventPartsKey(input.eventId)],
      });
      return phase;
    });
  }

  updatePhase(input: UpdatePhaseInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.phase.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('Phase', { id });
      if (fields.order) await checkPhaseOrderFree(tx, current.eventId, fields.order, id);
      await updateAtVersion(tx.phase, 'Phase', id, expectedVersion, fields);
      await recordAudit(tx, viewer, { action: 'phase.update', objectType: 'Phase', objectId: id, summary: updatedSummary(input) });
      return tx.phase.findUniqueOrThrow({ where: { id } });
    });
  }

  createUnit(input: CreateUnitInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      const phase = await tx.phase.findUnique({ where: { id: input.phaseId }, select: { eventId: true } });
      if (!phase) throw new BadInputError('Unknown phase', [{ path: 'input.phaseId', message: 'no such phase' }]);
      if ((await tx.unit.count({ where: { phase: { eventId: phase.eventId } } })) >= MAX_UNITS_PER_EVENT) {
        throw new BadInputError(`An event has at most ${MAX_UNITS_PER_EVENT} units`, [
          { path: 'input.phaseId', message: 'the event is full' },
        ]);
      }
      await checkVenue(tx, input.venueId);
      await checkFeedsUnit(tx, input.feedsUnitId, phase.eventId, null);
      await checkUnitOrderFree(tx, input.phaseId, input.order, null);
      const unit = await tx.unit.create({ data: input });
      await recordAudit(tx, viewer, {
        action: 'unit.create',
        objectType: 'Unit',
        objectId: unit.id,
        summary: createdSummary(input),
        alsoChanges: [eventPartsKey(phase.eventId)],
      });
      return unit;
    });
  }

  updateUnit(input: UpdateUnitInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.unit.findUnique({ where: { id }, include: { phase: { select: { eventId: true } } } });
      if (!current) throw new NotFoundError('Unit', { id });
      await checkVenue(tx, fields.venueId);
      await checkFeedsUnit(tx, fields.feedsUnitId, current.phase.eventId, id);
      if (fields.order) await checkUnitOrderFree(tx, current.phaseId, fields.order, id);
      await updateAtVersion(tx.unit, 'Unit', id, expectedVersion, fields);
      // Its status, time or matchday decide whether and when it counts in its phase's table.
      await recordAudit(tx, viewer, {
        action: 'unit.update',
        objectType: 'Unit',
        objectId: id,
        alsoChanges: [phaseTableKey(current.phaseId)],
        summary: updatedSummary(input),
      });
      return tx.unit.findUniqueOrThrow({ where: { id } });
    });
  }

  /** A phase made by mistake; refused while it has units (delete those first). Returns the id deleted. */
  deletePhase({ id, expectedVersion }: DeletePhaseInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      await lockAtVersion(tx, 'Phase', id, expectedVersion);
      const references = found([await this.references.rows('Unit', tx.unit, { phaseId: id })]);
      if (references.length) throw new ReferencedError('Phase', id, references);
      await tx.phase.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'phase.delete',
        objectType: 'Phase',
        objectId: id,
        summary: deletedSummary(expectedVersion),
      });
      return id;
    });
  }

  /**
   * A unit made by mistake; refused while result rows (which would go with it), quotes or
   * stories point at it. Returns the id deleted.
   */
  deleteUnit({ id, expectedVersion }: DeleteUnitInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      await lockAtVersion(tx, 'Unit', id, expectedVersion);
      const references = found([
        await this.references.rows('Result', tx.result, { unitId: id }),
        await this.references.rows('Quote', tx.quote, { unitId: id }),
        await this.references.articles(tx, 'UNIT', id),
      ]);
      if (references.length) throw new ReferencedError('Unit', id, references);
      await tx.unit.delete({ where: { id } });
      await recordAudit(tx, viewer, { action: 'unit.delete', objectType: 'Unit', objectId: id, summary: deletedSummary(expectedVersion) });
      return id;
    });
  }
}

async function checkVenue(tx: Tx, venueId: string | undefined) {
  if (venueId && !(await tx.venue.findUnique({ where: { id: venueId }, select: { id: true } }))) {
    throw new BadInputError('Unknown venue', [{ path: 'input.venueId', message: 'no such venue' }]);
  }
}

/** The unit a winner goes on to: another unit of the same event. */
async function checkFeedsUnit(tx: Tx, feedsUnitId: string | null | undefined, eventId: string, selfId: string | null) {
  if (!feedsUnitId) return;
  const path = 'input.feedsUnitId';
  if (feedsUnitId === selfId) throw new BadInputError('A unit cannot feed itself', [{ path, message: 'another unit of the same event' }]);
  const target = await tx.unit.findUnique({ where: { id: feedsUnitId }, select: { phase: { select: { eventId: true } } } });
  if (!target) throw new BadInputError('Unknown unit', [{ path, message: 'no such unit' }]);
  if (target.phase.eventId !== eventId) {
    throw new BadInputError('The unit fed must be in the same event', [{ path, message: 'a unit of the same event' }]);
  }
}

async function checkPhaseOrderFree(tx: Tx, eventId: string, order: number, selfId: string | null) {
  const owner = await tx.phase.findUnique({ where: { eventId_order: { eventId, order } }, select: { id: true } });
  if (owner && owner.id !== selfId)
    throw new DomainError(ErrorCode.CONFLICT, `The event already has a phase at order ${order}`, { field: 'input.order' });
}

async function checkUnitOrderFree(tx: Tx, phaseId: string, order: number, selfId: string | null) {
  const owner = await tx.unit.findUnique({ where: { phaseId_order: { phaseId, order } }, select: { id: true } });
  if (owner && owner.id !== selfId)
    throw new DomainError(ErrorCode.CONFLICT, `The phase already has a unit at order ${order}`, { field: 'input.order' });
}
