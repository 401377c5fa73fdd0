import { blockKeys } from '../blocks/block-key.js';
import { normalizeBlocks } from '../blocks/normalize-blocks.js';
import type { UpdateArticleInput } from '../dto/article.inputs.js';
import type { RevisionSnapshot } from './revision-snapshot.js';

/**
 * The story a refused save would have produced on top of the version it was based on: the
 * fields it gave replace those of `base`, the rest stay. Kept as a CONFLICTED revision, so
 * the editor gets their text back whoever saved first.
 */
export function rejectedSnapshot(base: RevisionSnapshot, input: UpdateArticleInput): RevisionSnapshot {
  const given = (key: keyof UpdateArticleInput) => input[key] !== undefined;
  const blocks = input.blocks ? normalizeBlocks(input.blocks).blocks : null;
  const keys = blocks ? blockKeys(input.id, blocks) : [];
  return {
    ...base,
    slug: input.slug ?? base.slug,
    headline: input.headline ?? base.headline,
    summary: given('summary') ? (input.summary ?? null) : base.summary,
    language: input.language ?? base.language,
    section: given('section') ? (input.section ?? null) : base.section,
    tags: input.tags ?? base.tags,
    datelinePlace: input.dateline ? (input.dateline.place ?? null) : base.datelinePlace,
    datelineDate: input.dateline ? (input.dateline.date?.toISOString().slice(0, 10) ?? null) : base.datelineDate,
    canonicalUrl: given('canonicalUrl') ? (input.canonicalUrl ?? null) : base.canonicalUrl,
    seoTitle: given('seoTitle') ? (input.seoTitle ?? null) : base.seoTitle,
    seoDescription: given('seoDescription') ? (input.seoDescription ?? null) : base.seoDescription,
    blocks: blocks
      ? blocks.map((b, i) => ({ id: keys[i], type: b.type, data: b.data as unknown as Record<string, unknown> }))
      : base.blocks,
    authors: input.authors ? input.authors.map((a) => ({ personId: a.personId, role: a.role ?? 'AUTHOR' })) : base.authors,
    links: input.links ? input.links.map(({ relation, targetType, targetId }) => ({ relation, targetType, targetId })) : base.links,
  };
}
