import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { SourceBlock, SourceLink, StorySource } from './story-source.js';

type Db = Prisma.TransactionClient;

/** The blocks and links of a published snapshot (ArticlePublication.document). */
interface SnapshotDocument {
  blocks?: SourceBlock[];
  links?: SourceLink[];
}

/** The two versions of a story the fact check reads: the working copy the desk edits and the snapshot readers see. */
@Injectable()
export class StorySourceRepository {
  /** The working copy as it is in `db` (a save's or a publish's own transaction sees its writes); null when there is no such story. */
  async workingCopy(db: Db, articleId: string): Promise<StorySource | null> {
    const article = await db.article.findUnique({
      where: { id: articleId },
      select: { id: true, version: true, language: true, datelineDate: true, publishedAt: true },
    });
    if (!article) return null;
    const [blocks, links] = [
      await db.articleBlock.findMany({
        where: { articleId },
        orderBy: { position: 'asc' },
        select: { position: true, type: true, data: true },
      }),
      await db.articleLink.findMany({
        where: { articleId },
        orderBy: { position: 'asc' },
        select: { relation: true, targetType: true, targetId: true },
      }),
    ];
    return {
      articleId,
      version: article.version,
      language: article.language,
      datelineDate: article.datelineDate,
      publishedAt: article.publishedAt,
      blocks,
      links,
    };
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
