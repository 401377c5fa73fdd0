import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreateOrganisationInput } from './dto/create-organisation.input.js';
import type { UpdateOrganisationInput } from './dto/update-organisation.input.js';

type Tx = Prisma.TransactionClient;

/** GraphQL lets a client send null for an optional input field, which the field's TypeScript type cannot say. */
const sentNull = (value: unknown) => value === null;

@Injectable()
export class OrganisationsService {
  constructor(private readonly prisma: PrismaService) {}

  async create(input: CreateOrganisationInput, viewer: Viewer) {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw new BadInputError('Cannot make a slug from this name', [{ path: 'input.slug', message: 'give a slug' }]);
    return this.prisma.$transaction(async (tx) => {
      await checkNoc(tx, input.nocCode);
      if (await tx.organisation.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Organisation', slug);
      const organisation = await tx.organisation.create({ data: { ...input, aliases: cleanAliases(input.aliases), slug } });
      await recordAudit(tx, viewer, {
        action: 'organisation.create',
        objectType: 'Organisation',
        objectId: organisation.id,
        summary: createdSummary(input),
      });
      return organisation;
    });
  }

  /** At the version the editor saw; a slug given must be free, and the slug is never cleared. */
  async update(input: UpdateOrganisationInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    if (sentNull(fields.slug)) {
      throw new BadInputError('An organisation keeps a slug', [
        { path: 'input.slug', message: 'give a new slug, or leave it out to keep the current one' },
      ]);
    }
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.organisation.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('Organisation', { id });
      await checkNoc(tx, fields.nocCode);
      if (fields.slug) {
        const owner = await tx.organisation.findUnique({ where: { slug: fields.slug }, select: { id: true } });
        if (owner && owner.id !== id) throw new SlugTakenError('Organisation', fields.slug);
      }
      const data = fields.aliases === undefined ? fields : { ...fields, aliases: cleanAliases(fields.aliases) };
      await updateAtVersion(tx.organisation, 'Organisation', id, expectedVersion, data);
      await recordAudit(tx, viewer, {
        action: 'organisation.update',
        objectType: 'Organisation',
        objectId: id,
        summary: updatedSummary(input),
      });
      return tx.organisation.findUniqueOrThrow({ where: { id } });
    });
  }
}

/** Trimmed, each once, in the order given; null (clear) is the empty list. */
function cleanAliases(aliases: readonly string[] | null | undefined): string[] {
  return [...new Set((aliases ?? []).map((alias) => alias.trim()))];
}

async function checkNoc(tx: Tx, nocCode: string | null | undefined) {
  if (nocCode && !(await tx.noc.findUnique({ where: { code: nocCode }, select: { code: true } }))) {
    throw new BadInputError(`Unknown NOC ${nocCode}`, [{ path: 'input.nocCode', message: 'no such NOC' }]);
  }
}
