// Scalars from graphql-scalars: a calendar date ("2026-02-09"), an instant, a JSON object.
export { GraphQLDate as DateScalar, GraphQLDateTime as DateTimeScalar, GraphQLJSONObject as JSONObjectScalar } from 'graphql-scalars';
// Any JSON value: the before and after of a change, which may be text, a number, a list or null.
export { GraphQLJSON as JSONScalar } from 'graphql-scalars';
