import { createHash } from 'node:crypto';
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
  return new pg.Pool(poolConfig(options));
}

export function poolConfig(options: PrismaClientOptions): pg.PoolConfig {
  return {
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 15000,
    // The server enforces statement_timeout only while it runs; a frozen or unreachable one
    // never answers, so the client gives up after the same time.
    query_timeout: (options.statementTimeoutMs ?? 15000) + 1000,
    idleTimeoutMillis: 30000,
  };
}

/** The node-postgres adapter over `pool` (a new one when absent); disconnecting Prisma ends the pool. */
export function createPgAdapter(options: PrismaClientOptions, pool: pg.Pool = createPool(options)): PrismaPg {
  return new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: preparedStatementName });
}

const names = new Map<string, string>();
const MAX_NAMES = 10_000;

/**
 * Every statement Prisma sends is a named (prepared) statement: each connection parses and
 * plans a statement's text once, where an unnamed one is planned on every execution (a millisecond
 * or more of PostgreSQL's time for the joins of a story page's loaders). The name is the text's
 * hash; the texts come from a bounded set of query shapes.
 */
export function preparedStatementName(query: { sql: string }): string {
  let name = names.get(query.sql);
  if (!name) {
    name = `prisma_${createHash('sha1').update(query.sql).digest('hex').slice(0, 24)}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(query.sql, name);
  }
  return name;
}

/** A Prisma client for the seed and the CLIs; the server's is PrismaService. */
export function createPrismaClient(options: PrismaClientOptions): PrismaClient {
  return new PrismaClient({ adapter: createPgAdapter(options) });
}
