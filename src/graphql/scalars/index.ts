// Scalars from graphql-scalars: a calendar date ("2026-02-09"), an instant, a JSON object.
export { GraphQLDate as DateScalar, GraphQLDateTime as DateTimeScalar, GraphQLJSONObject as JSONObjectScalar } from 'graphql-scalars';
