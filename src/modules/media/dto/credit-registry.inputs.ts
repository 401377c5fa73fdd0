import { ArgsType, Field, InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { GeneratedSlugField } from '../../../common/dto/slug-field.decorator.js';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { IsNotBlank } from '../../../common/validation/not-blank.js';
import { IsSlug, SLUG_MAX_LENGTH } from '../../../common/validation/slug.js';
import { PageArgs } from '../../../graphql/pagination/connection.js';
import { GlobalIdField } from '../../../graphql/relay/global-id.input.js';

@InputType({ description: 'A new agency in the credit registry.' })
export class CreateAgencyInput {
  @Field({ description: 'e.g. "Getty Images".' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Getty Images')
  name: string;

  @GeneratedSlugField('the name', { refuseNull: true })
  slug?: string;

  @Field({
    description:
      'House credit format with {photographer} for the names, e.g. "Photo by {photographer}/Getty Images". It must still credit the agency when no photographer is known.',
  })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Photo by {photographer}/Getty Images')
  creditFormat: string;
}

@InputType({ description: 'Changes to an agency; omitted fields stay as they are.' })
export class UpdateAgencyInput extends IntersectionType(
  PartialType(CreateAgencyInput, { skipNullProperties: false }),
  VersionedUpdateInput('Agency'),
) {}

@InputType({ description: 'A new photographer in the credit registry.' })
export class CreatePhotographerInput {
  @Field({ description: 'The name as printed in credits.' })
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Jacob King')
  name: string;

  @GeneratedSlugField('the name', { refuseNull: true })
  slug?: string;

  @GlobalIdField('Agency', { nullable: true, description: 'The agency the photographer works for.' })
  agencyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Own credit format overriding the agency\'s, e.g. "{photographer}/AFP via Getty Images".',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @IsNotBlank('Photo by {photographer}/Getty Images')
  creditFormat?: string | null;
}

@InputType({ description: 'Changes to a photographer; omitted fields stay as they are, null clears agency or format.' })
export class UpdatePhotographerInput extends IntersectionType(
  PartialType(CreatePhotographerInput, { skipNullProperties: false }),
  VersionedUpdateInput('Photographer'),
) {}

@ArgsType()
export class AgenciesArgs extends PageArgs {}

@ArgsType()
export class PhotographersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only photographers of the agency with this slug.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(SLUG_MAX_LENGTH)
  agency?: string;
}
