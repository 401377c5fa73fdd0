import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module, type Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule } from './auth/auth.module.js';
import { ConfigModule } from './config/config.module.js';
import type { Environment } from './config/environment.js';
import { DatabaseModule } from './database/database.module.js';
import type { DatabaseOptions } from './database/prisma.service.js';
import { GraphqlOptions } from './graphql/graphql-options.js';
import { IdempotencyModule } from './graphql/idempotency/idempotency.module.js';
import { RelayModule } from './graphql/relay/relay.module.js';
import { ResponseCacheModule } from './graphql/response-cache/response-cache.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { LoggingModule } from './logging/logging.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NewsroomModules } from './modules/newsroom.modules.js';
import { SportsModules } from './modules/sports.modules.js';

@Module({})
export class AppModule {
  static forRoot(env: Environment, database: DatabaseOptions, extraModules: Array<Type | DynamicModule> = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggingModule,
        DatabaseModule.forRoot(database),
        AuthModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ResponseCacheModule, MetricsModule, IdempotencyModule],
          useClass: GraphqlOptions,
        }),
        HealthModule,
        JobsModule,
        MetricsModule,
        RelayModule,
        ...SportsModules,
        ...NewsroomModules,
        ...extraModules,
      ],
    };
  }
}
