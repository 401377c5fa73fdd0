import { DynamicModule, Global, Module } from '@nestjs/common';
import { DatabaseProbe } from './database-probe.js';
import { DATABASE_OPTIONS, DatabaseOptions, PrismaService } from './prisma.service.js';
import { QueryCounter } from './query-counter.js';
import { ReadRoute } from './read-route.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_OPTIONS, useValue: options },
        QueryCounter,
        ReadRoute,
        DatabaseProbe,
        {
          provide: PrismaService,
          useFactory: (counter: QueryCounter, route: ReadRoute) => new PrismaService(options, counter, route),
          inject: [QueryCounter, ReadRoute],
        },
      ],
      exports: [DATABASE_OPTIONS, PrismaService, QueryCounter, ReadRoute, DatabaseProbe],
    };
  }
}
