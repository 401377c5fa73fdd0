import { Injectable } from '@nestjs/common';
import { BadInputError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { createdSummary, updatedSummary } from '../../audit/audit-summary.js';
import { recordAudit } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreatePersonInput } from './dto/create-person.input.js';
import type { UpdatePersonInput } from './dto/update-person.input.js';

type Tx = Prisma.TransactionClient;

@Injectable()
export class PeopleService {
  constructor(private readonly prisma: PrismaService) {}

  findOne(key: { id?: string; slug?: string }) {
    const where = key.id ? { id: key.id } : key.slug ? { slug: key.slug } : null;
    if (!where) throw new BadInputError('Give an id or a slug', [{ path: 'slug', message: 'id or slug is required' }]);
    return this.prisma.person.findUnique({ where });
  }

  async create(input: CreatePersonInput, viewer: Viewer) {
    const slug = input.slug ?? slugify(input.displayName);
    if (!slug) throw new BadInputError('Cannot make a slug from this name', [{ path: 'input.slug', message: 'give a slug' }]);
    return this.prisma.$transaction(async (tx) => {
      await this.checkReferences(tx, input);
      if (await tx.person.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Person', slug);
      const { athlete, aliases, ...fields } = input;
      const person = await tx.person.create({ data: { ...fields, aliases: cleanAliases(aliases), slug } });
      if (athlete)
        await tx.athleteProfile.create({
          data: {
            personId: person.id,
            disciplineCode: athlete.disciplineCode,
            externalIds: (athlete.externalIds ?? {}) as Prisma.InputJsonObject,
          },
        });
      await recordAudit(tx, viewer, { action: 'person.create', objectType: 'Person', objectId: person.id, summary: createdSummary(input) });
      return person;
    });
  }

  async update(input: UpdatePersonInput, viewer: Viewer) {
    const { id, expectedVersion, athlete, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      await this.checkReferences(tx, input);
      if (fields.slug) {
        const owner = await tx.person.findUnique({ where: { slug: fields.slug }, select: { id: true } });
        if (owner && owner.id !== id) throw new SlugTakenError('Person', fields.slug);
      }
      const data = fields.aliases === undefined ? fields : { ...fields, aliases: cleanAliases(fields.aliases) };
      await updateAtVersion(tx.person, 'Person', id, expectedVersion, data);
      if (athlete) {
        const data = { disciplineCode: athlete.disciplineCode, externalIds: (athlete.externalIds ?? {}) as Prisma.InputJsonObject };
        await tx.athleteProfile.upsert({ where: { personId: id }, create: { personId: id, ...data }, update: data });
      }
      await recordAudit(tx, viewer, { action: 'person.update', objectType: 'Person', objectId: id, summary: updatedSummary(input) });
      return tx.person.findUniqueOrThrow({ where: { id } });
    });
  }

  private async checkReferences(tx: Tx, input: { nocCode?: string; athlete?: { disciplineCode?: string } }) {
    if (input.nocCode && !(await tx.noc.findUnique({ where: { code: input.nocCode }, select: { code: true } }))) {
      throw new BadInputError(`Unknown NOC ${input.nocCode}`, [{ path: 'input.nocCode', message: 'no such NOC' }]);
    }
    const discipline = input.athlete?.disciplineCode;
    if (discipline && !(await tx.discipline.findUnique({ where: { code: discipline }, select: { code: true } }))) {
      throw new BadInputError(`Unknown discipline ${discipline}`, [
        { path: 'input.athlete.disciplineCode', message: 'no such discipline' },
      ]);
    }
  }
}

/** Trimmed, each once; null clears the list. */
function cleanAliases(aliases: readonly string[] | null | undefined): string[] {
  return [...new Set((aliases ?? []).map((alias) => alias.trim()))];
}
