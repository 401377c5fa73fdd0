import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../common/errors/error-codes.js';
import { unwrapped } from './field-errors.plugin.js';
import { mapError } from './graphql-errors.js';
import { tokenLimitOf } from './limits/query-limits.js';

/** Every error leaves with a code; unexpected ones leave without their text. */
export function formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const limit = limitErrorOf(formatted, error);
  if (limit) return { ...formatted, message: limit.message, extensions: { ...extensions, code: limit.code } };
  const thrown = unwrapped(error);
  if (thrown !== undefined) {
    const mapped = mapError(thrown);
    return { ...formatted, message: mapped.message, extensions: { ...extensions, ...mapped.details, code: mapped.code } };
  }
  const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
  const message = code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : formatted.message;
  return { ...formatted, message, extensions: { ...extensions, code } };
}

/**
 * Apollo recodes every validation error GRAPHQL_VALIDATION_FAILED and every parse error
 * GRAPHQL_PARSE_FAILED; a client hitting a query limit is told so by its own code.
 */
function limitErrorOf(formatted: GraphQLFormattedError, error: unknown): { code: ErrorCode; message: string } | null {
  const code = formatted.extensions?.code;
  // Apollo keeps the rule's own error as originalError; its code is the one our limit rules set.
  const originalCode = (error as { originalError?: { extensions?: { code?: unknown } } } | undefined)?.originalError?.extensions?.code;
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && originalCode === ErrorCode.QUERY_TOO_COMPLEX) {
    return { code: ErrorCode.QUERY_TOO_COMPLEX, message: formatted.message };
  }
  if (code === ErrorCode.GRAPHQL_PARSE_FAILED) {
    const maxTokens = tokenLimitOf(formatted.message);
    if (maxTokens !== null)
      return { code: ErrorCode.QUERY_TOO_LARGE, message: `The query is too large: it has more than ${maxTokens} tokens` };
  }
  return null;
}
