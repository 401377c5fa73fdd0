import { ArgsType, Context, Field, ID, Query, Resolver, Args } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateBy } from 'class-validator';
import type { RequestContext } from '../request-context.js';
import { type DecodedGlobalId, fromGlobalId } from './global-id.js';
import { Node } from './node.interface.js';
import { NodeRegistry } from './node-registry.js';

/** How many objects one `nodes` call may ask for. */
export const MAX_NODES = 100;

const decodeIds = ({ value }: { value: unknown }): unknown =>
  Array.isArray(value) ? (value as unknown[]).map((id) => fromGlobalId(id) ?? id) : (fromGlobalId(value) ?? value);

const IsDecodedGlobalId = (each: boolean) =>
  ValidateBy(
    {
      name: 'isGlobalId',
      validator: {
        validate: (value: unknown) => typeof value === 'object' && value !== null,
        defaultMessage: (args) => `${args?.property ?? 'id'} must hold ids as the API returns them`,
      },
    },
    { each },
  );

@ArgsType()
export class NodeArgs {
  @Field(() => ID, { description: 'The global id of the object.' })
  @Transform(decodeIds)
  @IsDecodedGlobalId(false)
  id: DecodedGlobalId;
}

@ArgsType()
export class NodesArgs {
  @Field(() => [ID], { description: `The global ids of the objects, at most ${MAX_NODES}.` })
  @Transform(decodeIds)
  @IsArray()
  @ArrayMaxSize(MAX_NODES)
  @IsDecodedGlobalId(true)
  ids: DecodedGlobalId[];
}

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global id (Relay refetching). Null when there is none or it is not public (a draft story); an id the API never gave out is BAD_USER_INPUT.',
  })
  node(@Args() { id }: NodeArgs, @Context() ctx: RequestContext) {
    return this.registry.load(ctx.loaders, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Objects by their global ids, in the order asked (at most ${MAX_NODES}); null for each one that is missing or not public. Ids of one type are fetched together.`,
  })
  nodes(@Args() { ids }: NodesArgs, @Context() ctx: RequestContext) {
    return Promise.all(ids.map((id) => this.registry.load(ctx.loaders, id)));
  }
}
