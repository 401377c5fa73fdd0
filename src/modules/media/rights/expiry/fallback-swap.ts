import type { BlockType } from '../../../../generated/prisma/enums.js';
import { blockDefinition } from '../../../articles/blocks/block-registry.js';
import type { ImageBlockData } from '../../../articles/blocks/block-data.js';
import type { StoredPayload } from '../../../articles/blocks/block-definition.js';
import type { ArticleBlockInput } from '../../../articles/dto/article-block.input.js';

interface StoredBlockRow {
  type: BlockType;
  data: unknown;
}

/**
 * A story's blocks as the input of a save, with each photo in `swaps` (asset id → fallback id)
 * replaced by its fallback. The story's own caption, credit and alt text of a swapped photo are
 * dropped: they describe the expired photo, and the fallback's own apply. Every other block
 * is saved as stored, the way a revision is restored.
 */
export function blocksWithFallbacks(blocks: readonly StoredBlockRow[], swaps: ReadonlyMap<string, string>): ArticleBlockInput[] {
  return blocks.map(({ type, data }) => {
    const definition = blockDefinition(type);
    const fallback = type === 'IMAGE' ? swaps.get((data as ImageBlockData).assetId) : undefined;
    const stored = data as StoredPayload;
    const payload = fallback ? { assetId: fallback } : definition.restoreInput ? definition.restoreInput(stored) : stored;
    return { type, [definition.payloadField]: payload };
  });
}
