import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
/** Hard cap in the schema; the configured PAGE_SIZE_MAX may only lower it. */
export const MAX_PAGE_SIZE = 500;

/** Relay's connection arguments: `first`/`after` pages forwards, `last`/`before` backwards. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start, or from \`after\` (default ${DEFAULT_PAGE_SIZE}, at most PAGE_SIZE_MAX). Not with \`last\`.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Items after this cursor: the endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How many items to return from the end, or from `before`, in list order (at most PAGE_SIZE_MAX). Not with `first`.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: 'Items before this cursor: the startCursor of the next page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  before?: string;
}

/** What a page says about its place in the list. */
export interface PageCursors {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo implements PageCursors {
  @Field({
    description: 'More items follow this page. Paging backwards (`last`), true when `before` was given: the item at that cursor follows.',
  })
  hasNextPage: boolean;

  @Field({
    description: 'More items precede this page. Paging forwards (`first`), true when `after` was given: the item at that cursor precedes.',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page: pass it as `before` for the previous page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page: pass it as `after` for the next page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageCursors;
  totalCount?: number;
}

/** A Relay connection type for T: `edges { cursor node }`, `pageInfo`. */
export function ConnectionType<T>(node: Type<T> | object, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item: pass it as `after` or `before`.' })
    cursor: string;

    @Field(() => node as Type<T>, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false, description: `A page of ${name} items.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in list order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items come before or after this page.' })
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}
