import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import type { Person } from '../../generated/prisma/client.js';
import { nameContains } from '../../database/name-search.js';
import { PrismaService } from '../../database/prisma.service.js';

export interface PeopleQuery {
  search?: string;
  noc?: string;
  after: [string, string] | null;
  take: number;
}

@Injectable()
export class PeopleRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.person.findMany({ where: { id: { in: [...ids] } } });
  }

  findBySlugs(slugs: readonly string[]) {
    return this.prisma.person.findMany({ where: { slug: { in: [...slugs] } } });
  }

  findProfiles(personIds: readonly string[]) {
    return this.prisma.athleteProfile.findMany({ where: { personId: { in: [...personIds] } } });
  }

  /** Name search folds case and diacritics in SQL so the trigram index on podium_unaccent(lower(name)) is used. */
  findPage({ search, noc, after, take }: PeopleQuery): Promise<Person[]> {
    const conditions: Prisma.Sql[] = [];
    if (search) conditions.push(nameContains('displayName', search));
    if (noc) conditions.push(Prisma.sql`"nocCode" = ${noc}`);
    if (after) conditions.push(Prisma.sql`("displayName", id) > (${after[0]}, ${after[1]}::uuid)`);
    const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
    return this.prisma.$queryRaw<Person[]>`SELECT * FROM "Person" ${where} ORDER BY "displayName", id LIMIT ${take}`;
  }
}
