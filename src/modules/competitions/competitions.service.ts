import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Competition, CompetitionKind } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, updatedSummary } from '../../audit/audit-summary.js';
import { editionsKey } from '../../read-model/dependency-keys.js';
import type { Viewer } from '../../auth/viewer.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';
import type { CreateCompetitionInput, UpdateCompetitionInput } from './dto/competition.inputs.js';

/** Newest first: the order of the index on (startDate, id), read backwards for the dates. */
export const NEWEST_COMPETITIONS = new KeysetOrder<Competition>([
  { field: 'startDate', column: '"startDate"', type: 'date', direction: 'desc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'asc' },
]);

@Injectable()
export class CompetitionsService {
  constructor(private readonly prisma: PrismaService) {}

  findBySlug(slug: string) {
    return this.prisma.competition.findUnique({ where: { slug } });
  }

  findPage(kind: CompetitionKind | undefined, page: KeysetPage<Competition>) {
    return this.prisma.competition.findMany({
      where: { ...(kind ? { kind } : {}), ...page.prismaWhere() },
      orderBy: page.prismaOrderBy(),
      take: page.take,
    });
  }

  findByIds(ids: readonly string[]) {
    return this.prisma.competition.findMany({ where: { id: { in: [...ids] } } });
  }

  async create(input: CreateCompetitionInput, viewer: Viewer) {
    checkDates(input.startDate, input.endDate);
    const slug = input.slug ?? slugify(input.name);
    return this.prisma.$transaction(async (tx) => {
      if (await tx.competition.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Competition', slug);
      if (input.parentId && !(await tx.competition.findUnique({ where: { id: input.parentId }, select: { id: true } }))) {
        throw new BadInputError('Unknown parent competition', [{ path: 'input.parentId', message: 'no such competition' }]);
      }
      const competition = await tx.competition.create({ data: { ...input, slug } });
      await recordAudit(tx, viewer, {
        action: 'competition.create',
        objectType: 'Competition',
        objectId: competition.id,
        summary: createdSummary(input),
      });
      return competition;
    });
  }

  async update(input: UpdateCompetitionInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.competition.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('Competition', { id });
      checkDates(fields.startDate ?? current.startDate, fields.endDate ?? current.endDate);
      if (fields.parentId === id)
        throw new BadInputError('A competition cannot be its own parent', [{ path: 'input.parentId', message: 'cannot be itself' }]);
      if (
        fields.slug &&
        fields.slug !== current.slug &&
        (await tx.competition.findUnique({ where: { slug: fields.slug }, select: { id: true } }))
      ) {
        throw new SlugTakenError('Competition', fields.slug);
      }
      await updateAtVersion(tx.competition, 'Competition', id, expectedVersion, fields);
      // Moved in time, its events may become (or stop being) other editions' previous one.
      const moved = fields.startDate && fields.startDate.getTime() !== current.startDate.getTime();
      const editions = moved
        ? await tx.event.findMany({ where: { competitionId: id }, distinct: ['recurringKey'], select: { recurringKey: true } })
        : [];
      await recordAudit(tx, viewer, {
        action: 'competition.update',
        objectType: 'Competition',
        objectId: id,
        summary: updatedSummary(input),
        alsoChanges: editions.map((event) => editionsKey(event.recurringKey)),
      });
      return tx.competition.findUniqueOrThrow({ where: { id } });
    });
  }
}

function checkDates(start: Date, end: Date) {
  if (end < start)
    throw new BadInputError('endDate is before startDate', [{ path: 'input.endDate', message: 'must not be before startDate' }]);
}
