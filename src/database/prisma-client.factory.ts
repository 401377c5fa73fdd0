import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export interface PrismaClientOptions {
  url: string;
  poolMax?: number;
  acquireTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** The node-postgres adapter with a bounded pool and an acquire timeout, as every client here uses it. */
export function createPgAdapter(options: PrismaClientOptions): PrismaPg {
  return new PrismaPg({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 15000,
    idleTimeoutMillis: 30000,
  });
}

/** A Prisma client for the seed and the CLIs; the server's is PrismaService. */
export function createPrismaClient(options: PrismaClientOptions): PrismaClient {
  return new PrismaClient({ adapter: createPgAdapter(options) });
}
