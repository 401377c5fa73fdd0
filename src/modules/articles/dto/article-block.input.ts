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

registerEnumType(BlockType, {
  name: 'BlockType',
  description: 'The kind of a body block; picks which payload field of ArticleBlockInput is read.',
  valuesMap: {
    PARAGRAPH: { description: 'Running text with formatting and mentions of the sports graph (`paragraph`).' },
    HEADING: { description: 'A subheading inside the story (`heading`).' },
    QUOTE: { description: 'A quote entity, shown with its speaker (`quote`).' },
    IMAGE: { description: 'A media asset with its caption and credit (`image`).' },
    RESULTS_TABLE: { description: "A unit's live result rows, in chosen columns (`resultsTable`)." },
    SOCIAL_POST: { description: 'A captured social media post (`socialPost`).' },
    FACT_BOX: { description: 'Figures computed from the data when the story is read (`factBox`).' },
    EMBED: { description: 'Third-party content by URL, e.g. a video (`embed`).' },
  },
});

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
  @Field(() => BlockType, { description: 'The kind of block; only the payload field of this type may be set.' })
  @IsEnum(BlockType)
  type: BlockType;
  @Field(() => ParagraphInput, { nullable: true, description: 'Payload of a PARAGRAPH block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParagraphInput)
  paragraph?: ParagraphInput;
  @Field(() => HeadingInput, { nullable: true, description: 'Payload of a HEADING block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => HeadingInput)
  heading?: HeadingInput;
  @Field(() => QuoteBlockInput, { nullable: true, description: 'Payload of a QUOTE block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuoteBlockInput)
  quote?: QuoteBlockInput;
  @Field(() => ImageBlockInput, { nullable: true, description: 'Payload of an IMAGE block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ImageBlockInput)
  image?: ImageBlockInput;
  @Field(() => ResultsTableBlockInput, { nullable: true, description: 'Payload of a RESULTS_TABLE block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResultsTableBlockInput)
  resultsTable?: ResultsTableBlockInput;
  @Field(() => SocialPostBlockInput, { nullable: true, description: 'Payload of a SOCIAL_POST block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SocialPostBlockInput)
  socialPost?: SocialPostBlockInput;
  @Field(() => FactBoxInput, { nullable: true, description: 'Payload of a FACT_BOX block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => FactBoxInput)
  factBox?: FactBoxInput;
  @Field(() => EmbedInput, { nullable: true, description: 'Payload of an EMBED block.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmbedInput)
  embed?: EmbedInput;
}
