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

/**
 * The columns of a public story (the Article type's fields) from a publication aliased `alias`:
 * readers see the snapshot's fields, with the time it went out as `updatedAt`.
 */
export function publicStoryColumns(alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${a}."articleId" AS id, ${a}.slug, ${a}.headline, ${a}.summary, ${a}.language, ${a}.section, ${a}.tags,
  ${a}."datelinePlace", ${a}."datelineDate", ${a}."canonicalUrl", ${a}."seoTitle", ${a}."seoDescription",
  'PUBLISHED'::"ArticleStatus" AS status, ${a}.version, ${a}."publishedAt" AS "createdAt", ${a}."revisedAt" AS "updatedAt",
  ${a}."publishedAt", ${a}.corrections, true AS published`;
}
