import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';
import { OrgKind } from '../../../generated/prisma/enums.js';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { IsNocCode } from '../../../common/validation/codes.js';
import { IsIsoCountryCode } from '../../../common/validation/country-codes.js';
import { NOT_BLANK } from '../../../common/validation/not-blank.js';

/** Other names an organisation is known by: a handful, never a dictionary. */
export const MAX_ORGANISATION_ALIASES = 20;

@InputType({ description: 'A new federation, team, club, agency or platform.' })
export class CreateOrganisationInput {
  @Field({ description: 'The name as printed, e.g. "AFC Ajax".' })
  @IsString()
  @Length(1, 200)
  name: string;

  @GeneratedSlugField('the name')
  slug?: string;

  @Field(() => OrgKind, { description: 'What the organisation is.' })
  @IsEnum(OrgKind)
  kind: OrgKind;

  @Field(() => String, { nullable: true, description: 'e.g. ISU, AP.' })
  @IsOptional()
  @IsString()
  @Length(1, 32)
  shortName?: string;

  @Field(() => String, { nullable: true, description: 'The NOC a national team represents, e.g. NED.' })
  @IsOptional()
  @IsNocCode()
  nocCode?: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 of a club's home country, e.g. GB or NL (a club is not a NOC); null clears it on update.",
  })
  @IsOptional()
  @IsIsoCountryCode()
  countryIso2?: string;

  @Field(() => [String], {
    nullable: true,
    description: `Other names it is known by ("Man City", "Manchester City FC"), at most ${MAX_ORGANISATION_ALIASES} of 1 to 200 characters; replaces the list on update.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ORGANISATION_ALIASES)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each alias must not be blank, give text such as "Man City"' })
  aliases?: string[];
}
