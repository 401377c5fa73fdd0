import { Injectable } from '@nestjs/common';
import { nameContains } from '../../database/name-search.js';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Venue } from '../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';

/** Venues by name, then id. */
export const VENUES_BY_NAME = new KeysetOrder<Venue>([
  { field: 'name', column: 'name', type: 'text', direction: 'asc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'asc' },
]);

export interface VenueQuery {
  search?: string;
  country?: string;
  page: KeysetPage<Venue>;
}

@Injectable()
export class VenuesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.venue.findMany({ where: { id: { in: [...ids] } } });
  }

  findBySlug(slug: string) {
    return this.prisma.venue.findUnique({ where: { slug } });
  }

  findPage({ search, country, page }: VenueQuery): Promise<Venue[]> {
    const conditions: Prisma.Sql[] = [];
    if (search) conditions.push(nameContains('name', search));
    if (country) conditions.push(Prisma.sql`"countryIso2" = ${country}`);
    conditions.push(page.sqlWhere());
    return this.prisma.$queryRaw<Venue[]>`
      SELECT * FROM "Venue" WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}`;
  }
}
