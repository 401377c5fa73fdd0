import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { BlockType } from '../../../generated/prisma/enums.js';
import {
  EmbedInput,
  FactBoxInput,
  HeadingInput,
  ImageBlockInput,
  ParagraphInput,
  QuoteBlockInput,
  ResultsTableBlockInput,
  SocialPostBlockInput,
} from './block-payload.inputs.js';

registerEnumType(BlockType, { name: 'BlockType', description: 'The kind of a body block; picks which payload field of ArticleBlockInput is read.' });

/** Which input field carries each block type's payload. */
export const PAYLOAD_FIELD = {
  PARAGRAPH: 'paragraph',
  HEADING: 'heading',
  QUOTE: 'quote',
  IMAGE: 'image',
  RESULTS_TABLE: 'resultsTable',
  SOCIAL_POST: 'socialPost',
  FACT_BOX: 'factBox',
  EMBED: 'embed',
} as const satisfies Record<BlockType, string>;

@InputType({ description: 'One body block: `type` and exactly the payload field of that type.' })
export class ArticleBlockInput {
  @Field(() => BlockType) @IsEnum(BlockType) type: BlockType;
  @Field(() => ParagraphInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ParagraphInput) paragraph?: ParagraphInput;
  @Field(() => HeadingInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => HeadingInput) heading?: HeadingInput;
  @Field(() => QuoteBlockInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => QuoteBlockInput) quote?: QuoteBlockInput;
  @Field(() => ImageBlockInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ImageBlockInput) image?: ImageBlockInput;
  @Field(() => ResultsTableBlockInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ResultsTableBlockInput) resultsTable?: ResultsTableBlockInput;
  @Field(() => SocialPostBlockInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SocialPostBlockInput) socialPost?: SocialPostBlockInput;
  @Field(() => FactBoxInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FactBoxInput) factBox?: FactBoxInput;
  @Field(() => EmbedInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => EmbedInput) embed?: EmbedInput;
}
