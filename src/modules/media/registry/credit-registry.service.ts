import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../../common/errors/domain-error.js';
import { slugify } from '../../../common/validation/slug.js';
import { updateAtVersion } from '../../../database/optimistic-update.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { queueRenditionsOf } from '../rendition-requests.js';
import { createdSummary, updatedSummary } from '../../../audit/audit-summary.js';
import type { Viewer } from '../../../auth/viewer.js';
import type {
  CreateAgencyInput,
  CreatePhotographerInput,
  UpdateAgencyInput,
  UpdatePhotographerInput,
} from './dto/credit-registry.inputs.js';
import {
  checkAgency,
  checkAgencyFormat,
  checkFallback,
  checkMatchPatterns,
  checkPhotographerFormat,
  cleanAliases,
} from './registry-checks.js';

/** Agencies and photographers: the credit registry admins manage. */
/** The agency's fields that go into its photos' credit and copyright, which renditions carry inside them. */
const CREDIT_FIELDS = ['name', 'creditFormat', 'creditStyle', 'defaultCopyright', 'licensorUrl'] as const;

@Injectable()
export class CreditRegistryService {
  constructor(private readonly prisma: PrismaService) {}

  async createAgency(input: CreateAgencyInput, viewer: Viewer) {
    const slug = slugOf(input.slug, input.name);
    checkAgencyFormat(input.creditFormat, 'input.creditFormat', input.name);
    checkMatchPatterns(input.matchPatterns, 'input.matchPatterns');
    return this.prisma.$transaction(async (tx) => {
      if (await tx.agency.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Agency', slug);
      await checkFallback(tx, input.expiryPolicy ?? 'NOTIFY', input.fallbackAssetId ?? null);
      const aliases = cleanAliases(input.aliases ?? [], input.name);
      const agency = await tx.agency.create({ data: { ...input, slug, aliases } });
      await recordAudit(tx, viewer, { action: 'agency.create', objectType: 'Agency', objectId: agency.id, summary: createdSummary(input) });
      return agency;
    });
  }

  /**
   * Renaming an agency is an update of its name: every credit built from a format with
   * {agency} follows at once, since credits are built when read, and the stored pages
   * showing the agency are marked stale by the audit entry's public change.
   */
  async updateAgency(input: UpdateAgencyInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    checkMatchPatterns(fields.matchPatterns, 'input.matchPatterns');
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.agency.findUnique({ where: { id } });
      if (!current) throw new NotFoundError('Agency', { id });
      const name = fields.name ?? current.name;
      if (fields.creditFormat !== undefined || fields.name !== undefined) {
        checkAgencyFormat(fields.creditFormat ?? current.creditFormat, 'input.creditFormat', name);
      }
      if (fields.slug) {
        const owner = await tx.agency.findUnique({ where: { slug: fields.slug }, select: { id: true } });
        if (owner && owner.id !== id) throw new SlugTakenError('Agency', fields.slug);
      }
      if (fields.expiryPolicy !== undefined || fields.fallbackAssetId !== undefined) {
        await checkFallback(
          tx,
          fields.expiryPolicy ?? current.expiryPolicy,
          fields.fallbackAssetId === undefined ? current.fallbackAssetId : fields.fallbackAssetId,
        );
      }
      const aliases = fields.aliases || fields.name ? { aliases: cleanAliases(fields.aliases ?? current.aliases, name) } : {};
      await updateAtVersion(tx.agency, 'Agency', id, expectedVersion, { ...fields, ...aliases });
      if (CREDIT_FIELDS.some((field) => fields[field] !== undefined)) await queueRenditionsOf(tx, { supplierId: id });
      await recordAudit(tx, viewer, {
        action: 'agency.update',
        objectType: 'Agency',
        objectId: id,
        summary: { ...updatedSummary(input), ...(fields.name ? { renamedFrom: current.name, renamedTo: fields.name } : {}) },
      });
      return tx.agency.findUniqueOrThrow({ where: { id } });
    });
  }

  async createPhotographer(input: CreatePhotographerInput, viewer: Viewer) {
    const slug = slugOf(input.slug, input.name);
    if (input.creditFormat) checkPhotographerFormat(input.creditFormat, 'input.creditFormat', !!input.agencyId);
    return this.prisma.$transaction(async (tx) => {
      await checkAgency(tx, input.agencyId);
      if (await tx.photographer.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError('Photographer', slug);
      const aliases = cleanAliases(input.aliases ?? [], input.name);
      const photographer = await tx.photographer.create({ data: { ...input, slug, aliases } });
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
      const current = await tx.photographer.findUnique({
        where: { id },
        select: { name: true, aliases: true, agencyId: true, creditFormat: true },
      });
      if (!current) throw new NotFoundError('Photographer', { id });
      const format = fields.creditFormat === undefined ? current.creditFormat : fields.creditFormat;
      if (format && (fields.creditFormat !== undefined || fields.agencyId !== undefined)) {
        checkPhotographerFormat(format, 'input.creditFormat', !!(fields.agencyId === undefined ? current.agencyId : fields.agencyId));
      }
      await checkAgency(tx, fields.agencyId);
      if (fields.slug) {
        const owner = await tx.photographer.findUnique({ where: { slug: fields.slug }, select: { id: true } });
        if (owner && owner.id !== id) throw new SlugTakenError('Photographer', fields.slug);
      }
      const aliases =
        fields.aliases || fields.name ? { aliases: cleanAliases(fields.aliases ?? current.aliases, fields.name ?? current.name) } : {};
      await updateAtVersion(tx.photographer, 'Photographer', id, expectedVersion, { ...fields, ...aliases });
      if (fields.name !== undefined || fields.creditFormat !== undefined || fields.agencyId !== undefined)
        await queueRenditionsOf(tx, { photographerId: id });
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
