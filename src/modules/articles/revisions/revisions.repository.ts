import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import { Prisma } from '../../../generated/prisma/client.js';
import type { ArticleRevision } from '../../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../../graphql/pagination/keyset.js';
import { MAX_AUTHORS, MAX_BLOCKS, MAX_LINKS } from '../dto/article.inputs.js';

type Tx = Prisma.TransactionClient;

/** A revision without its snapshot: what a list of revisions shows. */
export type RevisionRow = Omit<ArticleRevision, 'snapshot'> & { snapshot?: Prisma.JsonValue };

/** Newest first: the order of the index on (articleId, createdAt DESC, id DESC). */
export const NEWEST_REVISIONS = new KeysetOrder<RevisionRow>([
  { field: 'createdAt', column: '"createdAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'desc' },
]);

const uuidArray = (ids: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}]`;

@Injectable()
export class RevisionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  insert(tx: Tx, data: Prisma.ArticleRevisionUncheckedCreateInput) {
    return tx.articleRevision.create({ data, select: { id: true } });
  }

  findByIds(ids: readonly string[]) {
    return this.prisma.articleRevision.findMany({ where: { id: { in: [...ids] } } });
  }

  /** One page of each story's revisions, all stories in one statement. */
  pageByArticles(articleIds: readonly string[], page: KeysetPage<RevisionRow>): Promise<RevisionRow[]> {
    return this.prisma.$queryRaw<RevisionRow[]>`
      SELECT id, "articleId", version, reason, "authorId", "restoredFromId", "createdAt" FROM (
        SELECT id, "articleId", version, reason, "authorId", "restoredFromId", "createdAt",
          row_number() OVER (PARTITION BY "articleId" ORDER BY ${page.sqlOrderBy()}) AS n
        FROM "ArticleRevision"
        WHERE "articleId" = ANY(${uuidArray(articleIds)}) AND ${page.sqlWhere()}
      ) AS r
      WHERE n <= ${page.take}
      ORDER BY "articleId", n`;
  }

  /** The revision a save at `version` was based on: the last one that produced that version. */
  findAtVersion(tx: Tx, articleId: string, version: number) {
    return tx.articleRevision.findFirst({
      where: { articleId, version, reason: { not: 'CONFLICTED' } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { snapshot: true },
    });
  }

  /** The story as stored, with who saved its current version. */
  findArticle(id: string, tx: Tx | PrismaService = this.prisma) {
    return tx.article.findUnique({ where: { id }, include: { updatedBy: { select: { id: true, displayName: true } } } });
  }

  /** The stored lists a save did not replace, so that its revision still holds the whole story. */
  async storedParts(tx: Tx, articleId: string, need: { blocks: boolean; authors: boolean; links: boolean }) {
    return {
      blocks: need.blocks
        ? await tx.articleBlock.findMany({ where: { articleId, position: { lt: MAX_BLOCKS } }, orderBy: { position: 'asc' } })
        : [],
      authors: need.authors
        ? await tx.articleAuthor.findMany({ where: { articleId, position: { lt: MAX_AUTHORS } }, orderBy: { position: 'asc' } })
        : [],
      links: need.links
        ? await tx.articleLink.findMany({ where: { articleId, position: { lt: MAX_LINKS } }, orderBy: { position: 'asc' } })
        : [],
    };
  }

  usersByIds(ids: readonly string[]) {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, displayName: true } });
  }

  quoteTexts(ids: readonly string[]) {
    return this.prisma.quote.findMany({ where: { id: { in: [...ids] } }, select: { id: true, text: true } });
  }
}
