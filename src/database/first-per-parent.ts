import { Prisma } from '../generated/prisma/client.js';

interface RawQueryable {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Prisma.PrismaPromise<T>;
}

export interface FirstPerParent {
  /** The table, quoted as in SQL, e.g. `"Competitor"`. */
  table: string;
  /** The column naming the parent, e.g. `"eventId"`. */
  parent: string;
  /** The order within a parent, in SQL over the table's columns, e.g. `"order", id`. */
  order: string;
  /** The most rows any parent gets. */
  limit: number;
  /** What the parent column holds; default uuid. */
  parentType?: 'uuid' | 'text';
}

/**
 * The first `limit` rows of each parent, in one statement for a batch of parents. A list
 * documented as bounded by the domain (an event's units, a unit's result rows) is cut here
 * too, so the bound holds whatever the table holds.
 */
export function firstPerParent<T>(
  db: RawQueryable,
  { table, parent, order, limit, parentType = 'uuid' }: FirstPerParent,
  parentIds: readonly string[],
): Promise<T[]> {
  const cast = Prisma.raw(parentType === 'uuid' ? '::uuid' : '::text');
  const ids = Prisma.join(parentIds.map((id) => Prisma.sql`${id}${cast}`));
  return db.$queryRaw<T[]>`
    SELECT ranked.* FROM (
      SELECT x.*, row_number() OVER (PARTITION BY x.${Prisma.raw(parent)} ORDER BY ${Prisma.raw(order)})::int AS "rowInParent"
      FROM ${Prisma.raw(table)} x WHERE x.${Prisma.raw(parent)} IN (${ids})
    ) ranked
    WHERE ranked."rowInParent" <= ${limit}
    ORDER BY ranked.${Prisma.raw(parent)}, ranked."rowInParent"`;
}
