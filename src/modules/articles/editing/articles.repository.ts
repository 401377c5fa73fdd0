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
    await tx.articleBlock.createMany({
      data: blocks.map((b) => ({ articleId, position: b.position, type: b.type, data: b.data as unknown as Prisma.InputJsonObject })),
    });
  }

  async replaceAuthors(tx: Tx, articleId: string, authors: ArticleAuthorInput[]) {
    await tx.articleAuthor.deleteMany({ where: { articleId } });
    await tx.articleAuthor.createMany({
      data: authors.map((a, position) => ({ articleId, personId: a.personId, role: a.role ?? 'AUTHOR', position })),
      skipDuplicates: true,
    });
  }

  async replaceLinks(tx: Tx, articleId: string, links: ArticleLinkInput[]) {
    await tx.articleLink.deleteMany({ where: { articleId } });
    await tx.articleLink.createMany({ data: links.map((l, position) => ({ articleId, ...l, position })), skipDuplicates: true });
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
