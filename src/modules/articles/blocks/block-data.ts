import type { BlockType } from '../../../generated/prisma/enums.js';
import type { BlockDataByType } from './block-registry.js';

/** What each block type stores in ArticleBlock.data (see each type's folder). References are ids, resolved on read. */
export type { BlockDataByType };
export type { FactBoxData, FactData, FactItemData, FactKindData as FactKind } from './fact-box/fact-box.block.js';
export type { EmbedData } from './embed/embed.block.js';
export type { HeadingData } from './heading/heading.block.js';
export type { ImageBlockData } from './image/image.block.js';
export type { MarkType, MentionData, ParagraphData, TextMarkData } from './paragraph/paragraph.block.js';
export type { QuoteBlockData } from './quote/quote.block.js';
export type { ResultsTableData } from './results-table/results-table.block.js';
export type { SocialPostBlockData } from './social-post/social-post.block.js';

export type StoredBlock = { [T in BlockType]: { type: T; position: number; data: BlockDataByType[T] } }[BlockType];
