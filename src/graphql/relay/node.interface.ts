import { Field, type FieldMiddleware, ID, InterfaceType } from '@nestjs/graphql';
import { toGlobalId } from './global-id.js';

/**
 * Turns the row's own key into the global id of the type being resolved. The type comes
 * from the schema (the object type whose `id` is read), never from the row, so an id
 * cannot be encoded with the wrong type.
 */
export const globalIdOfParent: FieldMiddleware = async ({ info }, next) => {
  const key: unknown = await next();
  return typeof key === 'string' && info ? toGlobalId(info.parentType.name, key) : key;
};

/**
 * Relay's Node: every entity implements it. Rows returned as a Node carry `__typename`
 * (set by the node registry), which picks the member.
 */
@InterfaceType('Node', {
  description: 'An object with a global id: fetch it again, fresh, with `node(id:)`. Every entity of the API is a Node.',
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, {
    description: "Global id: opaque and unique across types. Pass it to `node`, and to any argument that takes this object's id.",
    middleware: [globalIdOfParent],
  })
  id: string;
}
