import type { BlockType, LinkTargetType } from '../../../generated/prisma/enums.js';

/** What each block type stores in ArticleBlock.data. References are ids, resolved on read. */
export type MarkType = 'BOLD' | 'ITALIC' | 'LINK';

export interface TextMarkData {
  start: number;
  end: number;
  type: MarkType;
  href?: string | null;
}

export interface MentionData {
  start: number;
  end: number;
  targetType: LinkTargetType;
  targetId: string;
}

export interface ParagraphData {
  text: string;
  marks: TextMarkData[];
  mentions: MentionData[];
}

export interface HeadingData {
  text: string;
  level: number;
}

export interface QuoteBlockData {
  quoteId: string;
}

export interface ImageBlockData {
  assetId: string;
  caption?: string | null;
  credit?: string | null;
  altText?: string | null;
}

export interface ResultsTableData {
  unitId?: string | null;
  eventId?: string | null;
  /** Only these competitors' rows, in the table's order; all rows when empty. */
  competitorIds: string[];
  /** Only the first N rows (display order). */
  top?: number | null;
  columns: string[];
}

export interface SocialPostBlockData {
  socialPostId: string;
}

export type FactKind = 'TIME_DIFFERENCE' | 'AGE';

export interface FactData {
  kind: FactKind;
  resultId?: string | null;
  otherResultId?: string | null;
  personId?: string | null;
  on?: string | null;
}

export interface FactItemData {
  label: string;
  text?: string | null;
  fact?: FactData | null;
}

export interface FactBoxData {
  title: string;
  items: FactItemData[];
}

export interface EmbedData {
  url: string;
  provider?: string | null;
}

export interface BlockDataByType {
  PARAGRAPH: ParagraphData;
  HEADING: HeadingData;
  QUOTE: QuoteBlockData;
  IMAGE: ImageBlockData;
  RESULTS_TABLE: ResultsTableData;
  SOCIAL_POST: SocialPostBlockData;
  FACT_BOX: FactBoxData;
  EMBED: EmbedData;
}

export type StoredBlock = { [T in BlockType]: { type: T; position: number; data: BlockDataByType[T] } }[BlockType];
