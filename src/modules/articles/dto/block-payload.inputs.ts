import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LinkTargetType } from '../../../generated/prisma/enums.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { LINKABLE_KIND_DESCRIPTIONS, linkableTypeOf } from '../../references/linkables/linkable-kinds.js';

/** Most rows a results table shows: a unit's rows, or the event's standings, are at most this many too. */
export const MAX_TABLE_ROWS = 500;
/** Most marks, and most mentions, over one paragraph. */
export const MAX_SPANS = 500;
export const MAX_FACT_ITEMS = 50;

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

export enum FactKind {
  TIME_DIFFERENCE = 'TIME_DIFFERENCE',
  AGE = 'AGE',
}
registerEnumType(FactKind, {
  name: 'FactKind',
  description: 'A figure computed from data when the story is read.',
  valuesMap: {
    TIME_DIFFERENCE: { description: 'The gap between the times of two results, e.g. "0.88 s".' },
    AGE: { description: "A person's age in whole years on a day." },
  },
});

export const RESULT_COLUMNS = ['RANK', 'COMPETITOR', 'NOC', 'VALUE', 'BEHIND', 'MEDAL', 'RECORDS', 'START_GROUP', 'LANE', 'IRM'] as const;

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

@InputType({ description: 'A sub-heading.' })
export class HeadingInput {
  @Field({ description: 'The heading text, 1 to 500 characters.' }) @IsString() @Length(1, 500) text: string;
  @Field(() => Int, { nullable: true, description: '2 to 4; default 2.' }) @IsOptional() @IsInt() @Min(2) @Max(4) level?: number;
}

@InputType({ description: 'Places a stored quote in the story.' })
export class QuoteBlockInput {
  @GlobalIdField('Quote', { description: 'The quote to place.' }) quoteId: string;
}

@InputType({
  description: "A placement of a media asset; the overrides replace the asset's own caption, credit and alt text in this story only.",
})
export class ImageBlockInput {
  @GlobalIdField('MediaAsset', { description: 'The media asset to place.' }) assetId: string;
  @Field(() => String, { nullable: true, description: 'Caption for this story only, 1 to 5000 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  caption?: string;
  @Field(() => String, { nullable: true, description: 'Credit for this story only, 1 to 500 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  credit?: string;
  @Field(() => String, { nullable: true, description: 'Alt text for this story only, 1 to 1000 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  altText?: string;
}

@InputType({ description: "A unit's results (or, with eventId, the event's final standings), optionally a subset of rows and columns." })
export class ResultsTableBlockInput {
  @GlobalIdField('Unit', { nullable: true, description: "Show this unit's results; give exactly one of unitId and eventId." })
  unitId?: string;
  @GlobalIdField('Event', { nullable: true, description: "Show this event's final standings; give exactly one of unitId and eventId." })
  eventId?: string;
  @GlobalIdField('Competitor', { list: true, nullable: true, description: "Only these competitors' rows." })
  @ArrayMaxSize(MAX_TABLE_ROWS)
  competitorIds?: string[];
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TABLE_ROWS)
  top?: number;
  @Field(() => [String], { nullable: true, description: `Columns to show, from ${RESULT_COLUMNS.join(', ')}.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RESULT_COLUMNS.length)
  @IsIn(RESULT_COLUMNS, { each: true })
  columns?: string[];
}

@InputType({ description: 'Embeds a stored social post in the story.' })
export class SocialPostBlockInput {
  @GlobalIdField('SocialPost', { description: 'The social post to embed.' }) socialPostId: string;
}

@InputType({ description: 'A figure computed from data when the story is read.' })
export class FactInput {
  @Field(() => FactKind, { description: 'Which figure to compute; decides which other fields are needed.' })
  @IsEnum(FactKind)
  kind: FactKind;
  @GlobalIdField('Result', { nullable: true, description: 'TIME_DIFFERENCE: the result.' }) resultId?: string;
  @GlobalIdField('Result', { nullable: true, description: 'TIME_DIFFERENCE: the result compared with.' }) otherResultId?: string;
  @GlobalIdField('Person', { nullable: true, description: 'AGE: the person.' }) personId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'AGE: the day to compute the age on, calendar date (ISO 8601).' })
  @IsOptional()
  @IsDate()
  on?: Date;
}

@InputType({ description: 'A fact box line: a label with either fixed text or a computed fact.' })
export class FactItemInput {
  @Field({ description: 'The line\'s label, 1 to 200 characters, e.g. "Age".' }) @IsString() @Length(1, 200) label: string;
  @Field(() => String, { nullable: true, description: 'Fixed text; give exactly one of text and fact.' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  text?: string;
  @Field(() => FactInput, { nullable: true, description: 'A figure computed when read; give exactly one of text and fact.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FactInput)
  fact?: FactInput;
}

@InputType({ description: 'A box of short facts.' })
export class FactBoxInput {
  @Field({ description: 'The box title, 1 to 200 characters.' }) @IsString() @Length(1, 200) title: string;
  @Field(() => [FactItemInput], { description: `The lines, in order (at most ${MAX_FACT_ITEMS}).` })
  @IsArray()
  @ArrayMaxSize(MAX_FACT_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => FactItemInput)
  items: FactItemInput[];
}

@InputType({ description: 'An external embed (video, map, ...).' })
export class EmbedInput {
  @Field({ description: 'URL of the content to embed (http or https).' })
  @IsUrl({ require_protocol: true, protocols: ['https', 'http'] })
  @MaxLength(2000)
  url: string;
  @Field(() => String, { nullable: true, description: 'e.g. youtube, x.' }) @IsOptional() @IsString() @Length(1, 50) provider?: string;
}
