import { ArgsType, Field, InputType, Int, IntersectionType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { OmittableNotNull } from '../../../common/validation/omittable-not-null.js';
import { IsSlug, SLUG_MAX_LENGTH } from '../../../common/validation/slug.js';
import { MediaKind } from '../../../generated/prisma/enums.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { MediaIssue } from '../domain/media-issues.js';
import { IsCountryCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

const HTTP_URL = { require_protocol: true, protocols: ['http', 'https'], require_tld: false };
const INT4_MAX = 2_147_483_647;
export const MAX_CREATORS = 10;
export const MAX_PEOPLE_SHOWN = 50;
export const MAX_RESTRICTIONS_LENGTH = 2000;

@InputType({ description: 'A media asset with its IPTC metadata as received; text fields are kept verbatim.' })
export class CreateMediaAssetInput {
  @Field(() => MediaKind, { nullable: true, description: 'Default PHOTO.' })
  @OmittableNotNull()
  @IsEnum(MediaKind)
  kind?: MediaKind;

  @Field({ description: 'Where the file is served from (http or https).' })
  @IsUrl(HTTP_URL, { message: 'an http or https web address, such as https://images.example.com/a.jpg' })
  @Matches(/^https?:\/\//, { message: 'a web address starting with http:// or https://, such as https://images.example.com/a.jpg' })
  @MaxLength(2000)
  url: string;

  @Field({ description: 'e.g. image/jpeg.' })
  @Matches(/^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i, { message: 'a media type, such as image/jpeg' })
  @MaxLength(100)
  mimeType: string;

  @Field(() => Int, { nullable: true, description: 'Width in pixels.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  width?: number | null;

  @Field(() => Int, { nullable: true, description: 'Height in pixels.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  height?: number | null;

  @Field(() => Int, { nullable: true, description: 'File size in bytes.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(INT4_MAX)
  sizeBytes?: number | null;

  @Field(() => String, { nullable: true, description: 'IPTC Description.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  caption?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Description Writer.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  captionWriter?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Headline.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  headline?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Alt Text (Accessibility).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  altText?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'IPTC Credit Line, verbatim from the supplier; printed instead of the house format.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  creditLine?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Copyright Notice.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  copyrightNotice?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Source.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  source?: string | null;

  @GlobalIdField('Agency', { nullable: true, description: 'The agency that supplied the asset.' })
  supplierId?: string | null;

  @Field(() => String, { nullable: true, description: "IPTC Supplier's Image ID; unique per supplier." })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  supplierImageId?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Licensor URL.' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'an http or https web address, such as https://www.gettyimages.com/license' })
  @MaxLength(2000)
  licensorUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Web Statement of Rights (a URL).' })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: 'an http or https web address, such as https://www.gettyimages.com/eula' })
  @MaxLength(2000)
  webStatement?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Rights Usage Terms.' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  usageTerms?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Instructions, e.g. "NEWSPAPERS OUT".' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The supplier allows editorial use only (no advertising or promotion); default false.',
  })
  @OmittableNotNull()
  @IsBoolean({ message: 'true or false' })
  editorialUseOnly?: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'No story placing the photo may be published before this time; must be before expiresAt.',
  })
  @IsOptional()
  @IsDate({ message: 'a date and time, such as 2026-02-10T18:00:00Z' })
  embargoUntil?: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When the licence ends: stories placing the photo cannot be published from then on, and the daily rights job applies the supplier's expiry policy to published ones.",
  })
  @IsOptional()
  @IsDate({ message: 'a date and time, such as 2026-12-31T23:59:59Z' })
  expiresAt?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: `Regions or outlets the photo may not be used in, free text as the supplier wrote it (at most ${MAX_RESTRICTIONS_LENGTH} characters).`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_RESTRICTIONS_LENGTH, { message: `at most ${MAX_RESTRICTIONS_LENGTH} characters` })
  restrictions?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'IPTC Date Created.' })
  @IsOptional()
  @IsDate()
  dateCreated?: Date | null;

  @Field(() => String, { nullable: true, description: 'IPTC Location Created: city.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'IPTC Location Created: ISO 3166 alpha-2 country code, e.g. IT.' })
  @IsOptional()
  @IsCountryCode()
  countryIso2?: string | null;

  @GlobalIdField('Event', { nullable: true, description: 'The event the asset shows.' })
  eventId?: string | null;

  @GlobalIdField('Photographer', {
    list: true,
    refuseNull: true,
    nullable: true,
    description: `IPTC Creator: photographers in credited order (at most ${MAX_CREATORS}).`,
  })
  @ArrayMaxSize(MAX_CREATORS)
  creatorIds?: string[];

  @GlobalIdField('Person', {
    list: true,
    refuseNull: true,
    nullable: true,
    description: `IPTC Person Shown: people in the order they appear (at most ${MAX_PEOPLE_SHOWN}).`,
  })
  @ArrayMaxSize(MAX_PEOPLE_SHOWN)
  peopleShownIds?: string[];
}

@InputType({
  description: 'Changes to an asset; omitted fields stay as they are, null clears an optional one, lists given replace the stored ones.',
})
export class UpdateMediaAssetInput extends IntersectionType(
  PartialType(CreateMediaAssetInput, { skipNullProperties: false }),
  VersionedUpdateInput('MediaAsset'),
) {}

@ArgsType()
export class MediaAssetArgs {
  @GlobalIdField('MediaAsset', { description: "The asset's id." })
  id: string;
}

@InputType({ description: 'Narrows a list of media assets; all given conditions apply.' })
export class MediaAssetFilter {
  @Field(() => MediaIssue, { nullable: true, description: 'Only assets that lack this.' })
  @IsOptional()
  @IsEnum(MediaIssue)
  missing?: MediaIssue;

  @Field(() => String, { nullable: true, description: 'Only assets supplied by the agency with this slug.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  supplier?: string;

  @Field(() => String, { nullable: true, description: 'Only assets showing the person with this slug.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  person?: string;

  @GlobalIdField('Event', { nullable: true, description: 'Only assets of this event.' })
  event?: string;
}

@ArgsType()
export class MediaAssetsArgs extends PageArgs {
  @Field(() => MediaAssetFilter, { nullable: true, description: 'Conditions on the assets.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MediaAssetFilter)
  filter?: MediaAssetFilter;
}
