import type { BlockType } from '../../../generated/prisma/enums.js';
import type { BlockDefinition } from './block-definition.js';
import { embedBlock } from './embed/embed.block.js';
import { factBoxBlock } from './fact-box/fact-box.block.js';
import { headingBlock } from './heading/heading.block.js';
import { imageBlock } from './image/image.block.js';
import { matchBlock } from './match/match.block.js';
import { paragraphBlock } from './paragraph/paragraph.block.js';
import { quoteBlock } from './quote/quote.block.js';
import { resultsTableBlock } from './results-table/results-table.block.js';
import { socialPostBlock } from './social-post/social-post.block.js';
import { standingsBlock } from './standings/standings.block.js';

/** Every block type, once: the compiler refuses a BlockType value without its definition. */
export const BLOCKS = {
  PARAGRAPH: paragraphBlock,
  HEADING: headingBlock,
  QUOTE: quoteBlock,
  IMAGE: imageBlock,
  RESULTS_TABLE: resultsTableBlock,
  SOCIAL_POST: socialPostBlock,
  FACT_BOX: factBoxBlock,
  EMBED: embedBlock,
  MATCH: matchBlock,
  STANDINGS: standingsBlock,
} as const satisfies { [T in BlockType]: BlockDefinition<T> };

type Blocks = typeof BLOCKS;
type DataOf<B> = B extends BlockDefinition<BlockType, string, unknown, infer D> ? D : never;
type InputOf<B> = B extends BlockDefinition<BlockType, string, infer I> ? I : never;

/** What each block type stores in ArticleBlock.data. */
export type BlockDataByType = { [T in BlockType]: Exclude<DataOf<Blocks[T]>, null> };

/** The payload fields of ArticleBlockInput, each with its type's input. */
export type BlockPayloads = { [T in BlockType as Blocks[T]['payloadField']]?: InputOf<Blocks[T]> };

export type PayloadField = Blocks[BlockType]['payloadField'];

export const BLOCK_DEFINITIONS: readonly BlockDefinition[] = Object.values(BLOCKS);

/** The definition of a block type, typed for data of any shape (stored JSON). */
export const blockDefinition = (type: BlockType): BlockDefinition => BLOCKS[type];

/** Which input field carries each block type's payload. */
export const PAYLOAD_FIELD = Object.fromEntries(BLOCK_DEFINITIONS.map((d) => [d.type, d.payloadField])) as {
  [T in BlockType]: Blocks[T]['payloadField'];
};

/** The field resolvers of every block type's model. */
export const BLOCK_RESOLVERS = BLOCK_DEFINITIONS.flatMap((d) => d.resolvers);
