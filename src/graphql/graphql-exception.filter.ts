import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { ERROR_HTTP_STATUS } from '../common/errors/error-codes.js';
import { requestIdOf } from '../logging/request-id.js';
import { accessLogLevel, answeredErrorsOf, noteAnsweredErrors } from '../logging/request-outcome.js';
import { mapError, toGraphQLError, type MappedError } from './graphql-errors.js';
import { GRAPHQL_PATH } from './http/graphql-path.js';
import { APPLICATION_JSON, responseMediaType } from './http/media-type.js';

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
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    noteAnsweredErrors(request, [{ code: mapped.code, message: mapped.message }]);
    // The body parser runs before the request logger: a body it refuses has no access line unless it is written here.
    if ((request as { log?: unknown }).log === undefined) this.logRefusedRequest(request, response, status);
    if (request.path === GRAPHQL_PATH) sendAsGraphql(request, response, status, mapped);
    else response.status(status).json({ error: { code: mapped.code, message: mapped.message } });
  }

  private logRefusedRequest(request: Request, response: Response, status: number): void {
    const line = {
      req: { id: requestIdOf(request, response), method: request.method, url: request.originalUrl },
      res: { statusCode: status },
      errors: answeredErrorsOf(request),
    };
    const level = accessLogLevel(request, status, false);
    if (level === 'info') this.logger.log(line, 'request refused');
    else this.logger[level](line, 'request refused');
  }
}

/**
 * A request refused before Apollo saw it (a body over the limit, malformed JSON) still gets a
 * GraphQL response, in the media type the client asked for.
 */
function sendAsGraphql(request: Request, response: Response, status: number, mapped: MappedError): void {
  const mediaType = responseMediaType(request) ?? APPLICATION_JSON;
  response
    .status(status)
    .type(`${mediaType}; charset=utf-8`)
    .send(JSON.stringify({ errors: [{ message: mapped.message, extensions: { code: mapped.code } }] }));
}
