import type { ArticleBlock } from '../../../generated/prisma/client.js';

/** A stored block as the GraphQL block types expect it: payload fields at the top level. */
export function blockView(block: ArticleBlock): Record<string, unknown> {
  const data = block.data as Record<string, unknown>;
  const base = { type: block.type, position: block.position };
  if (block.type === 'IMAGE') {
    return {
      ...base,
      assetId: data.assetId,
      captionOverride: data.caption ?? null,
      creditOverride: data.credit ?? null,
      altTextOverride: data.altText ?? null,
    };
  }
  return { ...base, ...data };
}
