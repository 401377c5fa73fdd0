import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../common/errors/error-codes.js';

/** What the deadline needs of the request context. */
export interface HasDeadline {
  /** Epoch milliseconds after which no further resolver of the request starts. */
  deadline: number;
}

/**
 * Gives every resolver of the schema a time check: once a request is past its deadline, no
 * further field resolver starts (each one would issue more SQL); those fields answer
 * QUERY_TIMEOUT and the request ends. A statement already running is bounded by the
 * database's statement timeout. NestJS gives every field a resolver, property reads too: the
 * check is one clock read each.
 */
export function withExecutionDeadline(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (resolve === undefined) continue;
      field.resolve = (source, args, context: Partial<HasDeadline> | undefined, info) => {
        if (context?.deadline !== undefined && Date.now() > context.deadline) throw pastDeadline();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}

function pastDeadline(): GraphQLError {
  return new GraphQLError('The query ran past its time budget (GRAPHQL_EXECUTION_TIMEOUT_MS); ask for less', {
    extensions: { code: ErrorCode.QUERY_TIMEOUT },
  });
}
