import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';
import { CreatePersonInput } from './create-person.input.js';

@InputType({ description: 'Changes to a person; omitted fields stay as they are.' })
export class UpdatePersonInput extends PartialType(CreatePersonInput) {
  @Field(() => ID, { description: 'The person to change.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version you edited; a newer one on the server gives VERSION_CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
