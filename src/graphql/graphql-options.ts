import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import { ViewerResolver } from '../auth/viewer-resolver.js';
import { AppConfig } from '../config/app-config.js';
import { Metrics } from '../metrics/metrics.js';
import { metricsPlugin } from '../metrics/metrics.plugin.js';
import { fieldErrorsPlugin } from './field-errors.plugin.js';
import { formatError } from './format-error.js';
import { idempotencyPlugin } from './idempotency/idempotency.plugin.js';
import { IdempotencyRepository } from './idempotency/idempotency.repository.js';
import { cacheControlPlugin } from './http/cache-control.js';
import { GRAPHQL_PATH } from './http/graphql-path.js';
import { statusCodesPlugin } from './http/status-codes.plugin.js';
import { queryLimits } from './limits/query-limits.js';
import { withExecutionDeadline } from './limits/execution-deadline.js';
import { queryCostPlugin } from './limits/query-cost.plugin.js';
import { Gate, readGatePlugin } from './limits/read-gate.js';
import { persistedQueries } from './persisted-queries/persisted-queries.js';
import { CSRF_PREVENTION_HEADERS } from './persisted-queries/persisted-query-get.js';
import { inputHygienePlugin } from './input-hygiene.plugin.js';
import { requestContextFactory } from './request-context.js';
import { describeRootTypes } from './root-descriptions.js';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { DocumentExecutor } from '../read-model/document-executor.js';
import { documentPathPlugin } from '../read-model/document-path.plugin.js';
import { PublicChangeFeed } from '../read-model/public-change-feed.js';
import { ResponseCache } from './response-cache/response-cache.js';
import { ReadRoute } from '../database/read-route.js';
import { readRoutePlugin } from './read-route.plugin.js';
import { WrittenPages } from '../read-model/written-pages.js';
import { sentNotice } from '../read-model/written-pages.context.js';
import { readYourWritesPlugin, responseCachePlugin } from './response-cache/response-cache.plugin.js';

/** What a plain list costs when its field declares no bound of its own. */
const DEFAULT_LIST_SIZE = 100;

/** Apollo options: limits on every query, no batching, no internals in errors. */
@Injectable()
export class GraphqlOptions implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly config: AppConfig,
    private readonly responseCache: ResponseCache,
    private readonly pages: DocumentExecutor,
    private readonly changes: PublicChangeFeed,
    private readonly writtenPages: WrittenPages,
    private readonly readRoute: ReadRoute,
    private readonly metrics: Metrics,
    private readonly idempotency: IdempotencyRepository,
    private readonly viewers: ViewerResolver,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const limits = this.config.graphql;
    const database = this.config.database;
    const armor = queryLimits({ ...limits, hideSchemaDetails: this.config.isProduction });
    const persisted = persistedQueries(this.config.persistedQueries);

    return {
      autoSchemaFile: true,
      sortSchema: true,
      transformSchema: (schema) => withExecutionDeadline(describeRootTypes(schema)),
      path: GRAPHQL_PATH,
      context: requestContextFactory(limits.executionTimeoutMs, (req) => this.viewers.resolve(req)),
      // The auth guard runs on field resolvers too, for the fields only staff may read.
      fieldResolverEnhancers: ['guards'],
      introspection: limits.introspection,
      playground: false,
      plugins: [
        ...armor.plugins,
        ...persisted.plugins,
        metricsPlugin(this.metrics),
        readRoutePlugin(this.readRoute),
        fieldErrorsPlugin(),
        idempotencyPlugin(this.idempotency),
        statusCodesPlugin(),
        cacheControlPlugin(this.config.httpCacheMaxAgeSeconds),
        // Cache hints are not used (the response cache tags answers by the pages they read), and
        // Apollo's hint collection would wrap every resolver.
        ApolloServerPluginCacheControlDisabled(),
        responseCachePlugin(this.responseCache, this.pages),
        readYourWritesPlugin(async () => {
          await this.writtenPages.build();
          // A write readers cannot see (a draft's save) sent no notice: there is nothing to wait for.
          if (this.responseCache.enabled && sentNotice()) await this.changes.sync();
        }),
        // After the response cache, in this order: checks that a cached answer has passed
        // already, then a slot for the reads that execute, then the stored pages for the queries
        // they cover (the live path for the rest).
        inputHygienePlugin(),
        queryCostPlugin(limits.maxCost, { defaultListSize: DEFAULT_LIST_SIZE }),
        readGatePlugin(new Gate(database.readConcurrency), database.acquireTimeoutMs),
        documentPathPlugin(this.pages),
        ...(limits.introspection ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
      ],
      validationRules: armor.validationRules,
      parseOptions: armor.parseOptions,
      allowBatchedHttpRequests: false,
      // Nest would reset every answer with data to 200; the status-codes plugin sets the statuses (429 for a refused login).
      preserveHttpStatusForExecutionErrors: false,
      persistedQueries: persisted.options,
      csrfPrevention: { requestHeaders: CSRF_PREVENTION_HEADERS },
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: this.config.isProduction,
      formatError: (formatted, error) => formatError(formatted, error),
    };
  }
}
