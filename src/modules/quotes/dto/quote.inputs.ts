import { ArgsType, Field, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { OmittableNotNull } from '../../../common/validation/omittable-not-null.js';
import { IsSlug, SLUG_MAX_LENGTH } from '../../../common/validation/slug.js';
import { QuoteContext } from '../../../generated/prisma/enums.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

export const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const LANGUAGE_TAG_MESSAGE = 'a BCP 47 language tag, such as en, nl or pt-BR';
export const QUOTE_TEXT_MAX = 5000;

@InputType({ description: 'A quote; give exactly one of speakerPersonId and speakerOrganisationId.' })
export class CreateQuoteInput {
  @Field({ description: `The words quoted, 1 to ${QUOTE_TEXT_MAX} characters.` })
  @IsString()
  @Length(1, QUOTE_TEXT_MAX)
  @IsNotBlank('I knew the ice was fast')
  text: string;

  @GlobalIdField('Person', { refuseNull: true, nullable: true, description: 'The person who said it.' })
  speakerPersonId?: string;

  @GlobalIdField('Organisation', { refuseNull: true, nullable: true, description: 'The organisation that said it.' })
  speakerOrganisationId?: string;

  @Field(() => QuoteContext, { description: 'Where the words were said.' })
  @IsEnum(QuoteContext)
  context: QuoteContext;

  @Field(() => String, { nullable: true, description: 'The outlet of an interview or broadcast, e.g. NOS.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  outlet?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the words were said.' })
  @IsOptional()
  @IsDate()
  saidAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language of the text (default en).' })
  @OmittableNotNull()
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_TAG_MESSAGE })
  @MaxLength(16)
  language?: string;

  @Field(() => String, { nullable: true, description: 'The words as said, when `text` is a translation.' })
  @IsOptional()
  @IsString()
  @Length(1, QUOTE_TEXT_MAX)
  originalText?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language of originalText, e.g. nl.' })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: LANGUAGE_TAG_MESSAGE })
  @MaxLength(16)
  originalLanguage?: string | null;

  @GlobalIdField('Event', { nullable: true, description: 'The event it was said at; taken from the unit when only unitId is given.' })
  eventId?: string | null;

  @GlobalIdField('Unit', { nullable: true, description: 'The race or match it was said about or after; must be part of eventId.' })
  unitId?: string | null;

  @GlobalIdField('SocialPost', { nullable: true, description: 'The social post it comes from.' })
  socialPostId?: string | null;
}

@InputType({ description: 'Changes to a quote; omitted fields stay as they are. A speaker id given replaces the speaker.' })
export class UpdateQuoteInput extends IntersectionType(
  PartialType(CreateQuoteInput, { skipNullProperties: false }),
  VersionedUpdateInput('Quote'),
) {}

@ArgsType()
export class QuoteArgs {
  @GlobalIdField('Quote', { description: "The quote's id." })
  id: string;
}

@InputType({ description: 'Narrows a list of quotes; all given conditions apply.' })
export class QuoteFilter {
  @Field(() => String, { nullable: true, description: 'Only quotes by the person with this slug.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  speaker?: string;

  @GlobalIdField('Event', { nullable: true, description: 'Only quotes said at this event.' })
  event?: string;

  @GlobalIdField('Unit', { nullable: true, description: 'Only quotes about this unit.' })
  unit?: string;

  @Field(() => QuoteContext, { nullable: true, description: 'Only quotes said in this context.' })
  @IsOptional()
  @IsEnum(QuoteContext)
  context?: QuoteContext;
}

@ArgsType()
export class QuotesArgs extends PageArgs {
  @Field(() => QuoteFilter, { nullable: true, description: 'Conditions on the quotes.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuoteFilter)
  filter?: QuoteFilter;
}

export const NESTED_QUOTES_DEFAULT = 20;
export const NESTED_QUOTES_MAX = 100;

@ArgsType()
export class NestedQuotesArgs {
  @Field(() => Int, {
    nullable: true,
    description: `At most this many, newest first (default ${NESTED_QUOTES_DEFAULT}, max ${NESTED_QUOTES_MAX}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(NESTED_QUOTES_MAX)
  first?: number;
}
