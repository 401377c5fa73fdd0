import { HttpException } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { Prisma } from '../generated/prisma/client.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ErrorCode } from '../common/errors/error-codes.js';
import { isDatabaseOutage } from './database-outage.js';

export interface MappedError {
  /** One of ErrorCode, or the code graphql-js or Apollo put on an error of their own. */
  code: string;
  message: string;
  details: Record<string, unknown>;
  /** True when the error is not one we raised on purpose: log it, hide its text. */
  unexpected: boolean;
}

const PG_CHECK_VIOLATION = '23514';

/** Maps anything a resolver can throw to a code and a message safe for clients. */
export function mapError(exception: unknown): MappedError {
  if (exception instanceof DomainError) {
    return { code: exception.code, message: exception.message, details: exception.details, unexpected: false };
  }
  if (exception instanceof GraphQLError) {
    const code = (exception.extensions.code as string | undefined) ?? ErrorCode.BAD_USER_INPUT;
    return { code, message: exception.message, details: {}, unexpected: false };
  }
  if (isDatabaseOutage(exception)) {
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: 'The database is not answering; retry shortly',
      details: { retryable: true },
      unexpected: false,
    };
  }
  if (exception instanceof Prisma.PrismaClientKnownRequestError) {
    return mapPrismaError(exception);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 413) return { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'Request body too large', details: {}, unexpected: false };
    if (status === 503) return { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'Service unavailable', details: {}, unexpected: false };
    if (status < 500 && isBodyParserError(exception.cause)) {
      return { code: ErrorCode.BAD_REQUEST, message: `Malformed request body: ${exception.message}`, details: {}, unexpected: false };
    }
    if (status < 500) return { code: ErrorCode.BAD_USER_INPUT, message: exception.message, details: {}, unexpected: false };
  }
  if (String((exception as { cause?: { originalCode?: string } } | null | undefined)?.cause?.originalCode) === PG_CHECK_VIOLATION) {
    return { code: ErrorCode.BAD_USER_INPUT, message: 'The data breaks a database constraint', details: {}, unexpected: false };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', details: {}, unexpected: true };
}

/** body-parser's errors (invalid JSON, an unsupported charset, an aborted upload) carry a `type` like "entity.parse.failed". */
function isBodyParserError(cause: unknown): boolean {
  return cause instanceof SyntaxError || typeof (cause as { type?: unknown } | undefined)?.type === 'string';
}

function mapPrismaError(error: Prisma.PrismaClientKnownRequestError): MappedError {
  const target = (error.meta?.target ??
    (error.meta as { driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } | undefined)?.driverAdapterError?.cause
      ?.constraint?.fields) as unknown;
  switch (error.code) {
    case 'P2002':
      return {
        code: ErrorCode.CONFLICT,
        message: 'A record with the same unique value already exists',
        details: { fields: target ?? null },
        unexpected: false,
      };
    case 'P2025':
    case 'P2001':
      return { code: ErrorCode.NOT_FOUND, message: 'Record not found', details: {}, unexpected: false };
    case 'P2003':
      return { code: ErrorCode.BAD_USER_INPUT, message: 'A referenced record does not exist', details: {}, unexpected: false };
    case 'P2004':
    case 'P2011':
    case 'P2023':
      return { code: ErrorCode.BAD_USER_INPUT, message: 'The data breaks a database constraint', details: {}, unexpected: false };
    default:
      return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error', details: {}, unexpected: true };
  }
}

export function toGraphQLError(mapped: MappedError): GraphQLError {
  return new GraphQLError(mapped.message, { extensions: { code: mapped.code, ...mapped.details } });
}
