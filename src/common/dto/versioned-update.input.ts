import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Min } from 'class-validator';

/**
 * What every optimistic-locking write names: the record and the version the client based its
 * change on. Update inputs add it to the partial create input with `IntersectionType`.
 */
@InputType({ isAbstract: true })
export class VersionedUpdateInput {
  @Field(() => ID, { description: 'The id of the record to change.' })
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'The version your change is based on; a newer one on the server gives VERSION_CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
