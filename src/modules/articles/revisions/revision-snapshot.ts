import type { Article } from '../../../generated/prisma/client.js';
import type { AuthorRole, BlockType, LinkRelation, LinkTargetType } from '../../../generated/prisma/enums.js';
import { blockKeys } from '../blocks/block-key.js';

/** One block as a revision keeps it: its key (stable while the block is unchanged), type and stored data. */
export interface SnapshotBlock {
  id: string;
  type: BlockType;
  data: Record<string, unknown>;
}

export interface SnapshotAuthor {
  personId: string;
  role: AuthorRole;
}

export interface SnapshotLink {
  relation: LinkRelation;
  targetType: LinkTargetType;
  targetId: string;
}

/** The whole story after one save, as stored in ArticleRevision.snapshot. */
export interface RevisionSnapshot {
  slug: string;
  headline: string;
  summary: string | null;
  language: string;
  section: string | null;
  tags: string[];
  datelinePlace: string | null;
  /** Calendar date, "2026-02-09". */
  datelineDate: string | null;
  canonicalUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  status: Article['status'];
  blocks: SnapshotBlock[];
  authors: SnapshotAuthor[];
  links: SnapshotLink[];
}

/** The scalar fields of a snapshot, in the order a comparison lists them. */
export const SNAPSHOT_FIELDS = [
  'headline',
  'slug',
  'summary',
  'language',
  'section',
  'tags',
  'datelinePlace',
  'datelineDate',
  'canonicalUrl',
  'seoTitle',
  'seoDescription',
  'status',
  'authors',
  'links',
] as const satisfies readonly (keyof RevisionSnapshot)[];

export interface SnapshotParts {
  blocks: readonly { type: BlockType; data: unknown }[];
  authors: readonly { personId: string; role?: AuthorRole | null }[];
  links: readonly SnapshotLink[];
}

/** The snapshot of a story from its row and its lists; block keys are computed as `body` computes them. */
export function buildSnapshot(article: Article, parts: SnapshotParts): RevisionSnapshot {
  const keys = blockKeys(article.id, parts.blocks);
  return {
    slug: article.slug,
    headline: article.headline,
    summary: article.summary,
    language: article.language,
    section: article.section,
    tags: article.tags,
    datelinePlace: article.datelinePlace,
    datelineDate: article.datelineDate ? article.datelineDate.toISOString().slice(0, 10) : null,
    canonicalUrl: article.canonicalUrl,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    status: article.status,
    blocks: parts.blocks.map((block, i) => ({ id: keys[i], type: block.type, data: block.data as Record<string, unknown> })),
    authors: unique(
      parts.authors.map((a) => ({ personId: a.personId, role: a.role ?? 'AUTHOR' })),
      (a) => `${a.personId}|${a.role}`,
    ),
    links: unique(
      parts.links.map(({ relation, targetType, targetId }) => ({ relation, targetType, targetId })),
      (l) => `${l.targetType}|${l.targetId}|${l.relation}`,
    ),
  };
}

/** The stored lists drop duplicates (their keys are unique), so the snapshot does too. */
function unique<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
