import { BadInputError, DomainError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { blockDefinition } from '../blocks/block-registry.js';
import type { ArticleBlockInput } from '../dto/article-block.input.js';
import type { UpdateArticleInput } from '../dto/article.inputs.js';
import type { RevisionSnapshot, SnapshotBlock } from './revision-snapshot.js';

/**
 * A revision's content as a save of the story at `expectedVersion`, so a restore goes through
 * the same checks and writes as any save. Fields empty in the revision are cleared (null, as a
 * client's explicit null would); the slug stays, since links to the story use it.
 */
export function snapshotInput(articleId: string, expectedVersion: number, snapshot: RevisionSnapshot): UpdateArticleInput {
  const cleared = <T>(value: T | null) => value as T;
  return {
    id: articleId,
    expectedVersion,
    headline: snapshot.headline,
    summary: cleared(snapshot.summary),
    language: snapshot.language,
    section: cleared(snapshot.section),
    tags: snapshot.tags,
    dateline: {
      place: cleared(snapshot.datelinePlace),
      date: cleared(snapshot.datelineDate ? new Date(`${snapshot.datelineDate}T00:00:00Z`) : null),
    },
    canonicalUrl: cleared(snapshot.canonicalUrl),
    seoTitle: cleared(snapshot.seoTitle),
    seoDescription: cleared(snapshot.seoDescription),
    authors: snapshot.authors.map((a) => ({ personId: a.personId, role: a.role })),
    links: snapshot.links.map((l) => ({ ...l })),
    blocks: snapshot.blocks.map(storedBlockInput),
  };
}

/** A block as stored, written back as save input (a restore; mentions accepted into a story). */
export function storedBlockInput(block: Pick<SnapshotBlock, 'type' | 'data'>): ArticleBlockInput {
  const definition = blockDefinition(block.type);
  const data = definition.restoreInput ? definition.restoreInput(block.data) : block.data;
  return { type: block.type, [definition.payloadField]: data };
}

/**
 * A restore refused for its content names the revision's blocks, not an input the client never
 * sent: "blocks.3.quote.quoteId: no quote with id …" (the quote was deleted since).
 */
export function blameRevision(error: unknown): unknown {
  if (!(error instanceof DomainError) || error.code !== ErrorCode.BAD_USER_INPUT) return error;
  const issues = (error.details.issues as { path: string; message: string }[] | undefined) ?? [];
  if (!issues.some((issue) => issue.path.startsWith('input.'))) return error;
  const renamed = issues.map((issue) => ({ ...issue, path: issue.path.replace(/^input\./, 'revision.') }));
  return new BadInputError(`The revision cannot be restored: ${renamed.map((i) => `${i.path}: ${i.message}`).join('; ')}`, renamed);
}
