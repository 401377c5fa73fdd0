import { ArgsType, Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { CompetitionKind } from '../../../generated/prisma/enums.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../../common/validation/slug.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { DateScalar } from '../../../graphql/scalars/index.js';

@InputType()
export class CreateCompetitionInput {
  @Field()
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Generated from the name when omitted.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(SLUG_MAX_LENGTH)
  slug?: string;

  @Field(() => CompetitionKind)
  @IsEnum(CompetitionKind)
  kind: CompetitionKind;

  @Field(() => DateScalar)
  @IsDate()
  startDate: Date;

  @Field(() => DateScalar)
  @IsDate()
  endDate: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'hostCountryIso2 must be an ISO 3166-1 alpha-2 code' })
  hostCountryIso2?: string;

  @Field(() => ID, { nullable: true, description: 'The competition this one belongs to.' })
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

@InputType()
export class UpdateCompetitionInput extends PartialType(CreateCompetitionInput) {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@ArgsType()
export class CompetitionsArgs extends PageArgs {
  @Field(() => CompetitionKind, { nullable: true })
  @IsOptional()
  @IsEnum(CompetitionKind)
  kind?: CompetitionKind;
}

@ArgsType()
export class CompetitionArgs {
  @Field({ description: 'e.g. milano-cortina-2026' })
  @IsString()
  @Length(1, 200)
  slug: string;
}
