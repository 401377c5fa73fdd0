import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { GeneratedSlugField } from '../../../../common/dto/slug-field.decorator.js';
import { VersionedUpdateInput } from '../../../../common/dto/versioned-update.input.js';
import { IsNotBlank, NOT_BLANK } from '../../../../common/validation/not-blank.js';
import { OmittableNotNull } from '../../../../common/validation/omittable-not-null.js';
import { IsSlug, SLUG_MAX_LENGTH } from '../../../../common/validation/slug.js';
import { CreditStyle, RightsExpiryPolicy } from '../../../../generated/prisma/enums.js';
import { PageArgs } from '../../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../../graphql/relay/global-id.input.js';
import { MATCH_PATTERN_MAX_LENGTH } from '../match-pattern.js';

export const MAX_ALIASES = 30;
export const MAX_MATCH_PATTERNS = 20;
const HTTP_URL = { require_protocol: true, protocols: ['http', 'https'], require_tld: false };
const FORMAT_DESCRIPTION =
  "{photographer} stands for the photographers' names, {agency} for the supplying agency's current name; any other {…} is CREDIT_FORMAT_UNKNOWN_PLACEHOLDER.";

@InputType({ description: 'A new agency in the credit registry.' })
export class CreateAgencyInput {
  @Field({ description: 'e.g. "Getty Images".' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Getty Images')
  name: string;

  @GeneratedSlugField('the name', { refuseNull: true })
  slug?: string;

  @Field({
    description: `House credit format, e.g. "Photo by {photographer}/{agency}". ${FORMAT_DESCRIPTION} It must still credit the agency when no photographer is known.`,
  })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Photo by {photographer}/Getty Images')
  creditFormat: string;

  @Field(() => [String], {
    nullable: true,
    description: `Other names the agency goes by in credit lines and sources, matched as whole words ignoring case and accents (at most ${MAX_ALIASES}).`,
  })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each must not be blank, give names such as "Associated Press"' })
  aliases?: string[];

  @Field(() => [String], {
    nullable: true,
    description: `Case-insensitive regular expressions tried on credit lines and sources, e.g. "\\\\(AP Photo/" (at most ${MAX_MATCH_PATTERNS}); a pattern that does not compile, matches an empty text or could backtrack for long is BAD_USER_INPUT naming it.`,
  })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_MATCH_PATTERNS)
  @IsString({ each: true })
  @MaxLength(MATCH_PATTERN_MAX_LENGTH, { each: true })
  matchPatterns?: string[];

  @Field(() => CreditStyle, {
    nullable: true,
    description: "Whether a file's credit line or the house format is printed; default SUPPLIER_LINE.",
  })
  @OmittableNotNull()
  @IsEnum(CreditStyle, { message: 'SUPPLIER_LINE or HOUSE_FORMAT' })
  creditStyle?: CreditStyle;

  @Field(() => String, {
    nullable: true,
    description: 'Copyright notice for its photos when the file carries none, e.g. "© Getty Images".',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @IsNotBlank('© Getty Images')
  defaultCopyright?: string | null;

  @Field(() => String, { nullable: true, description: "Where to license the agency's photos, an http or https address." })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'an http or https web address, such as https://www.gettyimages.com/license' })
  @MaxLength(2000)
  licensorUrl?: string | null;

  @Field(() => RightsExpiryPolicy, {
    nullable: true,
    description:
      'What the daily rights job does with a published story whose photo of this agency expired; default NOTIFY. SWAP_FALLBACK needs fallbackAssetId.',
  })
  @OmittableNotNull()
  @IsEnum(RightsExpiryPolicy, { message: 'NOTIFY, UNPUBLISH_STORY or SWAP_FALLBACK' })
  expiryPolicy?: RightsExpiryPolicy;

  @GlobalIdField('MediaAsset', { nullable: true, description: 'The photo SWAP_FALLBACK puts in place of an expired one.' })
  fallbackAssetId?: string | null;
}

@InputType({
  description: 'Changes to an agency; omitted fields stay as they are, null clears an optional one, lists given replace the stored ones.',
})
export class UpdateAgencyInput extends IntersectionType(
  PartialType(CreateAgencyInput, { skipNullProperties: false }),
  VersionedUpdateInput('Agency'),
) {}

@InputType({ description: 'A new photographer in the credit registry.' })
export class CreatePhotographerInput {
  @Field({ description: 'The name as printed in credits.' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Jacob King')
  name: string;

  @GeneratedSlugField('the name', { refuseNull: true })
  slug?: string;

  @GlobalIdField('Agency', { nullable: true, description: 'The agency the photographer works for.' })
  agencyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Own credit format overriding the agency's, e.g. "{photographer}/AFP via {agency}". ${FORMAT_DESCRIPTION}`,
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Photo by {photographer}/Getty Images')
  creditFormat?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `Other spellings of the name in files' creator fields (at most ${MAX_ALIASES}).`,
  })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_ALIASES)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each must not be blank, give spellings such as "MADDIE MEYER"' })
  aliases?: string[];
}

@InputType({
  description:
    'Changes to a photographer; omitted fields stay as they are, null clears agency or format, aliases given replace the stored ones.',
})
export class UpdatePhotographerInput extends IntersectionType(
  PartialType(CreatePhotographerInput, { skipNullProperties: false }),
  VersionedUpdateInput('Photographer'),
) {}

@ArgsType()
export class AgenciesArgs extends PageArgs {}

@ArgsType()
export class PhotographersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only photographers of the agency with this slug.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  agency?: string;
}
