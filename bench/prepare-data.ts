// Child process of the benchmark: migrates, seeds and generates data in its own process,
// so the migration engine and the seeding leave nothing in the server's resident memory.
import { applyMigrations } from '../src/database/migrations/migrator.js';
import { createPrismaClient } from '../src/database/prisma-client.factory.js';
import { seedDatabase } from '../src/database/seed/seed.js';
import { readInput, respond } from './child.js';
import { type DataSize, generateData, type GeneratedData } from './generate.js';

export interface PrepareRequest {
  url: string;
  size: DataSize;
}

const { url, size } = await readInput<PrepareRequest>();
await applyMigrations(url);
const prisma = createPrismaClient({ url, poolMax: 4 });
let generated: GeneratedData;
try {
  await seedDatabase(prisma, { demo: true });
  generated = await generateData(prisma, size);
} finally {
  await prisma.$disconnect();
}
respond(generated);
