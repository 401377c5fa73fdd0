import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { OrgKind } from '../../../generated/prisma/enums.js';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { IsNocCode } from '../../../common/validation/codes.js';

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
}
