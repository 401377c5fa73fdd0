import { Injectable } from '@nestjs/common';
import { BadInputError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import { formatCredit } from './domain/credit.js';
import type {
  CreateAgencyInput,
  CreatePhotographerInput,
  UpdateAgencyInput,
  UpdatePhotographerInput,
} from './dto/credit-registry.inputs.js';

type Tx = Prisma.TransactionClient;

/** Agencies and photographers: the credit registry admins manage. */
@Injectable()
export class CreditRegistryService {
  constructor(private readonly prisma: PrismaService) {}

  async createAgency(input: CreateAgencyInput, viewer: Viewer) {
    const slug = slugOf(input.slug, input.name);
    checkAgencyFormat(input.creditFormat);
    return this.prisma.$transaction(async (tx) => {
      if (await tx.agency.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Agency', slug);
      const agency = await tx.agency.create({ data: { ...input, slug } });
      await recordAudit(tx, viewer, { action: 'agency.create', objectType: 'Agency', objectId: agency.id, summary: createdSummary(input) });
      return agency;
    });
  }

  async updateAgency(input: UpdateAgencyInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    if (fields.creditFormat !== undefined) checkAgencyFormat(fields.creditFormat);
    return this.prisma.$transaction(async (tx) => {
      if (fields.slug) {
        const owner = await tx.agency.findUnique({ where: { slug: fields.slug }, select: { id: true } });
        if (owner && owner.id !== id) throw new SlugTakenError('Agency', fields.slug);
      }
      await updateAtVersion(tx.agency, 'Agency', id, expectedVersion, fields);
      await recordAudit(tx, viewer, { action: 'agency.update', objectType: 'Agency', objectId: id, summary: updatedSummary(input) });
      return tx.agency.findUniqueOrThrow({ where: { id } });
    });
  }

  async createPhotographer(input: CreatePhotographerInput, viewer: Viewer) {
    const slug = slugOf(input.slug, input.name);
    return this.prisma.$transaction(async (tx) => {
      await checkAgency(tx, input.agencyId);
      if (await tx.photographer.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Photographer', slug);
      const photographer = await tx.photographer.create({ data: { ...input, slug } });
      await recordAudit(tx, viewer, {
        action: 'photographer.create',
        objectType: 'Photographer',
        objectId: photographer.id,
        summary: createdSummary(input),
      });
      return photographer;
    });
  }

  async updatePhotographer(input: UpdatePhotographerInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      await checkAgency(tx, fields.agencyId);
      if (fields.slug) {
        const owner = await tx.photographer.findUnique({ where: { slug: fields.slug }, select: { id: true } });
        if (owner && owner.id !== id) throw new SlugTakenError('Photographer', fields.slug);
      }
      await updateAtVersion(tx.photographer, 'Photographer', id, expectedVersion, fields);
      await recordAudit(tx, viewer, {
        action: 'photographer.update',
        objectType: 'Photographer',
        objectId: id,
        summary: updatedSummary(input),
      });
      return tx.photographer.findUniqueOrThrow({ where: { id } });
    });
  }
}

function slugOf(slug: string | undefined, name: string): string {
  const result = slug ?? slugify(name);
  if (!result) throw new BadInputError('Cannot make a slug from this name', [{ path: 'input.slug', message: 'give a slug' }]);
  return result;
}

/** An agency's format also credits photos whose photographer is unknown, so it must leave something then. */
function checkAgencyFormat(format: string) {
  if (formatCredit(format, []) === null) {
    throw new BadInputError('The credit format says nothing without a photographer', [
      { path: 'input.creditFormat', message: 'must name the agency, e.g. "Photo by {photographer}/Getty Images"' },
    ]);
  }
}

async function checkAgency(tx: Tx, agencyId: string | null | undefined) {
  if (agencyId && !(await tx.agency.findUnique({ where: { id: agencyId }, select: { id: true } }))) {
    throw new BadInputError('Unknown agency', [{ path: 'input.agencyId', message: 'no such agency' }]);
  }
}
