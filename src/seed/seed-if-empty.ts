import { createPrismaClient } from '../database/prisma-client.factory.js';
import { isDatabaseEmpty, seedDatabase } from './seed.js';

/** At start, on an empty database: the reference data and the demo story. */
export async function seedIfEmpty(url: string, log: (message: string) => void): Promise<void> {
  const prisma = createPrismaClient({ url, poolMax: 2 });
  try {
    if (!(await isDatabaseEmpty(prisma))) return;
    log('Empty database: loading reference data and the demo story');
    await seedDatabase(prisma, { demo: true, log });
  } finally {
    await prisma.$disconnect();
  }
}
