import type { Prisma } from '../generated/prisma/client.js';

/** What the seed steps write through: a transaction client (a PrismaClient also fits). */
export type SeedClient = Prisma.TransactionClient;

export type SeedLog = (message: string) => void;
