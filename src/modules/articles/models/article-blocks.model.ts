import { createUnionType, Field, Int, ObjectType } from '@nestjs/graphql';
import { BlockType } from '../../../generated/prisma/enums.js';
import { FactKind, MentionTargetType, TextMarkType } from '../dto/block-payload.inputs.js';

@ObjectType({ description: 'Bold, italic or a link over characters [start, end) of the text.' })
export class TextMark {
  @Field(() => Int, { description: 'First character covered, as a UTF-16 offset from 0.' }) start: number;
  @Field(() => Int, { description: 'UTF-16 offset just after the last character covered (exclusive).' }) end: number;
  @Field(() => TextMarkType, { description: 'Bold, italic or link.' }) type: TextMarkType;
  @Field(() => String, { nullable: true, description: 'The link target URL, for LINK marks; null otherwise.' }) href: string | null;
}

@ObjectType({ description: 'Characters [start, end) of the text (UTF-16 offsets) that name an entity; `target` resolves it.' })
export class Mention {
  @Field(() => Int, { description: 'First character of the span, as a UTF-16 offset from 0.' }) start: number;
  @Field(() => Int, { description: 'UTF-16 offset just after the span (exclusive).' }) end: number;
  @Field(() => MentionTargetType, { description: 'What kind of entity the span names.' }) targetType: MentionTargetType;
  targetId: string;
}

@ObjectType({ description: 'A paragraph of text with marks and mentions.' })
export class ParagraphBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'Plain text of the paragraph; marks and mentions point into it.' }) text: string;
  @Field(() => [TextMark], { description: 'Formatting and links over spans of the text.' }) marks: TextMark[];
  @Field(() => [Mention], { description: 'Spans of the text that name entities; they never overlap.' }) mentions: Mention[];
  type: BlockType;
}

@ObjectType({ description: 'A sub-heading.' })
export class HeadingBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'The heading text.' }) text: string;
  @Field(() => Int, { description: 'Heading level, 2 to 4 (as in HTML h2-h4).' }) level: number;
  type: BlockType;
}

@ObjectType({ description: 'A quote entity placed in the story.' })
export class QuoteBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  quoteId: string;
  type: BlockType;
}

@ObjectType({ description: 'A media asset placed in the story, with its effective caption, credit and alt text.' })
export class ImageBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => String, { nullable: true, description: 'The caption set for this story, if any.' }) captionOverride: string | null;
  @Field(() => String, { nullable: true, description: 'The credit set for this story, if any.' }) creditOverride: string | null;
  @Field(() => String, { nullable: true, description: 'The alt text set for this story, if any.' }) altTextOverride: string | null;
  assetId: string;
  type: BlockType;
}

@ObjectType({ description: 'A results table that renders from the live result rows: a correction shows in every story.' })
export class ResultsTableBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' }) top: number | null;
  @Field(() => [String], { description: 'Columns to show; all when empty.' }) columns: string[];
  unitId: string | null;
  eventId: string | null;
  competitorIds: string[];
  type: BlockType;
}

@ObjectType({ description: 'A social post placed in the story.' })
export class SocialPostBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  socialPostId: string;
  type: BlockType;
}

@ObjectType({ description: 'A fact box line; computed facts are worked out from the data when read.' })
export class FactItem {
  @Field({ description: 'The line\'s label, e.g. "Age".' }) label: string;
  @Field(() => FactKind, { nullable: true, description: 'Set when the value is computed.' }) kind: FactKind | null;
  text: string | null;
  fact: { kind: FactKind; resultId?: string | null; otherResultId?: string | null; personId?: string | null; on?: string | null } | null;
}

@ObjectType({ description: 'A box of short facts.' })
export class FactBoxBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'The box title.' }) title: string;
  @Field(() => [FactItem], { description: 'The lines, in order.' }) items: FactItem[];
  type: BlockType;
}

@ObjectType({ description: 'An external embed (video, map, ...).' })
export class EmbedBlock {
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'URL of the embedded content (http or https).' }) url: string;
  @Field(() => String, { nullable: true, description: 'Who serves it, e.g. youtube, x; null when not given.' }) provider: string | null;
  type: BlockType;
}

const BLOCK_TYPES = {
  PARAGRAPH: ParagraphBlock,
  HEADING: HeadingBlock,
  QUOTE: QuoteBlock,
  IMAGE: ImageBlock,
  RESULTS_TABLE: ResultsTableBlock,
  SOCIAL_POST: SocialPostBlock,
  FACT_BOX: FactBoxBlock,
  EMBED: EmbedBlock,
} as const satisfies Record<BlockType, unknown>;

export const ArticleBlock = createUnionType({
  name: 'ArticleBlock',
  description: "One block of a story's body.",
  types: () => Object.values(BLOCK_TYPES),
  resolveType: (block: { type: BlockType }) => BLOCK_TYPES[block.type],
});
