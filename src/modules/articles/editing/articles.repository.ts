import { v7 as uuidv7 } from 'uuid';
import { Injectable } from '@nestjs/common';
import { Prisma } from '../../../generated/prisma/client.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { StoredBlock } from '../blocks/block-data.js';
import { searchConfigFor } from '../blocks/body-text.js';
import { type ArticleAuthorInput, type ArticleLinkInput, MAX_AUTHORS, MAX_BLOCKS, MAX_LINKS } from '../dto/article.inputs.js';

type Tx = Prisma.TransactionClient;

@Injectable()
export class ArticlesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.article.findMany({ where: { id: { in: [...ids] } } });
  }

  findBlocks(articleIds: readonly string[]) {
    return this.prisma.articleBlock.findMany({
      where: { articleId: { in: [...articleIds] }, position: { lt: MAX_BLOCKS } },
      orderBy: { position: 'asc' },
    });
  }

  findAuthors(articleIds: readonly string[]) {
    return this.prisma.articleAuthor.findMany({
      where: { articleId: { in: [...articleIds] }, position: { lt: MAX_AUTHORS } },
      orderBy: { position: 'asc' },
    });
  }

  findLinks(articleIds: readonly string[]) {
    return this.prisma.articleLink.findMany({
      where: { articleId: { in: [...articleIds] }, position: { lt: MAX_LINKS } },
      orderBy: { position: 'asc' },
    });
  }

  async replaceBlocks(tx: Tx, articleId: string, blocks: StoredBlock[]) {
    await tx.articleBlock.deleteMany({ where: { articleId } });
    if (!blocks.length) return;
    const rows = blocks.map((b) => ({ id: uuidv7(), position: b.position, type: b.type, data: b.data }));
    await tx.$executeRaw`
      INSERT INTO "ArticleBlock" (id, "articleId", position, type, data)
      SELECT r.id, ${articleId}::uuid, r.position, r.type::"BlockType", r.data
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id uuid, position int, type text, data jsonb)`;
  }

  async replaceAuthors(tx: Tx, articleId: string, authors: ArticleAuthorInput[]) {
    await tx.articleAuthor.deleteMany({ where: { articleId } });
    if (!authors.length) return;
    const rows = authors.map((a, position) => ({ personId: a.personId, role: a.role ?? 'AUTHOR', position }));
    await tx.$executeRaw`
      INSERT INTO "ArticleAuthor" ("articleId", "personId", role, position)
      SELECT ${articleId}::uuid, r."personId", r.role::"AuthorRole", r.position
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r("personId" uuid, role text, position int)
      ON CONFLICT DO NOTHING`;
  }

  async replaceLinks(tx: Tx, articleId: string, links: ArticleLinkInput[]) {
    await tx.articleLink.deleteMany({ where: { articleId } });
    if (!links.length) return;
    const rows = links.map((l, position) => ({
      id: uuidv7(),
      relation: l.relation,
      targetType: l.targetType,
      targetId: l.targetId,
      position,
    }));
    await tx.$executeRaw`
      INSERT INTO "ArticleLink" (id, "articleId", relation, "targetType", "targetId", position)
      SELECT r.id, ${articleId}::uuid, r.relation::"LinkRelation", r."targetType"::"LinkTargetType", r."targetId", r.position
      FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r(id uuid, relation text, "targetType" text, "targetId" uuid, position int)
      ON CONFLICT DO NOTHING`;
  }

  updateSearchVector(tx: Tx, articleId: string, language: string) {
    return tx.$executeRaw`UPDATE "Article" SET "searchVector" = ${searchVectorOf(searchConfigFor(language))} WHERE id = ${articleId}::uuid`;
  }
}

/**
 * A story's search vector from its own columns: headline weighs most, then the summary,
 * then the body; diacritics are folded here and in every search query.
 */
export function searchVectorOf(config: string): Prisma.Sql {
  return Prisma.sql`
    setweight(to_tsvector(${config}::regconfig, podium_unaccent(coalesce("headline", ''))), 'A') ||
    setweight(to_tsvector(${config}::regconfig, podium_unaccent(coalesce("summary", ''))), 'B') ||
    setweight(to_tsvector(${config}::regconfig, podium_unaccent("bodyText")), 'C')`;
}
