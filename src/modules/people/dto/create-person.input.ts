import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { NOT_BLANK } from '../../../common/validation/not-blank.js';
import { IsStorableDate } from '../../../common/validation/storable-date.js';
import { Gender, NameOrder } from '../../../generated/prisma/enums.js';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { DateScalar, JSONObjectScalar } from '../../../graphql/scalars/index.js';
import { IsDisciplineCode, IsNocCode } from '../../../common/validation/codes.js';
import { OmittableNotNull } from '../../../common/validation/omittable-not-null.js';

@InputType({ description: 'Makes the person an athlete.' })
export class AthleteProfileInput {
  @Field(() => String, { nullable: true, description: 'Discipline code, e.g. SSK.' })
  @IsOptional()
  @IsDisciplineCode()
  disciplineCode?: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Ids in other systems.' })
  @IsOptional()
  @IsObject()
  externalIds?: Record<string, unknown>;
}

export const MAX_PERSON_ALIASES = 20;

@InputType({ description: 'A new person; add `athlete` to make them an athlete.' })
export class CreatePersonInput {
  @Field({ description: 'The name as printed, e.g. "Miho Takagi".' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @GeneratedSlugField('displayName', { refuseNull: true })
  slug?: string;

  @Field(() => String, { nullable: true, description: 'Given (first) name, 1 to 100 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  givenName?: string;

  @Field(() => String, { nullable: true, description: 'Family name, 1 to 100 characters.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  familyName?: string;

  @Field(() => [String], {
    nullable: true,
    description: `Other spellings stories use: transliterations, nicknames, a former name ("Odegaard" for "Martin Ødegaard"), at most ${MAX_PERSON_ALIASES} of 1 to 200 characters; mention suggestions match them. Replaces the list on update.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PERSON_ALIASES)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  @Matches(NOT_BLANK, { each: true, message: 'each alias must not be blank, give text such as "Odegaard"' })
  aliases?: string[];

  @Field(() => NameOrder, { nullable: true, description: 'Order of the name parts; GIVEN_FAMILY when omitted on create.' })
  @OmittableNotNull()
  @IsEnum(NameOrder)
  nameOrder?: NameOrder;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth, calendar date (ISO 8601, e.g. 1998-12-24).' })
  @IsOptional()
  @IsDate()
  @IsStorableDate()
  birthDate?: Date;

  @Field(() => Gender, { nullable: true, description: "The person's gender, if known." })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => String, { nullable: true, description: 'NOC the person usually represents, e.g. NED.' })
  @IsOptional()
  @IsNocCode()
  nocCode?: string;

  @Field(() => String, { nullable: true, description: 'Short description, at most 500 characters, e.g. "Dutch speed skater".' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => AthleteProfileInput, {
    nullable: true,
    description: 'Makes the person an athlete; on update, creates or changes the profile.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => AthleteProfileInput)
  athlete?: AthleteProfileInput;
}
