import { Prisma } from '../generated/prisma/client.js';

/** `text` as a literal inside a LIKE pattern: its %, _ and \ match themselves. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * "The column contains `text`", ignoring case and diacritics ("zurich" finds "Zürich"). The
 * folding is done in SQL with the migrations' podium_unaccent, so a trigram index on
 * podium_unaccent(lower(column)) serves it where there is one. `column` is a quoted identifier.
 */
export function nameContains(column: string, text: string): Prisma.Sql {
  return Prisma.sql`podium_unaccent(lower(${Prisma.raw(`"${column}"`)})) LIKE '%' || podium_unaccent(lower(${escapeLike(text)})) || '%'`;
}
