import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { SourceBlock, SourceLink, StorySource } from './story-source.js';

type Db = Prisma.TransactionClient;

/** The blocks and links of a published snapshot (ArticlePublication.document). */
interface SnapshotDocument {
  blocks?: SourceBlock[];
  links?: SourceLink[];
}

type WorkingCopyRow = Omit<StorySource, 'articleId'>;

/** The two versions of a story the fact check reads: the working copy the desk edits and the snapshot readers see. */
@Injectable()
export class StorySourceRepository {
  /**
   * The working copy as it is in `db` (a save's or a publish's own transaction sees its writes);
   * null when there is no such story. One statement: it runs inside every save.
   */
  async workingCopy(db: Db, articleId: string): Promise<StorySource | null> {
    const rows = await db.$queryRaw<WorkingCopyRow[]>`
      SELECT a.version, a.language, a."datelineDate", a."publishedAt",
        coalesce((SELECT json_agg(json_build_object('position', b.position, 'type', b.type, 'data', b.data) ORDER BY b.position)
          FROM "ArticleBlock" b WHERE b."articleId" = a.id), '[]'::json) AS blocks,
        coalesce((SELECT json_agg(json_build_object('relation', l.relation, 'targetType', l."targetType", 'targetId', l."targetId") ORDER BY l.position)
          FROM "ArticleLink" l WHERE l."articleId" = a.id), '[]'::json) AS links
      FROM "Article" a WHERE a.id = ${articleId}::uuid`;
    return rows.length ? { articleId, ...rows[0] } : null;
  }

  /** What readers see of the story; null when it is not published. */
  async published(db: Db, articleId: string): Promise<(StorySource & { slug: string }) | null> {
    const publication = await db.articlePublication.findUnique({
      where: { articleId },
      select: { version: true, slug: true, language: true, datelineDate: true, publishedAt: true, document: true },
    });
    if (!publication) return null;
    const document = (publication.document ?? {}) as SnapshotDocument;
    return {
      articleId,
      slug: publication.slug,
      version: publication.version,
      language: publication.language,
      datelineDate: publication.datelineDate,
      publishedAt: publication.publishedAt,
      blocks: document.blocks ?? [],
      links: document.links ?? [],
    };
  }
}
