import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { BlockType } from '../../../../generated/prisma/enums.js';
import { Node } from '../../../../graphql/relay/node.interface.js';
import { BlockId } from '../block-id.field.js';
import { MAX_SPANS, MentionTargetType, TextMarkType } from './paragraph.input.js';

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
