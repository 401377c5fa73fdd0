import type { ArticleBlock, AuthorRole, BlockType, LinkRelation, LinkTargetType } from '../../../generated/prisma/client.js';

/** The body, byline and links of a story as published, stored in ArticlePublication.document. */
export interface PublicationDocument {
  blocks: { position: number; type: BlockType; data: unknown }[];
  authors: { personId: string; role: AuthorRole; position: number }[];
  links: { relation: LinkRelation; targetType: LinkTargetType; targetId: string; position: number }[];
}

/** A public correction note, oldest first in a publication. */
export interface CorrectionNote {
  note: string;
  at: string;
}

/** The stored blocks of a snapshot in the shape of ArticleBlock rows, so blockViews keys them as the working copy's. */
export function snapshotBlocks(articleId: string, document: PublicationDocument): ArticleBlock[] {
  return document.blocks.map((b) => ({
    id: `${articleId}:${b.position}`,
    articleId,
    position: b.position,
    type: b.type,
    data: b.data as ArticleBlock['data'],
  }));
}
