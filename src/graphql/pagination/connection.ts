import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
/** Hard cap in the schema; the configured PAGE_SIZE_MAX may only lower it. */
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most PAGE_SIZE_MAX).` })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;
}

@ObjectType({ description: 'Where a page sits in the whole list.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** A Relay connection type for T: `edges { cursor node }`, `pageInfo`. */
export function ConnectionType<T>(node: Type<T> | object, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item.' })
    cursor: string;

    @Field(() => node as Type<T>, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false, description: `A page of ${name} items.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'How to get the next page.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
