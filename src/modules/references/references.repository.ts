import { Injectable } from '@nestjs/common';
import type { Reference } from '../../common/errors/referenced.error.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ReferenceTargetType } from '../../generated/prisma/enums.js';
import type { ReferenceRow } from './reference-index.js';

type Tx = Prisma.TransactionClient;

/** How many keys of each kind of reference an error lists; the count is always exact. */
export const REFERENCE_KEYS_SHOWN = 20;

/** The two calls of a Prisma model delegate that counting references needs. */
interface CountableDelegate<Where> {
  count(args: { where: Where }): PromiseLike<number>;
  findMany(args: { where: Where; select: { id: true }; orderBy: { id: 'asc' }; take: number }): PromiseLike<{ id: string }[]>;
}

/**
 * The reference index (ArticleReference), written with a story's blocks and links, and
 * what points at a record about to be deleted: rows of other tables through their foreign
 * keys, and stories through the reference index (ArticleReference), which has no foreign
 * key since its targets live in many tables. Runs inside the delete's transaction.
 */
@Injectable()
export class ReferencesRepository {
  /** The rows of one table that match `where`, as a Reference; null when there are none. */
  async rows<Where>(entity: string, delegate: CountableDelegate<Where>, where: Where): Promise<Reference | null> {
    const count = await delegate.count({ where });
    if (count === 0) return null;
    const first = await delegate.findMany({ where, select: { id: true }, orderBy: { id: 'asc' }, take: REFERENCE_KEYS_SHOWN });
    return { entity, count, keys: first.map((row) => row.id) };
  }

  /** The stories whose blocks or links use the target, by slug, drafts included. */
  async articles(tx: Tx, targetType: ReferenceTargetType, targetId: string): Promise<Reference | null> {
    const rows = await tx.$queryRaw<{ slug: string; total: number }[]>`
      SELECT a.slug, count(*) OVER ()::int AS total
      FROM (SELECT DISTINCT "articleId" FROM "ArticleReference" WHERE "targetType" = ${targetType}::"ReferenceTargetType" AND "targetId" = ${targetId}::uuid) r
      JOIN "Article" a ON a.id = r."articleId"
      ORDER BY a.slug
      LIMIT ${REFERENCE_KEYS_SHOWN}`;
    return rows.length ? { entity: 'Article', count: rows[0].total, keys: rows.map((row) => row.slug) } : null;
  }

  /** Slugs of all the stories that use the target, drafts included, in order. */
  async articleSlugs(tx: Tx, targetType: ReferenceTargetType, targetId: string): Promise<string[]> {
    const rows = await tx.$queryRaw<{ slug: string }[]>`
      SELECT DISTINCT a.slug FROM "ArticleReference" r JOIN "Article" a ON a.id = r."articleId"
      WHERE r."targetType" = ${targetType}::"ReferenceTargetType" AND r."targetId" = ${targetId}::uuid ORDER BY a.slug`;
    return rows.map((row) => row.slug);
  }

  /** Rewrites the reference index of one story; only the rows of what was replaced are touched. */
  async replaceReferences(tx: Tx, articleId: string, rows: ReferenceRow[], scope: { blocks: boolean; links: boolean }) {
    const where: Prisma.ArticleReferenceWhereInput[] = [];
    if (scope.blocks) where.push({ blockPosition: { gte: 0 } });
    if (scope.links) where.push({ blockPosition: -1 });
    if (!where.length) return;
    await tx.articleReference.deleteMany({ where: { articleId, OR: where } });
    const kept = rows.filter((r) => (r.blockPosition >= 0 ? scope.blocks : scope.links));
    if (!kept.length) return;
    // All rows as one parameter: a story has a hundred or more, and Prisma's createMany spends
    // milliseconds of the save's CPU binding them one value at a time.
    await tx.$executeRaw`
      INSERT INTO "ArticleReference" ("articleId", "targetType", "targetId", kind, "blockPosition")
      SELECT ${articleId}::uuid, r."targetType"::"ReferenceTargetType", r."targetId"::uuid, r.kind::"ReferenceKind", r."blockPosition"
      FROM json_to_recordset(${JSON.stringify(kept)}::json) AS r("targetType" text, "targetId" text, kind text, "blockPosition" int)
      ON CONFLICT DO NOTHING`;
  }
}

/** The references found, without the kinds that had none. */
export const found = (references: (Reference | null)[]): Reference[] => references.filter((r): r is Reference => r !== null);
