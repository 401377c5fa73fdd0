import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export interface PrismaClientOptions {
  url: string;
  poolMax?: number;
  acquireTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** A Prisma client over node-postgres with a bounded pool; used by the server, the seed and the CLIs. */
export function createPrismaClient(options: PrismaClientOptions): PrismaClient {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolMax ?? 10,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 15000,
    idleTimeoutMillis: 30000,
  });
  return new PrismaClient({ adapter });
}
