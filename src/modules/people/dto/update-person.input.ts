import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { CreatePersonInput } from './create-person.input.js';

@InputType({ description: 'Changes to a person; omitted fields stay as they are, null clears an optional one.' })
export class UpdatePersonInput extends IntersectionType(
  // Null is refused for what a person always has (name, slug, name order), not taken as "leave out".
  PartialType(CreatePersonInput, { skipNullProperties: false }),
  VersionedUpdateInput('Person'),
) {}
