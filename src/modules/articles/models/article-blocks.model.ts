import { createUnionType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BlockType } from '../../../generated/prisma/enums.js';
import { globalIdOfParent, Node } from '../../../graphql/relay/node.interface.js';
import { FactKind, MAX_FACT_ITEMS, MAX_SPANS, MentionTargetType, TextMarkType } from '../dto/block-payload.inputs.js';

/** Blocks are not stored with ids of their own: their id is computed from what they are (see blockKeys). */
const BlockId = () =>
  Field(() => ID, {
    description:
      "Global id of the block, derived from the story's id and a hash of the block's type and content (and its place among identical blocks of the story): it stays the same across saves while the block is unchanged, even when it moves; an edited block gets a new id.",
    middleware: [globalIdOfParent],
  });

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

@ObjectType({ description: 'A paragraph of text with marks and mentions.', implements: () => [Node] })
export class ParagraphBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'Plain text of the paragraph; marks and mentions point into it.' }) text: string;
  @Field(() => [TextMark], { complexity: MAX_SPANS, description: 'Formatting and links over spans of the text.' }) marks: TextMark[];
  @Field(() => [Mention], { complexity: MAX_SPANS, description: 'Spans of the text that name entities; they never overlap.' })
  mentions: Mention[];
  type: BlockType;
}

@ObjectType({ description: 'A sub-heading.', implements: () => [Node] })
export class HeadingBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'The heading text.' }) text: string;
  @Field(() => Int, { description: 'Heading level, 2 to 4 (as in HTML h2-h4).' }) level: number;
  type: BlockType;
}

@ObjectType({ description: 'A quote entity placed in the story.', implements: () => [Node] })
export class QuoteBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  quoteId: string;
  type: BlockType;
}

@ObjectType({
  description: 'A media asset placed in the story, with its effective caption, credit and alt text.',
  implements: () => [Node],
})
export class ImageBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => String, { nullable: true, description: 'The caption set for this story, if any.' }) captionOverride: string | null;
  @Field(() => String, { nullable: true, description: 'The credit set for this story, if any.' }) creditOverride: string | null;
  @Field(() => String, { nullable: true, description: 'The alt text set for this story, if any.' }) altTextOverride: string | null;
  assetId: string;
  type: BlockType;
}

@ObjectType({
  description: 'A results table that renders from the live result rows: a correction shows in every story.',
  implements: () => [Node],
})
export class ResultsTableBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' }) top: number | null;
  @Field(() => [String], { description: 'Columns to show; all when empty.' }) columns: string[];
  unitId: string | null;
  eventId: string | null;
  competitorIds: string[];
  type: BlockType;
}

@ObjectType({ description: 'A social post placed in the story.', implements: () => [Node] })
export class SocialPostBlock implements Node {
  @BlockId() id: string;
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

@ObjectType({ description: 'A box of short facts.', implements: () => [Node] })
export class FactBoxBlock implements Node {
  @BlockId() id: string;
  @Field(() => Int, { description: 'Position in the body, from 0.' }) position: number;
  @Field({ description: 'The box title.' }) title: string;
  @Field(() => [FactItem], { complexity: MAX_FACT_ITEMS, description: 'The lines, in order.' }) items: FactItem[];
  type: BlockType;
}

@ObjectType({ description: 'An external embed (video, map, ...).', implements: () => [Node] })
export class EmbedBlock implements Node {
  @BlockId() id: string;
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

/** The GraphQL type of each kind of block. */
export const BLOCK_TYPENAMES = Object.fromEntries(Object.entries(BLOCK_TYPES).map(([type, model]) => [type, model.name])) as Record<
  BlockType,
  string
>;

export const ArticleBlock = createUnionType({
  name: 'ArticleBlock',
  description: "One block of a story's body.",
  types: () => Object.values(BLOCK_TYPES),
  resolveType: (block: { type: BlockType }) => BLOCK_TYPES[block.type],
});
