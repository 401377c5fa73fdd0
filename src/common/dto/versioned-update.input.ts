import type { Type } from '@nestjs/common';
import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { GlobalIdField } from '../../graphql/relay/global-id.input.js';

export interface VersionedUpdate {
  id: string;
  expectedVersion: number;
}

const bases = new Map<string, Type<VersionedUpdate>>();

/**
 * What every optimistic-locking write names: the record (by the global id of its type) and
 * the version the client based its change on. Update inputs add it to the partial create
 * input with `IntersectionType(…, VersionedUpdateInput('Person'))`.
 */
export function VersionedUpdateInput(nodeType: string): Type<VersionedUpdate> {
  const known = bases.get(nodeType);
  if (known) return known;

  @InputType({ isAbstract: true })
  class VersionedUpdateBase implements VersionedUpdate {
    @GlobalIdField(nodeType, { description: 'The id of the record to change.' })
    id: string;

    @Field(() => Int, { description: 'The version your change is based on; a newer one on the server gives VERSION_CONFLICT.' })
    @IsInt()
    @Min(1)
    expectedVersion: number;
  }
  bases.set(nodeType, VersionedUpdateBase);
  return VersionedUpdateBase;
}
