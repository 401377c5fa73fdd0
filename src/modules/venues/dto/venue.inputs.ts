import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { IsOptional, IsString, IsTimeZone, Length } from 'class-validator';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { VersionedDeleteInput } from '../../../common/dto/versioned-delete.input.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { IsCountryCode } from '../../../common/validation/codes.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { SLUG_MAX_LENGTH } from '../../../common/validation/slug.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';

@InputType({ description: 'A new venue: a stadium, rink, hall or course.' })
export class CreateVenueInput {
  @Field({ description: 'The name as printed, 1 to 200 characters, e.g. "Milano Speed Skating Stadium".' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Milano Speed Skating Stadium')
  name: string;

  @GeneratedSlugField('the name', { refuseNull: true })
  slug?: string;

  @Field({ description: 'The city it is in, 1 to 100 characters, e.g. Milan.' })
  @IsString()
  @Length(1, 100)
  @IsNotBlank('Milan')
  city: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code of the country (IT), never a NOC code.' })
  @IsCountryCode()
  countryIso2: string;

  @Field({ description: 'IANA time zone of the venue, e.g. Europe/Rome; stored in its canonical spelling.' })
  @IsString()
  @Length(1, 64)
  @IsTimeZone({ message: 'an IANA time zone, such as Europe/Rome or America/Denver' })
  timezone: string;
}

@InputType({ description: 'Changes to a venue; omitted fields stay as they are.' })
export class UpdateVenueInput extends IntersectionType(
  PartialType(CreateVenueInput, { skipNullProperties: false }),
  VersionedUpdateInput('Venue'),
) {}

@InputType({ description: 'A venue to delete, at the version you saw; refused with REFERENCED while units, records or stories use it.' })
export class DeleteVenueInput extends VersionedDeleteInput('Venue') {}

@ArgsType()
export class VenueArgs {
  @Field({ description: "The venue's slug, e.g. milano-speed-skating-stadium." })
  @IsString()
  @Length(1, SLUG_MAX_LENGTH)
  slug: string;
}

@ArgsType()
export class VenuesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name; case and diacritics ignored ("zurich" finds "Zürich").' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  search?: string;

  @Field(() => String, { nullable: true, description: 'Only venues in this country, by ISO 3166-1 alpha-2 code, e.g. IT.' })
  @IsOptional()
  @IsCountryCode()
  country?: string;
}
