import { Injectable } from '@nestjs/common';
import { nameContains } from '../../database/name-search.js';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Venue } from '../../generated/prisma/client.js';

export interface VenueQuery {
  search?: string;
  country?: string;
  after: [string, string] | null;
  take: number;
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

  /** By name, then id; the cursor is (name, id). */
  findPage({ search, country, after, take }: VenueQuery): Promise<Venue[]> {
    const conditions: Prisma.Sql[] = [];
    if (search) conditions.push(nameContains('name', search));
    if (country) conditions.push(Prisma.sql`"countryIso2" = ${country}`);
    if (after) conditions.push(Prisma.sql`(name, id) > (${after[0]}, ${after[1]}::uuid)`);
    const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
    return this.prisma.$queryRaw<Venue[]>`SELECT * FROM "Venue" ${where} ORDER BY name, id LIMIT ${take}`;
  }
}
