// Used by the Prisma CLI (generate; migrate deploy for users who have Prisma's engine).
// The server applies migrations itself through the Wasm schema engine (src/database/migrations).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'npm run db:seed' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/podium' },
});
