import { Injectable } from '@nestjs/common';
import { BadInputError, DomainError } from '../../common/errors/domain-error.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { ReferencedError } from '../../common/errors/referenced.error.js';
import { lockAtVersion } from '../../database/optimistic-update.js';
import { required } from '../../common/required.js';
import { PrismaService } from '../../database/prisma.service.js';
import { found, ReferencesRepository } from '../references/references.repository.js';
import type { DeleteCompetitorInput } from './dto/delete-competitor.input.js';
import type { RegisterCompetitorInput } from './dto/register-competitor.input.js';
import { MAX_COMPETITORS_PER_EVENT } from './results.repository.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import { checkNocCode, givenCount, NO_REPRESENTATION, resolveRepresentation } from '../member-associations/representation.checks.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, deletedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';

@Injectable()
export class CompetitorsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly references: ReferencesRepository,
  ) {}

  /**
   * Enters a person or team. Who it represents comes from `representing` (exactly one of a
   * NOC, a member association or a club), or, for older clients, from `nocCode`; an
   * individual entry given neither represents the person's NOC.
   */
  register(input: RegisterCompetitorInput, viewer: Viewer) {
    if (Boolean(input.personId) === Boolean(input.teamId)) {
      throw new BadInputError('Give exactly one of personId and teamId', [
        { path: 'input.personId', message: 'exactly one of personId, teamId' },
      ]);
    }
    const { representing, nocCode: legacyNoc, ...entry } = input;
    if (representing && legacyNoc) {
      throw new BadInputError('Give representing or nocCode, not both: representing supersedes nocCode', [
        { path: 'input.nocCode', message: 'leave it out and give representing: { noc } instead' },
      ]);
    }
    if (representing && givenCount(representing) !== 1) {
      throw new BadInputError('Give exactly one of noc, association and club in representing', [
        { path: 'input.representing', message: 'exactly one of noc, association, club' },
      ]);
    }
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.event.findUnique({ where: { id: input.eventId }, select: { id: true } }))) {
        throw new BadInputError('Unknown event', [{ path: 'input.eventId', message: 'no such event' }]);
      }
      let personNoc: string | null = null;
      if (input.personId) {
        const person = await tx.person.findUnique({ where: { id: input.personId }, select: { nocCode: true } });
        if (!person) throw new BadInputError('Unknown person', [{ path: 'input.personId', message: 'no such person' }]);
        personNoc = person.nocCode;
      } else if (!(await tx.organisation.findUnique({ where: { id: required(input.teamId, 'teamId') }, select: { id: true } }))) {
        throw new BadInputError('Unknown team', [{ path: 'input.teamId', message: 'no such organisation' }]);
      }
      const representation = representing
        ? await resolveRepresentation(tx, representing, 'input.representing')
        : legacyNoc
          ? { ...NO_REPRESENTATION, nocCode: await checkNocCode(tx, legacyNoc, 'input.nocCode') }
          : { ...NO_REPRESENTATION, nocCode: personNoc };
      const existing = await tx.competitor.findFirst({
        where: { eventId: input.eventId, ...(input.personId ? { personId: input.personId } : { teamId: input.teamId }) },
        select: { id: true },
      });
      if ((await tx.competitor.count({ where: { eventId: input.eventId } })) >= MAX_COMPETITORS_PER_EVENT) {
        throw new BadInputError(`An event has at most ${MAX_COMPETITORS_PER_EVENT} entries`, [
          { path: 'input.eventId', message: 'the event is full' },
        ]);
      }
      if (existing) {
        throw new DomainError(ErrorCode.CONFLICT, 'Already entered in this event', { competitorId: toGlobalId('Competitor', existing.id) });
      }
      const competitor = await tx.competitor.create({ data: { ...entry, ...representation } });
      await recordAudit(tx, viewer, {
        action: 'competitor.register',
        objectType: 'Competitor',
        objectId: competitor.id,
        summary: { ...createdSummary(input), ...Object.fromEntries(Object.entries(representation).filter(([, v]) => v !== null)) },
      });
      return competitor;
    });
  }

  /**
   * An entry made by mistake. Refused while result rows or a standing name the competitor:
   * the records and stories built on those rows would lose who set them. Returns the id deleted.
   */
  delete({ id, expectedVersion }: DeleteCompetitorInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      await lockAtVersion(tx, 'Competitor', id, expectedVersion);
      const references = found([
        await this.references.rows('Result', tx.result, { competitorId: id }),
        await this.references.rows('EventStanding', tx.eventStanding, { competitorId: id }),
      ]);
      if (references.length) throw new ReferencedError('Competitor', id, references);
      await tx.competitor.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'competitor.delete',
        objectType: 'Competitor',
        objectId: id,
        summary: deletedSummary(expectedVersion),
      });
      return id;
    });
  }
}
