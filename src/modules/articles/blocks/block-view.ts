import type { ArticleBlock } from '../../../generated/prisma/client.js';
import { blockKeys } from './block-key.js';
import { blockDefinition } from './block-registry.js';

/** A stored block as the GraphQL block types expect it: its key as `id`, payload fields at the top level. */
export function blockView(block: ArticleBlock, key: string): Record<string, unknown> {
  const definition = blockDefinition(block.type);
  const data = definition.view ? definition.view(block.data) : (block.data as Record<string, unknown>);
  return { ...data, id: key, type: block.type, position: block.position };
}

/** The views of one story's blocks, in order, each with its key. */
export function blockViews(articleId: string, blocks: readonly ArticleBlock[]): Record<string, unknown>[] {
  const keys = blockKeys(articleId, blocks);
  return blocks.map((block, i) => blockView(block, keys[i]));
}
