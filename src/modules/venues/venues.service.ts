import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError, SlugTakenError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { recordAudit } from '../../audit/audit-log.js';
import { createdSummary, updatedSummary } from '../../audit/audit-summary.js';
import type { Viewer } from '../../auth/viewer.js';
import type { CreateVenueInput, UpdateVenueInput } from './dto/venue.inputs.js';

type Tx = Prisma.TransactionClient;

/** "europe/rome" → "Europe/Rome": Intl accepts any case, the stored name is the canonical one. */
const canonicalTimeZone = (timeZone: string) => new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;

@Injectable()
export class VenuesService {
  constructor(private readonly prisma: PrismaService) {}

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
