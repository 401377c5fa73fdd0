import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsObject, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Gender, NameOrder } from '../../../generated/prisma/enums.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../../common/validation/slug.js';
import { DateScalar, JSONObjectScalar } from '../../../graphql/scalars/index.js';

@InputType({ description: 'Makes the person an athlete.' })
export class AthleteProfileInput {
  @Field(() => String, { nullable: true, description: 'Discipline code, e.g. SSK.' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{2,8}$/)
  disciplineCode?: string;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Ids in other systems.' })
  @IsOptional()
  @IsObject()
  externalIds?: Record<string, unknown>;
}

@InputType()
export class CreatePersonInput {
  @Field({ description: 'The name as printed, e.g. "Miho Takagi".' })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @Field(() => String, { nullable: true, description: 'Generated from displayName when omitted.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(SLUG_MAX_LENGTH)
  slug?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  givenName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  familyName?: string;

  @Field(() => NameOrder, { nullable: true })
  @IsOptional()
  @IsEnum(NameOrder)
  nameOrder?: NameOrder;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsDate()
  birthDate?: Date;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => String, { nullable: true, description: 'NOC the person usually represents, e.g. NED.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'nocCode must be three capital letters' })
  nocCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Field(() => AthleteProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AthleteProfileInput)
  athlete?: AthleteProfileInput;
}
