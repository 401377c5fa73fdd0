import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';

export interface PrismaClientOptions {
  url: string;
  poolMax?: number;
  acquireTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** A bounded pool with an acquire timeout and a statement timeout, as every client here uses it. */
export function createPool(options: PrismaClientOptions): pg.Pool {
  return new pg.Pool({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 15000,
    // The server enforces statement_timeout only while it runs; a frozen or unreachable one
    // never answers, so the client gives up after the same time.
    query_timeout: (options.statementTimeoutMs ?? 15000) + 1000,
    idleTimeoutMillis: 30000,
  });
}

/** The node-postgres adapter over `pool` (a new one when absent); disconnecting Prisma ends the pool. */
export function createPgAdapter(options: PrismaClientOptions, pool: pg.Pool = createPool(options)): PrismaPg {
  return new PrismaPg(pool, { disposeExternalPool: true });
}

/** A Prisma client for the seed and the CLIs; the server's is PrismaService. */
export function createPrismaClient(options: PrismaClientOptions): PrismaClient {
  return new PrismaClient({ adapter: createPgAdapter(options) });
}
