import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
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
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar } from '../../../graphql/scalars/index.js';

export enum TextMarkType {
  BOLD = 'BOLD',
  ITALIC = 'ITALIC',
  LINK = 'LINK',
}
registerEnumType(TextMarkType, { name: 'TextMarkType' });

export enum MentionTargetType {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
  COMPETITION = 'COMPETITION',
  EVENT = 'EVENT',
  UNIT = 'UNIT',
  VENUE = 'VENUE',
}
registerEnumType(MentionTargetType, { name: 'MentionTargetType', description: 'What a mention or a story link points at.' });

export enum FactKind {
  TIME_DIFFERENCE = 'TIME_DIFFERENCE',
  AGE = 'AGE',
}
registerEnumType(FactKind, { name: 'FactKind', description: 'A figure computed from data: the time between two results, or a person\'s age on a day.' });

export const RESULT_COLUMNS = ['RANK', 'COMPETITOR', 'NOC', 'VALUE', 'BEHIND', 'MEDAL', 'RECORDS', 'START_GROUP', 'LANE', 'IRM'] as const;

@InputType({ description: 'Bold, italic or a link over characters [start, end) of the text (UTF-16 offsets).' })
export class TextMarkInput {
  @Field(() => Int) @IsInt() @Min(0) start: number;
  @Field(() => Int) @IsInt() @Min(1) end: number;
  @Field(() => TextMarkType) @IsEnum(TextMarkType) type: TextMarkType;
  @Field(() => String, { nullable: true, description: 'For LINK marks.' })
  @IsOptional() @IsUrl({ require_protocol: true }) @MaxLength(2000) href?: string;
}

@InputType({ description: 'Characters [start, end) of the text (UTF-16 offsets) that name an entity.' })
export class MentionInput {
  @Field(() => Int) @IsInt() @Min(0) start: number;
  @Field(() => Int) @IsInt() @Min(1) end: number;
  @Field(() => MentionTargetType) @IsEnum(MentionTargetType) targetType: MentionTargetType;
  @Field(() => ID) @IsUUID() targetId: string;
}

@InputType()
export class ParagraphInput {
  @Field() @IsString() @Length(1, 20000) text: string;
  @Field(() => [TextMarkInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => TextMarkInput) marks?: TextMarkInput[];
  @Field(() => [MentionInput], { nullable: true })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => MentionInput) mentions?: MentionInput[];
}

@InputType()
export class HeadingInput {
  @Field() @IsString() @Length(1, 500) text: string;
  @Field(() => Int, { nullable: true, description: '2 to 4; default 2.' }) @IsOptional() @IsInt() @Min(2) @Max(4) level?: number;
}

@InputType()
export class QuoteBlockInput {
  @Field(() => ID) @IsUUID() quoteId: string;
}

@InputType({ description: 'A placement of a media asset; the overrides replace the asset\'s own caption, credit and alt text in this story only.' })
export class ImageBlockInput {
  @Field(() => ID) @IsUUID() assetId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 5000) caption?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 500) credit?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 1000) altText?: string;
}

@InputType({ description: 'A unit\'s results (or, with eventId, the event\'s final standings), optionally a subset of rows and columns.' })
export class ResultsTableBlockInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() unitId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() eventId?: string;
  @Field(() => [ID], { nullable: true, description: 'Only these competitors\' rows.' })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsUUID('all', { each: true }) competitorIds?: string[];
  @Field(() => Int, { nullable: true, description: 'Only the first N rows.' }) @IsOptional() @IsInt() @Min(1) @Max(500) top?: number;
  @Field(() => [String], { nullable: true, description: `Columns to show, from ${RESULT_COLUMNS.join(', ')}.` })
  @IsOptional() @IsArray() @ArrayMaxSize(RESULT_COLUMNS.length) @IsIn(RESULT_COLUMNS, { each: true }) columns?: string[];
}

@InputType()
export class SocialPostBlockInput {
  @Field(() => ID) @IsUUID() socialPostId: string;
}

@InputType({ description: 'A figure computed from data when the story is read.' })
export class FactInput {
  @Field(() => FactKind) @IsEnum(FactKind) kind: FactKind;
  @Field(() => ID, { nullable: true, description: 'TIME_DIFFERENCE: the result.' }) @IsOptional() @IsUUID() resultId?: string;
  @Field(() => ID, { nullable: true, description: 'TIME_DIFFERENCE: the result compared with.' }) @IsOptional() @IsUUID() otherResultId?: string;
  @Field(() => ID, { nullable: true, description: 'AGE: the person.' }) @IsOptional() @IsUUID() personId?: string;
  @Field(() => DateScalar, { nullable: true, description: 'AGE: the day.' }) @IsOptional() @IsDate() on?: Date;
}

@InputType({ description: 'A fact box line: a label with either fixed text or a computed fact.' })
export class FactItemInput {
  @Field() @IsString() @Length(1, 200) label: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 1000) text?: string;
  @Field(() => FactInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FactInput) fact?: FactInput;
}

@InputType()
export class FactBoxInput {
  @Field() @IsString() @Length(1, 200) title: string;
  @Field(() => [FactItemInput]) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => FactItemInput) items: FactItemInput[];
}

@InputType()
export class EmbedInput {
  @Field() @IsUrl({ require_protocol: true, protocols: ['https', 'http'] }) @MaxLength(2000) url: string;
  @Field(() => String, { nullable: true, description: 'e.g. youtube, x.' }) @IsOptional() @IsString() @Length(1, 50) provider?: string;
}
