import { createUnionType } from '@nestjs/graphql';
import type { BlockType } from '../../../generated/prisma/enums.js';
import { BLOCK_DEFINITIONS, blockDefinition } from '../blocks/block-registry.js';

/** The GraphQL type of each kind of block. */
export const BLOCK_TYPENAMES = Object.fromEntries(BLOCK_DEFINITIONS.map((d) => [d.type, d.model.name])) as Record<BlockType, string>;

export const ArticleBlock = createUnionType({
  name: 'ArticleBlock',
  description: "One block of a story's body.",
  types: () => BLOCK_DEFINITIONS.map((d) => d.model),
  resolveType: (block: { type: BlockType }) => blockDefinition(block.type).model,
});
