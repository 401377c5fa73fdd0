import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { IsDate, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { IsStorableDate } from '../../../common/validation/storable-date.js';
import { CompetitionKind } from '../../../generated/prisma/enums.js';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { DateScalar } from '../../../graphql/scalars/index.js';
import { IsCountryCode } from '../../../common/validation/codes.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'A new competition.' })
export class CreateCompetitionInput {
  @Field({ description: 'Display name, 1 to 200 characters, e.g. "Milano Cortina 2026".' })
  @IsString()
  @Length(1, 200)
  name: string;

  @GeneratedSlugField('the name')
  slug?: string;

  @Field(() => CompetitionKind, { description: 'What sort of competition it is.' })
  @IsEnum(CompetitionKind)
  kind: CompetitionKind;

  @Field(() => DateScalar, { description: 'First day, calendar date (ISO 8601, e.g. 2026-02-06).' })
  @IsDate()
  @IsStorableDate()
  startDate: Date;

  @Field(() => DateScalar, { description: 'Last day, inclusive; calendar date (ISO 8601).' })
  @IsDate()
  @IsStorableDate()
  endDate: Date;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code of the host country, e.g. IT; omit for multi-country hosts.',
  })
  @IsOptional()
  @IsCountryCode()
  hostCountryIso2?: string;

  @GlobalIdField('Competition', { nullable: true, description: 'The competition this one belongs to.' })
  parentId?: string;
}

@InputType({ description: 'Changes to a competition; omitted fields stay as they are.' })
export class UpdateCompetitionInput extends IntersectionType(PartialType(CreateCompetitionInput), VersionedUpdateInput('Competition')) {}

@ArgsType()
export class CompetitionsArgs extends PageArgs {
  @Field(() => CompetitionKind, { nullable: true, description: 'Only competitions of this kind.' })
  @IsOptional()
  @IsEnum(CompetitionKind)
  kind?: CompetitionKind;
}

@ArgsType()
export class CompetitionArgs {
  @Field({ description: "The competition's slug, e.g. milano-cortina-2026." })
  @IsString()
  @Length(1, 200)
  slug: string;
}
