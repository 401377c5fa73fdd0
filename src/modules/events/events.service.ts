import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ReferencedError } from '../../common/errors/referenced.error.js';
import { lockAtVersion, updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { editionsKey } from '../../read-model/dependency-keys.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import { found, ReferencesRepository } from '../references/references.repository.js';
import type { CreateEventInput, DeleteEventInput, EventArgs, UpdateEventInput } from './dto/event.inputs.js';
import { EventsRepository } from './events.repository.js';

@Injectable()
export class EventsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: EventsRepository,
    private readonly references: ReferencesRepository,
  ) {}

  findOne(args: EventArgs) {
    if (args.id) return this.prisma.event.findUnique({ where: { id: args.id } });
    if (args.competition && args.key) return this.repository.findByCompetitionSlugAndKey(args.competition, args.key);
    throw new BadInputError('Give an id, or a competition and a key', [{ path: 'id', message: 'id, or competition and key, required' }]);
  }

  async create(input: CreateEventInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.competition.findUnique({ where: { id: input.competitionId }, select: { id: true } }))) {
        throw new BadInputError('Unknown competition', [{ path: 'input.competitionId', message: 'no such competition' }]);
      }
      await checkDiscipline(tx, input.disciplineCode);
      await checkKeyFree(tx, input.competitionId, input.recurringKey, null);
      const event = await tx.event.create({ data: input });
      await recordAudit(tx, viewer, {
        action: 'event.create',
        objectType: 'Event',
        objectId: event.id,
        summary: createdSummary(input),
        alsoChanges: [editionsKey(input.recurringKey)],
      });
      return event;
    });
  }

  async update(input: UpdateEventInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.event.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('Event', { id });
      if (fields.disciplineCode) await checkDiscipline(tx, fields.disciplineCode);
      if (fields.recurringKey) await checkKeyFree(tx, current.competitionId, fields.recurringKey, id);
      await updateAtVersion(tx.event, 'Event', id, expectedVersion, fields);
      await recordAudit(tx, viewer, {
        action: 'event.update',
        objectType: 'Event',
        objectId: id,
        summary: updatedSummary(input),
        alsoChanges: fields.recurringKey && fields.recurringKey !== current.recurringKey ? [editionsKey(fields.recurringKey)] : [],
      });
      return tx.event.findUniqueOrThrow({ where: { id } });
    });
  }

  /**
   * An event made by mistake. Refused while anything points at it: its phases and entries
   * (delete those first), standings (which would go with it), quotes and photos (which would
   * silently lose their event) and stories. Returns the id deleted.
   */
  delete({ id, expectedVersion }: DeleteEventInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      await lockAtVersion(tx, 'Event', id, expectedVersion);
      const references = found([
        await this.references.rows('Phase', tx.phase, { eventId: id }),
        await this.references.rows('Competitor', tx.competitor, { eventId: id }),
        await this.references.rows('EventStanding', tx.eventStanding, { eventId: id }),
        await this.references.rows('Quote', tx.quote, { eventId: id }),
        await this.references.rows('MediaAsset', tx.mediaAsset, { eventId: id }),
        await this.references.articles(tx, 'EVENT', id),
      ]);
      if (references.length) throw new ReferencedError('Event', id, references);
      await tx.event.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'event.delete',
        objectType: 'Event',
        objectId: id,
        summary: deletedSummary(expectedVersion),
      });
      return id;
    });
  }
}

async function checkDiscipline(tx: Prisma.TransactionClient, code: string) {
  if (!(await tx.discipline.findUnique({ where: { code }, select: { code: true } }))) {
    throw new BadInputError(`Unknown discipline ${code}`, [{ path: 'input.disciplineCode', message: 'no such discipline' }]);
  }
}

async function checkKeyFree(tx: Prisma.TransactionClient, competitionId: string, recurringKey: string, selfId: string | null) {
  const owner = await tx.event.findUnique({ where: { competitionId_recurringKey: { competitionId, recurringKey } }, select: { id: true } });
  if (owner && owner.id !== selfId) {
    throw new DomainError(ErrorCode.CONFLICT, `The competition already has an event with key ${recurringKey}`, {
      field: 'input.recurringKey',
    });
  }
}
