import { InputType, IntersectionType, PartialType } from '@nestjs/graphql';
import { VersionedUpdateInput } from '../../../common/dto/versioned-update.input.js';
import { CreatePersonInput } from './create-person.input.js';

@InputType({ description: 'Changes to a person; omitted fields stay as they are.' })
export class UpdatePersonInput extends IntersectionType(PartialType(CreatePersonInput), VersionedUpdateInput('Person')) {}
