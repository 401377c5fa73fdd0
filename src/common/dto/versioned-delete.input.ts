import type { Type } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { GlobalIdField } from '../../graphql/relay/global-id.input.js';

export interface VersionedDelete {
  id: string;
  expectedVersion: number;
}

const bases = new Map<string, Type<VersionedDelete>>();

/**
 * What every version-guarded delete names: the record (by the global id of its type) and
 * the version the client saw. A delete and an update based on the same version cannot both
 * succeed. Delete inputs extend `VersionedDeleteInput('Unit')`.
 */
export function VersionedDeleteInput(nodeType: string): Type<VersionedDelete> {
  const known = bases.get(nodeType);
  if (known) return known;

  @InputType({ isAbstract: true })
  class VersionedDeleteBase implements VersionedDelete {
    @GlobalIdField(nodeType, { description: 'The id of the record to delete.' })
    id: string;

    @Field(() => Int, {
      description: 'The version you decided to delete; a newer one on the server gives VERSION_CONFLICT and nothing is deleted.',
    })
    @IsInt()
    @Min(1)
    expectedVersion: number;
  }
  bases.set(nodeType, VersionedDeleteBase);
  return VersionedDeleteBase;
}
