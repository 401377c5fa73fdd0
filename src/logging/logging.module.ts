import type { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Options } from 'pino-http';
import { AppConfig } from '../config/app-config.js';
import { requestIdOf } from './request-id.js';
import { accessLogLevel, answeredErrorsOf } from './request-outcome.js';

function withAnsweredErrors(req: IncomingMessage, value: Record<string, unknown>): Record<string, unknown> {
  const errors = answeredErrorsOf(req);
  return errors ? { ...value, errors } : value;
}

/** Where log lines go instead of stdout; a test provides it (from a global module) to read them. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

/** JSON logs through pino; every request gets an id (the caller's X-Request-Id when sane). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig, { token: LOG_DESTINATION, optional: true }],
      useFactory: (config: AppConfig, destination?: DestinationStream) => {
        const options: Options = {
          level: config.logLevel,
          genReqId: requestIdOf,
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req: IncomingMessage) => req.url?.startsWith('/health') ?? false },
          customLogLevel: (req, res, err) => accessLogLevel(req, res.statusCode, !!err),
          // The access line is the one place a request's errors are logged, with its id and their codes.
          customSuccessObject: (req, _res, value: Record<string, unknown>) => withAnsweredErrors(req, value),
          customErrorObject: (req, _res, _error, value: Record<string, unknown>) => withAnsweredErrors(req, value),
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
        };
        return { pinoHttp: destination ? ([options, destination] as [Options, DestinationStream]) : options };
      },
    }),
  ],
})
export class LoggingModule {}
