import type { DynamicModule, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import type { Environment } from './config/environment.js';
import { capResponseSize } from './graphql/http/response-size.js';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter.js';
import { noStoreByDefault } from './graphql/http/cache-control.js';
import { GRAPHQL_PATH } from './graphql/http/graphql-path.js';
import { markPersistedQueryGets } from './graphql/persisted-queries/persisted-query-get.js';
import { createValidationPipe } from './graphql/validation.pipe.js';
import { QueryCounter } from './database/query-counter.js';
import { ReadRoute } from './database/read-route.js';
import { collectWrittenPages } from './read-model/written-pages.context.js';

export interface CreateAppOptions {
  /** Modules added beside the product's, e.g. the benchmark's in-memory baseline. */
  extraModules?: Array<Type | DynamicModule>;
}

/** Builds the app with the same pipes, filters and limits for the server, the tests and the benchmark. */
export async function createApp(env: Environment, databaseUrl: string, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(
      env,
      {
        url: databaseUrl,
        readUrl: env.DATABASE_READ_URL ?? null,
        poolMax: env.DATABASE_POOL_MAX,
        acquireTimeoutMs: env.DATABASE_POOL_ACQUIRE_TIMEOUT_MS,
        statementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      },
      options.extraModules,
    ),
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  app.use(app.get(QueryCounter).middleware);
  app.use(app.get(ReadRoute).middleware);
  app.use(collectWrittenPages);
  app.disable('x-powered-by');
  if (env.TRUST_PROXY !== undefined) app.set('trust proxy', trustProxy(env.TRUST_PROXY));
  app.use(GRAPHQL_PATH, noStoreByDefault);
  // JSON only: form-encoded bodies are a CSRF vector and nothing here needs them.
  app.useBodyParser('json', { limit: env.MAX_BODY_BYTES });
  app.use(GRAPHQL_PATH, markPersistedQueryGets);
  app.use(GRAPHQL_PATH, capResponseSize(env.GRAPHQL_MAX_RESPONSE_BYTES));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new GraphqlExceptionFilter());
  return app;
}

/** TRUST_PROXY as Express reads it: a hop count, true/false, or addresses and subnets. */
function trustProxy(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}
