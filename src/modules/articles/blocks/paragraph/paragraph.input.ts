import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, IsString, IsUrl, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { LinkTargetType } from '../../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';
import { LINKABLE_KIND_DESCRIPTIONS, linkableTypeOf } from '../../../references/linkables/linkable-kinds.js';

/** Most marks, and most mentions, over one paragraph. */
export const MAX_SPANS = 500;

export enum TextMarkType {
  BOLD = 'BOLD',
  ITALIC = 'ITALIC',
  LINK = 'LINK',
}
registerEnumType(TextMarkType, {
  name: 'TextMarkType',
  description: 'Formatting over a span of paragraph text.',
  valuesMap: {
    BOLD: { description: 'Bold (strong importance).' },
    ITALIC: { description: 'Italic (emphasis, titles).' },
    LINK: { description: 'A hyperlink to `href`.' },
  },
});

/** The same kinds as LinkTargetType, under the name the mention types use. */
export const MentionTargetType = { ...LinkTargetType };
export type MentionTargetType = LinkTargetType;
registerEnumType(MentionTargetType, {
  name: 'MentionTargetType',
  description: 'What a mention or a story link points at.',
  valuesMap: LINKABLE_KIND_DESCRIPTIONS,
});

@InputType({ description: 'Bold, italic or a link over characters [start, end) of the text (UTF-16 offsets).' })
export class TextMarkInput {
  @Field(() => Int, { description: 'First character covered, as a UTF-16 offset from 0.' }) @IsInt() @Min(0) start: number;
  @Field(() => Int, { description: 'UTF-16 offset just after the last character covered (exclusive); at most the text length.' })
  @IsInt()
  @Min(1)
  end: number;
  @Field(() => TextMarkType, { description: 'Bold, italic or link.' }) @IsEnum(TextMarkType) type: TextMarkType;
  @Field(() => String, { nullable: true, description: 'The link target URL with protocol, for LINK marks.' })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  @MaxLength(2000)
  href?: string;
}

@InputType({ description: 'Characters [start, end) of the text (UTF-16 offsets) that name an entity.' })
export class MentionInput {
  @Field(() => Int, { description: 'First character of the span, as a UTF-16 offset from 0.' }) @IsInt() @Min(0) start: number;
  @Field(() => Int, { description: 'UTF-16 offset just after the span (exclusive); mentions must not overlap.' })
  @IsInt()
  @Min(1)
  end: number;
  @Field(() => MentionTargetType, { description: 'What kind of entity targetId is.' })
  @IsEnum(MentionTargetType)
  targetType: MentionTargetType;
  @GlobalIdField(linkableTypeOf, { description: 'The entity named, of the kind targetType says; it must exist.' }) targetId: string;
}

@InputType({ description: 'A paragraph of plain text with formatting marks and entity mentions.' })
export class ParagraphInput {
  @Field({ description: 'Plain text, 1 to 20000 characters.' }) @IsString() @Length(1, 20000) text: string;
  @Field(() => [TextMarkInput], { nullable: true, description: `Bold, italic and links over spans of the text (at most ${MAX_SPANS}).` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SPANS)
  @ValidateNested({ each: true })
  @Type(() => TextMarkInput)
  marks?: TextMarkInput[];
  @Field(() => [MentionInput], { nullable: true, description: `Spans of the text that name entities (at most ${MAX_SPANS}).` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_SPANS)
  @ValidateNested({ each: true })
  @Type(() => MentionInput)
  mentions?: MentionInput[];
}
