import { Injectable } from '@nestjs/common';
import { userIdOf, type Viewer } from '../../../auth/viewer.js';
import { VersionConflictError } from '../../../common/errors/domain-error.js';
import { PrismaService } from '../../../database/prisma.service.js';
import type { Article, Prisma } from '../../../generated/prisma/client.js';
import type { RevisionReason } from '../../../generated/prisma/enums.js';
import type { NormalizedBody } from '../blocks/normalize-blocks.js';
import type { ArticleAuthorInput, ArticleLinkInput, UpdateArticleInput } from '../dto/article.inputs.js';
import { rejectedSnapshot } from './rejected-snapshot.js';
import { buildSnapshot, type RevisionSnapshot } from './revision-snapshot.js';
import { ArticleVersionConflictError } from './revisions.errors.js';
import { RevisionsRepository } from './revisions.repository.js';

type Tx = Prisma.TransactionClient;

/** Why a revision is written, and for a restore which revision it brought back. */
export interface RevisionCause {
  reason: Exclude<RevisionReason, 'CONFLICTED'>;
  restoredFromId?: string;
}

export const CREATED: RevisionCause = { reason: 'CREATED' };
export const SAVED: RevisionCause = { reason: 'SAVED' };

/** The lists a save may replace; absent ones are kept as stored. */
interface SavedLists {
  authors?: ArticleAuthorInput[];
  links?: ArticleLinkInput[];
}

/** Appends the revisions of a story's saves: one per save in its transaction, and the refused ones after. */
@Injectable()
export class ArticleRevisions {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: RevisionsRepository,
  ) {}

  /**
   * Records the story as `article` and the save left it, in the save's transaction. The
   * snapshot is built from what the save wrote; only lists it did not replace are read back.
   */
  async append(tx: Tx, article: Article, saved: SavedLists, body: NormalizedBody | null, viewer: Viewer, cause: RevisionCause) {
    const stored = await this.repository.storedParts(tx, article.id, {
      blocks: !body,
      authors: !saved.authors,
      links: !saved.links,
    });
    const snapshot = buildSnapshot(article, {
      blocks: body?.blocks ?? stored.blocks,
      authors: saved.authors ?? stored.authors,
      links: saved.links ?? stored.links,
    });
    await this.repository.insert(tx, {
      articleId: article.id,
      version: article.version,
      reason: cause.reason,
      authorId: userIdOf(viewer),
      restoredFromId: cause.restoredFromId ?? null,
      snapshot: snapshot as unknown as Prisma.InputJsonObject,
    });
  }

  /**
   * After a save of a story was refused with VERSION_CONFLICT and rolled back: keeps what it
   * would have saved as a CONFLICTED revision (its own transaction), then fails with who saved
   * first and the kept revision's id. A refused restore names who saved first too, and keeps
   * nothing (its content is a revision already). Other errors pass through unchanged.
   */
  async keepRejected(error: unknown, input: UpdateArticleInput, viewer: Viewer, cause: RevisionCause = SAVED): Promise<never> {
    if (!(error instanceof VersionConflictError) || error.details.entity !== 'Article') throw error;
    if (cause.reason === 'RESTORED') {
      const current = await this.repository.findArticle(input.id);
      if (!current) throw error;
      throw new ArticleVersionConflictError(error, {
        currentVersion: current.version,
        savedBy: current.updatedBy,
        savedAt: current.updatedAt,
        rejectedRevisionId: null,
      });
    }
    const kept = await this.prisma.$transaction(async (tx) => {
      const current = await this.repository.findArticle(input.id, tx);
      if (!current) return null;
      const base = await this.repository.findAtVersion(tx, input.id, input.expectedVersion);
      const snapshot = rejectedSnapshot(
        (base?.snapshot as RevisionSnapshot | undefined) ?? (await this.storedSnapshot(tx, current)),
        input,
      );
      const revision = await this.repository.insert(tx, {
        articleId: input.id,
        version: input.expectedVersion,
        reason: 'CONFLICTED',
        authorId: userIdOf(viewer),
        snapshot: snapshot as unknown as Prisma.InputJsonObject,
      });
      return { current, revisionId: revision.id };
    });
    if (!kept) throw error;
    throw new ArticleVersionConflictError(error, {
      currentVersion: kept.current.version,
      savedBy: kept.current.updatedBy,
      savedAt: kept.current.updatedAt,
      rejectedRevisionId: kept.revisionId,
    });
  }

  /** A story saved before revisions were kept has none to build on: its stored state stands in. */
  private async storedSnapshot(tx: Tx, article: Article): Promise<RevisionSnapshot> {
    const stored = await this.repository.storedParts(tx, article.id, { blocks: true, authors: true, links: true });
    return buildSnapshot(article, stored);
  }
}
