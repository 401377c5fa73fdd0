import { Injectable } from '@nestjs/common';
import { factKeys } from '../../../events/fact-changes.js';
import { Prisma } from '../../../generated/prisma/client.js';
import type { KeysetPage } from '../../../graphql/pagination/keyset.js';
import type { ArticleFactReview } from '../../../generated/prisma/client.js';
import type { StoredClaim, FactTrigger } from '../fact-check.types.js';
import { UUID_KEY } from '../../../graphql/relay/global-id.js';

type Db = Prisma.TransactionClient;

/** "Type:key" dependency keys by type, keeping only the uuid keys of the types the fact sheet reads. */
function keysByType(keys: readonly string[]) {
  const of = (...types: string[]) =>
    keys.flatMap((key) => {
      const [type, id = ''] = key.split(':');
      return types.includes(type) && UUID_KEY.test(id) ? [id] : [];
    });
  return {
    units: of('Unit', 'UnitResults'),
    events: of('Event'),
    people: of('Person'),
    teams: of('Organisation'),
    records: of('Record'),
  };
}

/** The review list (ArticleFactReview) and the search for the published stories a change may have made wrong. */
@Injectable()
export class FactReviewRepository {
  /**
   * Published stories whose fact sheet may hold what changed, after `after` in id order: those
   * whose published references name the changed unit, its phase or event, an event or unit a
   * changed person or team competes in, or an event a changed record is kept for (their sheets
   * read those units), and those whose stored page shows any of the keys (a fact box computing
   * from a result of another unit).
   */
  async storiesTouchedBy(db: Db, changed: readonly string[], after: string | null, limit: number): Promise<string[]> {
    const keys = factKeys(changed);
    const { units, events, people, teams, records } = keysByType(keys);
    const entities = [...people, ...teams];
    const rows = await db.$queryRaw<{ articleId: string }[]>`
      WITH targets ("targetType", "targetId") AS (
        SELECT 'UNIT', u.id FROM "Unit" u WHERE u.id = ANY(${units}::uuid[])
        UNION SELECT 'PHASE', u."phaseId" FROM "Unit" u WHERE u.id = ANY(${units}::uuid[])
        UNION SELECT 'EVENT', p."eventId" FROM "Unit" u JOIN "Phase" p ON p.id = u."phaseId" WHERE u.id = ANY(${units}::uuid[])
        UNION SELECT 'EVENT', e.id FROM "Event" e WHERE e.id = ANY(${events}::uuid[])
        UNION SELECT 'UNIT', u.id FROM "Unit" u JOIN "Phase" p ON p.id = u."phaseId" WHERE p."eventId" = ANY(${events}::uuid[])
        UNION SELECT 'PERSON', x FROM unnest(${people}::uuid[]) x
        UNION SELECT 'ORGANISATION', x FROM unnest(${teams}::uuid[]) x
        UNION SELECT 'EVENT', c."eventId" FROM "Competitor" c WHERE c."personId" = ANY(${entities}::uuid[]) OR c."teamId" = ANY(${entities}::uuid[])
        UNION SELECT 'UNIT', r."unitId" FROM "Result" r JOIN "Competitor" c ON c.id = r."competitorId"
          WHERE c."personId" = ANY(${entities}::uuid[]) OR c."teamId" = ANY(${entities}::uuid[])
        UNION SELECT 'EVENT', e.id FROM "Record" rec JOIN "Event" e ON e."recurringKey" = rec."recurringKey" AND e."disciplineCode" = rec."disciplineCode"
          WHERE rec.id = ANY(${records}::uuid[])
      ), touched AS (
        SELECT r."articleId" FROM "ArticlePublicationReference" r JOIN targets t
          ON r."targetType" = t."targetType"::"ReferenceTargetType" AND r."targetId" = t."targetId"
        UNION
        SELECT d.key FROM "ReadDocument" d WHERE d.kind = 'Article' AND d."dependsOn" && ${keys}::text[]
      )
      SELECT t."articleId"::text AS "articleId" FROM touched t JOIN "ArticlePublication" p ON p."articleId" = t."articleId"
      WHERE ${after}::uuid IS NULL OR t."articleId" > ${after}::uuid
      ORDER BY t."articleId"
      LIMIT ${limit}`;
    return rows.map((row) => row.articleId);
  }

  /** Locks the story's publication for the re-check's writes, so two re-checks of it do not both announce; null when it is not published. */
  async lockPublished(tx: Db, articleId: string): Promise<{ version: number; slug: string } | null> {
    const rows = await tx.$queryRaw<{ version: number; slug: string }[]>`
      SELECT version, slug FROM "ArticlePublication" WHERE "articleId" = ${articleId}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  find(db: Db, articleId: string) {
    return db.articleFactReview.findUnique({ where: { articleId } });
  }

  async upsert(tx: Db, articleId: string, articleVersion: number, claims: StoredClaim[], trigger: FactTrigger): Promise<void> {
    const data = {
      articleVersion,
      claims: claims as unknown as Prisma.InputJsonArray,
      trigger: trigger as unknown as Prisma.InputJsonObject,
      detectedAt: new Date(),
    };
    await tx.articleFactReview.upsert({ where: { articleId }, create: { articleId, ...data }, update: data });
  }

  async remove(tx: Db, articleId: string): Promise<number> {
    return (await tx.articleFactReview.deleteMany({ where: { articleId } })).count;
  }

  /** A page of the stories to review that are still published, newest first. */
  page(db: Db, page: KeysetPage<ArticleFactReview>) {
    return db.articleFactReview.findMany({
      where: { article: { publication: { isNot: null } }, ...page.prismaWhere() },
      orderBy: page.prismaOrderBy(),
      take: page.take,
      include: { article: true },
    });
  }
}
