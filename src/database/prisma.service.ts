import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PrismaClient } from '../generated/prisma/client.js';
import pg from 'pg';
import { createPgAdapter, createPool } from './prisma-client.factory.js';
import { QueryCounter } from './query-counter.js';

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
}

export const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

/** The app's Prisma client: one bounded pool, every statement counted. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private readonly logger = new Logger(PrismaService.name);

  /** The connection pool, for its counts (metrics); queries go through Prisma. */
  readonly pool: pg.Pool;

  constructor(
    options: DatabaseOptions,
    readonly queries: QueryCounter,
    pool: pg.Pool = createPool(options),
  ) {
    super({
      adapter: createPgAdapter(options, pool),
      log: [{ emit: 'event', level: 'query' }],
    });
    this.pool = pool;
    // The client's type does not carry the log option of a subclass; the event is there at run time.
    (this as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => {
      this.queries.increment();
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    this.logger.log('Database connections closed');
  }
}
