import { DynamicModule, Global, Module } from '@nestjs/common';
import { DatabaseProbe } from './database-probe.js';
import { DATABASE_OPTIONS, DatabaseOptions, PrismaService } from './prisma.service.js';
import { QueryCounter } from './query-counter.js';

@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseOptions): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: DATABASE_OPTIONS, useValue: options },
        QueryCounter,
        DatabaseProbe,
        { provide: PrismaService, useFactory: (counter: QueryCounter) => new PrismaService(options, counter), inject: [QueryCounter] },
      ],
      exports: [DATABASE_OPTIONS, PrismaService, QueryCounter, DatabaseProbe],
    };
  }
}
