import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { CreateOrganisationInput } from './create-organisation.input.js';

@InputType({
  description: 'Changes to an organisation; omitted fields stay as they are, null clears shortName, nocCode, countryIso2 or aliases.',
})
export class UpdateOrganisationInput extends IntersectionType(
  PartialType(CreateOrganisationInput, { skipNullProperties: false }),
  VersionedUpdateInput('Organisation'),
) {}
