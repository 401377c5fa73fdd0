import type { GraphQLSchema } from 'graphql';

const QUERY = 'The reads: published stories and search, the sports results graph, media and the credit registry.';
const MUTATION = 'The writes: stories, quotes, social posts, media and the credit registry, and the results desk.';

/** Code-first schemas have no place to describe the root types; the schema is the API's documentation. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = QUERY;
  if (mutation) mutation.description = MUTATION;
  return schema;
}
