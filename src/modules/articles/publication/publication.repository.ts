import { Injectable } from '@nestjs/common';
import { Prisma } from '../../../generated/prisma/client.js';
import { PrismaService } from '../../../database/prisma.service.js';
import { PUBLIC_STORIES, PUBLIC_STORY_REFERENCES, publicStoryColumns } from '../../../auth/story-visibility.js';
import type { ArticleRow } from '../reading/articles-list.sql.js';
import type { CorrectionNote } from './publication-document.js';
import { STORY_LISTS_KEY, storiesAboutKey } from '../../../read-model/dependency-keys.js';

type Tx = Prisma.TransactionClient;

/** A story as readers see it: the published snapshot's fields. */
export type PublicArticleRow = ArticleRow & { published: true; corrections: CorrectionNote[] };

export interface SnapshotOptions {
  publishedAt: Date;
  publishedById: string | null;
  correction: CorrectionNote | null;
}

/** The published snapshots: written by the workflow, read by every public path. */
@Injectable()
export class PublicationRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Copies the working copy (fields, blocks, byline, links, body text) into the story's
   * publication, replacing an earlier one and appending the correction, then its search vector
   * and its reference index. In the caller's transaction.
   */
  async snapshot(tx: Tx, articleId: string, { publishedAt, publishedById, correction }: SnapshotOptions): Promise<void> {
    const corrections = JSON.stringify(correction ? [correction] : []);
    await tx.$executeRaw`
      INSERT INTO "ArticlePublication" ("articleId", version, slug, headline, summary, language, section, tags,
        "datelinePlace", "datelineDate", "canonicalUrl", "seoTitle", "seoDescription", document, "bodyText",
        "publishedAt", "revisedAt", "publishedById", corrections)
      SELECT a.id, a.version, a.slug, a.headline, a.summary, a.language, a.section, a.tags,
        a."datelinePlace", a."datelineDate", a."canonicalUrl", a."seoTitle", a."seoDescription",
        jsonb_build_object(
          'blocks', coalesce((SELECT jsonb_agg(jsonb_build_object('position', b.position, 'type', b.type, 'data', b.data) ORDER BY b.position)
            FROM "ArticleBlock" b WHERE b."articleId" = a.id), '[]'::jsonb),
          'authors', coalesce((SELECT jsonb_agg(jsonb_build_object('personId', x."personId", 'role', x.role, 'position', x.position) ORDER BY x.position)
            FROM "ArticleAuthor" x WHERE x."articleId" = a.id), '[]'::jsonb),
          'links', coalesce((SELECT jsonb_agg(jsonb_build_object('relation', l.relation, 'targetType', l."targetType", 'targetId', l."targetId", 'position', l.position) ORDER BY l.position)
            FROM "ArticleLink" l WHERE l."articleId" = a.id), '[]'::jsonb)),
        a."bodyText", ${publishedAt}, now(), ${publishedById}::uuid, ${corrections}::jsonb
      FROM "Article" a WHERE a.id = ${articleId}::uuid
      ON CONFLICT ("articleId") DO UPDATE SET
        version = EXCLUDED.version, slug = EXCLUDED.slug, headline = EXCLUDED.headline, summary = EXCLUDED.summary,
        language = EXCLUDED.language, section = EXCLUDED.section, tags = EXCLUDED.tags,
        "datelinePlace" = EXCLUDED."datelinePlace", "datelineDate" = EXCLUDED."datelineDate",
        "canonicalUrl" = EXCLUDED."canonicalUrl", "seoTitle" = EXCLUDED."seoTitle", "seoDescription" = EXCLUDED."seoDescription",
        document = EXCLUDED.document, "bodyText" = EXCLUDED."bodyText",
        "publishedAt" = EXCLUDED."publishedAt", "revisedAt" = EXCLUDED."revisedAt", "publishedById" = EXCLUDED."publishedById",
        corrections = "ArticlePublication".corrections || EXCLUDED.corrections`;
    await tx.$executeRaw`
      INSERT INTO "PublicationSearch" ("articleId", "publishedAt", "searchVector", "accentedWords")
      SELECT a.id, ${publishedAt}, coalesce(a."searchVector", ''::tsvector), ${accentedWordsOf(Prisma.sql`a."bodyText"`)}
      FROM "Article" a WHERE a.id = ${articleId}::uuid
      ON CONFLICT ("articleId") DO UPDATE SET
        "publishedAt" = EXCLUDED."publishedAt", "searchVector" = EXCLUDED."searchVector", "accentedWords" = EXCLUDED."accentedWords"`;
    await tx.$executeRaw`DELETE FROM ${PUBLIC_STORY_REFERENCES} WHERE "articleId" = ${articleId}::uuid`;
    await tx.$executeRaw`
      INSERT INTO ${PUBLIC_STORY_REFERENCES} ("articleId", "targetType", "targetId", kind, "blockPosition")
      SELECT "articleId", "targetType", "targetId", kind, "blockPosition" FROM "ArticleReference" WHERE "articleId" = ${articleId}::uuid`;
  }

  /**
   * What a change of the story's publication changes for readers besides the story: every list
   * of stories, and the lists of stories about each entity it references, as published or as
   * about to be (the working copy's references).
   */
  async listKeys(tx: Tx, articleId: string): Promise<string[]> {
    const rows = await tx.$queryRaw<{ targetType: string; targetId: string }[]>`
      SELECT "targetType"::text AS "targetType", "targetId"::text AS "targetId" FROM "ArticleReference" WHERE "articleId" = ${articleId}::uuid
      UNION
      SELECT "targetType"::text, "targetId"::text FROM ${PUBLIC_STORY_REFERENCES} WHERE "articleId" = ${articleId}::uuid`;
    return [STORY_LISTS_KEY, ...rows.map((row) => storiesAboutKey(row.targetType, row.targetId))];
  }

  /** Takes the public version down; its reference rows go with it (cascade). */
  async remove(tx: Tx, articleId: string): Promise<void> {
    await tx.articlePublication.deleteMany({ where: { articleId } });
  }

  findMeta(tx: Tx, articleId: string) {
    return tx.articlePublication.findUnique({ where: { articleId }, select: { version: true, slug: true, publishedAt: true } });
  }

  /** Whether another story's publication holds the slug (a renamed story keeps its public slug until republished). */
  async slugHeldByOther(tx: Tx, slug: string, selfId: string | null): Promise<boolean> {
    const row = await tx.articlePublication.findUnique({ where: { slug }, select: { articleId: true } });
    return Boolean(row && row.articleId !== selfId);
  }

  async findPublicBySlug(slug: string): Promise<PublicArticleRow | null> {
    const rows = await this.prisma.$queryRaw<PublicArticleRow[]>`
      SELECT ${publicStoryColumns('p')} FROM ${PUBLIC_STORIES} p WHERE p.slug = ${slug}`;
    return rows[0] ?? null;
  }

  findPublicByIds(ids: readonly string[]): Promise<PublicArticleRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.prisma.$queryRaw<PublicArticleRow[]>`
      SELECT ${publicStoryColumns('p')} FROM ${PUBLIC_STORIES} p WHERE p."articleId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})`;
  }

  /** Documents and corrections of publications, for the public field resolvers and the desk's view of what is out. */
  findByArticleIds(ids: readonly string[]) {
    return this.prisma.articlePublication.findMany({
      where: { articleId: { in: [...ids] } },
      select: { articleId: true, version: true, document: true, corrections: true, publishedAt: true, revisedAt: true },
    });
  }
}

/**
 * The words of a body that carry diacritics, lower case ("ødegaard"): search folds them away,
 * and snippets mark them when the query is their folded form. Kept at publication, so that a
 * search does not parse every hit's body again to find them.
 */
export function accentedWordsOf(bodyText: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`ARRAY(SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, ${bodyText}))) AS w WHERE w <> podium_unaccent(w))`;
}
