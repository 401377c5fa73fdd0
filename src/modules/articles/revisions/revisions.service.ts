import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../../auth/viewer.js';
import { BadInputError, NotFoundError } from '../../../common/errors/domain-error.js';
import type { ArticleRevision } from '../../../generated/prisma/client.js';
import { ArticlesService } from '../editing/articles.service.js';
import { compareSnapshots, ownText } from './compare/compare-snapshots.js';
import type { RestoreArticleRevisionInput } from './dto/revision.inputs.js';
import type { RevisionSnapshot, SnapshotBlock } from './revision-snapshot.js';
import { RevisionsRepository } from './revisions.repository.js';
import { blameRevision, snapshotInput } from './snapshot-input.js';
import { blockView } from './snapshot-view.js';

@Injectable()
export class RevisionsService {
  constructor(
    private readonly repository: RevisionsRepository,
    private readonly articles: ArticlesService,
  ) {}

  async findOne(id: string): Promise<ArticleRevision | null> {
    return (await this.repository.findByIds([id])).at(0) ?? null;
  }

  /** Two revisions of one story and what changed between them; quotes are compared by their text. */
  async compare(fromId: string, toId: string) {
    const found = await this.repository.findByIds([fromId, toId]);
    const from = found.find((r) => r.id === fromId);
    const to = found.find((r) => r.id === toId);
    if (!from) throw new NotFoundError('ArticleRevision', { id: fromId });
    if (!to) throw new NotFoundError('ArticleRevision', { id: toId });
    if (from.articleId !== to.articleId) {
      throw new BadInputError('The two revisions belong to different stories', [
        { path: 'to', message: 'a revision of the same story as from' },
      ]);
    }
    const a = from.snapshot as unknown as RevisionSnapshot;
    const b = to.snapshot as unknown as RevisionSnapshot;
    const quoteIds = [...a.blocks, ...b.blocks].filter((block) => block.type === 'QUOTE').map((block) => String(block.data.quoteId));
    const quotes = new Map(quoteIds.length ? (await this.repository.quoteTexts([...new Set(quoteIds)])).map((q) => [q.id, q.text]) : []);
    const textOf = (block: SnapshotBlock) => (block.type === 'QUOTE' ? (quotes.get(block.data.quoteId as string) ?? null) : ownText(block));
    const { fields, blocks } = compareSnapshots(a, b, textOf);
    const view = (block: SnapshotBlock | null) => (block ? { ...blockView(block), text: textOf(block) } : null);
    return { from, to, fields, blocks: blocks.map((change) => ({ ...change, before: view(change.before), after: view(change.after) })) };
  }

  /**
   * Makes a revision's content the working copy through the normal save (every reference
   * checked again), recorded as a RESTORED revision. The published snapshot is not touched:
   * publishing the restored copy is a separate step.
   */
  async restore({ revisionId, expectedVersion }: RestoreArticleRevisionInput, viewer: Viewer) {
    const revision = await this.findOne(revisionId);
    if (!revision) throw new NotFoundError('ArticleRevision', { id: revisionId });
    // The save below finds the story (a revision goes with its story) and checks who may write
    // it: an editor, or the writer of their own draft.
    const input = snapshotInput(revision.articleId, expectedVersion, revision.snapshot as unknown as RevisionSnapshot);
    try {
      return await this.articles.update(viewer, input, { reason: 'RESTORED', restoredFromId: revision.id });
    } catch (error) {
      throw blameRevision(error);
    }
  }
}
