import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';
import { AppConfig } from '../config/app-config.js';
import { ErrorCode } from '../common/errors/error-codes.js';
import { Metrics } from '../metrics/metrics.js';
import { metricsPlugin } from '../metrics/metrics.plugin.js';
import { inputHygienePlugin } from './input-hygiene.plugin.js';
import { createRequestContext } from './request-context.js';
import { CacheGeneration } from './response-cache/cache-generation.js';
import { responseCachePlugins } from './response-cache/response-cache.plugins.js';

/** Apollo options: limits on every query, no batching, no internals in errors. */
@Injectable()
export class GraphqlOptions implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly config: AppConfig,
    private readonly cacheGeneration: CacheGeneration,
    private readonly metrics: Metrics,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    const limits = this.config.graphql;
    const armor = new ApolloArmor({
      maxDepth: { n: limits.maxDepth, flattenFragments: true },
      maxAliases: { n: limits.maxAliases },
      maxTokens: { n: limits.maxTokens },
      maxDirectives: { n: 20 },
      costLimit: { maxCost: limits.maxCost },
      blockFieldSuggestion: { enabled: this.config.isProduction },
    }).protect();

    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      context: createRequestContext,
      introspection: limits.introspection,
      playground: false,
      // graphql-armor's types come from Apollo's CommonJS build, ours from its ES build: same objects.
      plugins: [
        ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
        metricsPlugin(this.metrics),
        inputHygienePlugin(),
        ...responseCachePlugins(this.cacheGeneration, this.config.responseCache),
        ...(limits.introspection ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })] : []),
      ],
      validationRules: armor.validationRules,
      allowBatchedHttpRequests: false,
      csrfPrevention: true,
      includeStacktraceInErrorResponses: false,
      hideSchemaDetailsFromClientErrors: this.config.isProduction,
      formatError: (formatted) => formatError(formatted),
    };
  }
}

/** Every error leaves with a code; unexpected ones leave without their text. */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  const message = code === ErrorCode.INTERNAL_SERVER_ERROR ? 'Internal server error' : formatted.message;
  return { ...formatted, message, extensions: { ...extensions, code } };
}
