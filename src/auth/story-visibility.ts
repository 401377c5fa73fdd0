import { Prisma } from '../generated/prisma/client.js';
import type { ArticleStatus } from '../generated/prisma/enums.js';

/**
 * Who sees which version of a story, in one place.
 *
 * Readers (anonymous, frontend keys, and staff on the public queries) see the published
 * snapshot only: a story is public exactly when it has an ArticlePublication row. The
 * workflow writes that row when a story is published and deletes it on unpublish and
 * archive, in the same transaction as the status change, so status PUBLISHED and "has a
 * publication" always agree. Public reads therefore never read the working copy tables.
 * The desk (staff) reads working copies through its own queries.
 */
export const PUBLIC_STORY_STATUS: ArticleStatus = 'PUBLISHED';

/** The table every public read of a story selects from. */
export const PUBLIC_STORIES = Prisma.sql`"ArticlePublication"`;

/** The reference index of what the public snapshots point at. */
export const PUBLIC_STORY_REFERENCES = Prisma.sql`"ArticlePublicationReference"`;

/** Whether a story in this status has a public version. */
export const isPublicStatus = (status: ArticleStatus): boolean => status === PUBLIC_STORY_STATUS;

// Each column of the Article type and the publication's expression for it (`$` is the alias).
const PUBLIC_STORY_COLUMNS: [name: string, expression: string][] = [
  ['id', '$."articleId"'],
  ...['slug', 'headline', 'summary', 'language', 'section', 'tags'].map((c): [string, string] => [c, `$.${c}`]),
  ...['datelinePlace', 'datelineDate', 'canonicalUrl', 'seoTitle', 'seoDescription'].map((c): [string, string] => [c, `$."${c}"`]),
  ['status', `'PUBLISHED'::"ArticleStatus"`],
  ['version', '$.version'],
  ['createdAt', '$."publishedAt"'],
  ['updatedAt', '$."revisedAt"'],
  ['publishedAt', '$."publishedAt"'],
  ['corrections', '$.corrections'],
  ['published', 'true'],
];

/**
 * The columns of a public story (the Article type's fields) from a publication aliased `alias`,
 * each named `<prefix><field>`: readers see the snapshot's fields, with the time it went out as
 * `updatedAt`.
 */
export function publicStoryColumns(alias: string, prefix = ''): Prisma.Sql {
  const table = `"${alias}"`;
  return Prisma.raw(
    PUBLIC_STORY_COLUMNS.map(([name, expression]) => `${expression.replaceAll('$', table)} AS "${prefix}${name}"`).join(', '),
  );
}
