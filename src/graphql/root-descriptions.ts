import type { GraphQLSchema } from 'graphql';
import { ERROR_MEANING } from '../common/errors/error-codes.js';

const QUERY = 'The reads: published stories and search, the sports results graph, media and the credit registry.';
const MUTATION = 'The writes: stories, quotes, social posts, media and the credit registry, and the results desk.';

const ERRORS = `Every error carries \`extensions.code\`, one of:\n${Object.entries(ERROR_MEANING)
  .map(([code, meaning]) => `- ${code}: ${meaning}`)
  .join('\n')}`;

/** Code-first schemas have no place to describe the root types; the schema is the API's documentation. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description = `${QUERY}\n\n${ERRORS}`;
  if (mutation) mutation.description = `${MUTATION}\n\n${ERRORS}`;
  return schema;
}
