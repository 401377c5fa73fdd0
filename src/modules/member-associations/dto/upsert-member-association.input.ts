import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';
import { IsIsoCountryCode } from '../../../common/validation/country-codes.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';

export const ASSOCIATION_CODE_PATTERN = /^[A-Z]{2,8}$/;

/** A member association code (ENG), 2 to 8 capital letters. */
export const IsAssociationCode = () => Matches(ASSOCIATION_CODE_PATTERN, { message: '2 to 8 capital letters, such as ENG' });

@InputType({ description: 'A member association to add, or to change when its code exists (then give expectedVersion).' })
export class UpsertMemberAssociationInput {
  @Field({ description: 'Its code, 2 to 8 capital letters, e.g. FRO; the key, it never changes.' })
  @IsAssociationCode()
  code: string;

  @Field({ description: 'The name as printed, 1 to 200 characters, e.g. Faroe Islands.' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Faroe Islands')
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 of its country where one exists (FO); null for England.' })
  @IsOptional()
  @IsIsoCountryCode()
  countryIso2?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you changed; required when the code exists (VERSION_CONFLICT otherwise), left out when adding.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}
