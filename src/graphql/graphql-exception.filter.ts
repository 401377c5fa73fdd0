import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { ERROR_HTTP_STATUS } from '../common/errors/error-codes.js';
import { mapError, toGraphQLError } from './graphql-errors.js';

/** The one place errors become client responses, for GraphQL and for plain HTTP routes. */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const mapped = mapError(exception);
    if (mapped.unexpected) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (host.getType<string>() === 'graphql') return toGraphQLError(mapped);

    const status =
      (exception as { getStatus?: () => number } | null | undefined)?.getStatus?.() ??
      (ERROR_HTTP_STATUS as Partial<Record<string, number>>)[mapped.code] ??
      500;
    const response = host.switchToHttp().getResponse<Response>();
    response.status(status).json({ error: { code: mapped.code, message: mapped.message } });
  }
}
