import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * What every version-guarded delete names: the record and the version the client saw. A
 * delete and an update based on the same version cannot both succeed.
 */
@InputType({ isAbstract: true })
export class VersionedDeleteInput {
  @Field(() => ID, { description: 'The id of the record to delete.' })
  @IsUUID()
  id: string;

  @Field(() => Int, {
    description: 'The version you decided to delete; a newer one on the server gives VERSION_CONFLICT and nothing is deleted.',
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
