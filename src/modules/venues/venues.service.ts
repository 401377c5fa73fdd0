import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { lockAtVersion, updateAtVersion } from '../../database/optimistic-update.js';
import { ReferencedError } from '../../common/errors/referenced.error.js';
import { found, ReferencesRepository } from '../references/references.repository.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, deletedSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreateVenueInput, DeleteVenueInput, UpdateVenueInput } from './dto/venue.inputs.js';

type Tx = Prisma.TransactionClient;

/** "europe/rome" → "Europe/Rome": Intl accepts any case, the stored name is the canonical one. */
const canonicalTimeZone = (timeZone: string) => new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;

@Injectable()
export class VenuesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly references: ReferencesRepository,
  ) {}

  create(input: CreateVenueInput, viewer: Viewer) {
    const slug = input.slug ?? slugify(input.name);
    if (!slug) throw new BadInputError('Cannot make a slug from this name', [{ path: 'input.slug', message: 'give a slug' }]);
    return this.prisma.$transaction(async (tx) => {
      await checkSlugFree(tx, slug, null);
      const { name, city, countryIso2, timezone } = input;
      const venue = await tx.venue.create({ data: { name, slug, city, countryIso2, timezone: canonicalTimeZone(timezone) } });
      await recordAudit(tx, viewer, { action: 'venue.create', objectType: 'Venue', objectId: venue.id, summary: createdSummary(input) });
      return venue;
    });
  }

  /**
   * A venue entered by mistake; refused while units, records or stories use it. The row is
   * locked first, so a unit cannot be pointed at it meanwhile. Returns the id deleted.
   */
  delete({ id, expectedVersion }: DeleteVenueInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      await lockAtVersion(tx, 'Venue', id, expectedVersion);
      const references = found([
        await this.references.rows('Unit', tx.unit, { venueId: id }),
        await this.references.rows('Record', tx.record, { venueId: id }),
        await this.references.articles(tx, 'VENUE', id),
      ]);
      if (references.length) throw new ReferencedError('Venue', id, references);
      await tx.venue.delete({ where: { id } });
      await recordAudit(tx, viewer, {
        action: 'venue.delete',
        objectType: 'Venue',
        objectId: id,
        summary: deletedSummary(expectedVersion),
      });
      return id;
    });
  }

  /** At the version the editor saw; units keep pointing at the venue. */
  update(input: UpdateVenueInput, viewer: Viewer) {
    const { id, expectedVersion, ...fields } = input;
    return this.prisma.$transaction(async (tx) => {
      if (!(await tx.venue.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError('Venue', { id });
      if (fields.slug) await checkSlugFree(tx, fields.slug, id);
      const data = fields.timezone ? { ...fields, timezone: canonicalTimeZone(fields.timezone) } : fields;
      await updateAtVersion(tx.venue, 'Venue', id, expectedVersion, data);
      await recordAudit(tx, viewer, { action: 'venue.update', objectType: 'Venue', objectId: id, summary: updatedSummary(input) });
      return tx.venue.findUniqueOrThrow({ where: { id } });
    });
  }
}

async function checkSlugFree(tx: Tx, slug: string, selfId: string | null) {
  const owner = await tx.venue.findUnique({ where: { slug }, select: { id: true } });
  if (owner && owner.id !== selfId) throw new SlugTakenError('Venue', slug);
}
