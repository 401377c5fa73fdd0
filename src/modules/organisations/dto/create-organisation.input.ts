import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { OrgKind } from '../../../generated/prisma/enums.js';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../../common/validation/slug.js';

@InputType({ description: 'A new federation, team, club, agency or platform.' })
export class CreateOrganisationInput {
  @Field({ description: 'The name as printed, e.g. "AFC Ajax".' })
  @IsString()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Generated from the name when omitted.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(SLUG_MAX_LENGTH)
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
  @Matches(/^[A-Z]{3}$/, { message: 'nocCode must be three capital letters' })
  nocCode?: string;
}
