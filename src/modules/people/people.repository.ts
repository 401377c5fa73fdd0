import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import type { Person } from '../../generated/prisma/client.js';
import { nameContains } from '../../database/name-search.js';
import { PrismaService } from '../../database/prisma.service.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';

/** People by name: the order of the index on (displayName, id). */
export const PEOPLE_BY_NAME = new KeysetOrder<Person>([
  { field: 'displayName', column: '"displayName"', type: 'text', direction: 'asc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'asc' },
]);

export interface PeopleQuery {
  search?: string;
  noc?: string;
  page: KeysetPage<Person>;
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
  findPage({ search, noc, page }: PeopleQuery): Promise<Person[]> {
    const conditions: Prisma.Sql[] = [];
    if (search) conditions.push(nameContains('displayName', search));
    if (noc) conditions.push(Prisma.sql`"nocCode" = ${noc}`);
    conditions.push(page.sqlWhere());
    return this.prisma.$queryRaw<Person[]>`
      SELECT * FROM "Person" WHERE ${Prisma.join(conditions, ' AND ')} ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}`;
  }
}
