import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import { BadInputError, NotFoundError, type FieldIssue } from '../../common/errors/domain-error.js';
import { lockAtVersion, updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { CreateAwardInput, DeleteAwardInput, UpdateAwardInput } from './dto/award.inputs.js';
import { MAX_AWARDS_PER_COMPETITION } from './awards.repository.js';

type Tx = Prisma.TransactionClient;

interface AwardLinks {
  competitionId: string;
  eventId: string | null;
  personId: string | null;
  teamId: string | null;
}

@Injectable()
export class AwardsService {
  constructor(private readonly prisma: PrismaService) {}

  create(input: CreateAwardInput, viewer: Viewer) {
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.competition.findUnique({ where: { id: input.competitionId }, select: { id: true } }))) {
        throw new BadInputError('Unknown competition', [{ path: 'input.competitionId', message: 'no such competition' }]);
      }
      const links = {
        competitionId: input.competitionId,
        eventId: input.eventId ?? null,
        personId: input.personId ?? null,
        teamId: input.teamId ?? null,
      };
      await checkLinks(tx, links);
      if ((await tx.award.count({ where: { competitionId: input.competitionId } })) >= MAX_AWARDS_PER_COMPETITION) {
        throw new BadInputError(`A competition has at most ${MAX_AWARDS_PER_COMPETITION} awards`, [
          { path: 'input.competitionId', message: 'the competition has all the awards it can hold' },
        ]);
      }
      const award = await tx.award.create({
        data: { ...input, ...links, statistic: input.statistic ?? null, statisticValue: input.statisticValue ?? null, seq: input.seq ?? 1 },
      });
      await recordAudit(tx, viewer, { action: 'award.create', objectType: 'Award', objectId: award.id, summary: createdSummary(input) });
      return award;
    });
  }

  /** At the version the editor saw; the award must still name a person or a team. */
  update(input: UpdateAwardInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    for (const field of ['kind', 'name'] as const) {
      // GraphQL lets a client send null for an optional input field, which the field's TypeScript type cannot say.
      if ((fields[field] as unknown) === null)
        throw new BadInputError(`An award keeps its ${field}`, [{ path: `input.${field}`, message: 'give a value, or leave it out' }]);
    }
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.award.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('Award', { id });
      const pick = (key: 'eventId' | 'personId' | 'teamId'): string | null => {
        const given: string | null | undefined = fields[key];
        return given === undefined ? current[key] : given;
      };
      await checkLinks(tx, {
        competitionId: current.competitionId,
        eventId: pick('eventId'),
        personId: pick('personId'),
        teamId: pick('teamId'),
      });
      const data = { ...fields, ...(fields.seq === null ? { seq: 1 } : {}) };
      await updateAtVersion(tx.award, 'Award', id, expectedVersion, data);
      await recordAudit(tx, viewer, { action: 'award.update', objectType: 'Award', objectId: id, summary: updatedSummary(input) });
      return tx.award.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Returns the id deleted. */
  delete({ id, expectedVersion }: DeleteAwardInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      await lockAtVersion(tx, 'Award', id, expectedVersion);
      await tx.award.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'award.delete',
        objectType: 'Award',
        objectId: id,
        summary: deletedSummary(expectedVersion),
      });
      return id;
    });
  }
}

/** A person or a team (or both), each existing; an event of the award's own competition. */
async function checkLinks(tx: Tx, links: AwardLinks) {
  const issues: FieldIssue[] = [];
  if (!links.personId && !links.teamId) issues.push({ path: 'input.personId', message: 'give a person, a team or both' });
  if (links.eventId) {
    const event = await tx.event.findUnique({ where: { id: links.eventId }, select: { competitionId: true } });
    if (!event) issues.push({ path: 'input.eventId', message: 'no such event' });
    else if (event.competitionId !== links.competitionId)
      issues.push({ path: 'input.eventId', message: 'an event of the award’s competition' });
  }
  if (links.personId && !(await tx.person.findUnique({ where: { id: links.personId }, select: { id: true } }))) {
    issues.push({ path: 'input.personId', message: 'no such person' });
  }
  if (links.teamId && !(await tx.organisation.findUnique({ where: { id: links.teamId }, select: { id: true } }))) {
    issues.push({ path: 'input.teamId', message: 'no such organisation' });
  }
  if (issues.length) throw new BadInputError(`The award cannot be stored: ${issues[0].path}: ${issues[0].message}`, issues);
}
