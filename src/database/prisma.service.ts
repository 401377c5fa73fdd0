import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { type Prisma, PrismaClient } from '../generated/prisma/client.js';
import pg from 'pg';
import { createPgAdapter, createPool, poolConfig, preparedStatementName } from './prisma-client.factory.js';
import { ReadRoute, RoutingPool } from './read-route.js';
import { QueryCounter } from './query-counter.js';

export interface DatabaseOptions {
  url: string;
  /** A read replica for readers' queries (DATABASE_READ_URL); null: everything on `url`. */
  readUrl?: string | null;
  poolMax: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
}

export const DATABASE_OPTIONS = Symbol('DATABASE_OPTIONS');

const utcDate = (value: string) => new Date(`${value}T00:00:00Z`);
/** As Prisma reads them: a calendar date is midnight UTC, whatever the server's time zone. */
type GetTypeParser = pg.CustomTypesConfig['getTypeParser'];
const PREPARED_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((...[oid, format]: Parameters<GetTypeParser>): unknown =>
    oid === pg.types.builtins.DATE ? utcDate : (pg.types.getTypeParser(oid, format) as unknown)) as GetTypeParser,
};

/** The app's Prisma client: one bounded pool, every statement counted. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  private readonly logger = new Logger(PrismaService.name);

  /** The connection pool, for its counts (metrics) and queryPrepared; other queries go through Prisma. */
  readonly pool: pg.Pool;

  constructor(
    options: DatabaseOptions,
    readonly queries: QueryCounter,
    route: ReadRoute = new ReadRoute(),
    pool: pg.Pool = options.readUrl
      ? new RoutingPool(poolConfig(options), new pg.Pool(poolConfig({ ...options, url: options.readUrl })), route)
      : createPool(options),
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

  /**
   * A read on the hot path of public pages, through the pool as a named statement: each
   * connection prepares it once and PostgreSQL reuses its plan (a story list by person plans
   * five joined arms, which costs more than running them). Counted like Prisma's statements;
   * the text must come from a bounded set of shapes (values go in parameters).
   */
  async queryPrepared<T extends pg.QueryResultRow>(query: Prisma.Sql): Promise<T[]> {
    this.queries.increment();
    const name = preparedStatementName({ sql: query.text });
    const result = await this.pool.query<T>({ name, text: query.text, values: query.values, types: PREPARED_TYPES });
    return result.rows;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
    this.logger.log('Database connections closed');
  }
}
