import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type CreateAppOptions } from '../../src/app.factory.js';
import { Tokens } from '../../src/auth/tokens.js';
import type { Role } from '../../src/auth/viewer.js';
import { loadEnvironment } from '../../src/config/environment.js';
import { createPrismaClient } from '../../src/database/prisma-client.factory.js';
import { PrismaService } from '../../src/database/prisma.service.js';
import { QueryCounter } from '../../src/database/query-counter.js';
import { PublicChangeFeed } from '../../src/read-model/public-change-feed.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { createTestDatabase } from './test-database.js';
import { ensureTestUsers, type TestUser } from './test-users.js';

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
}

export interface TestApp {
  app: NestExpressApplication;
  databaseUrl: string;
  baseUrl: string;
  prisma: PrismaService;
  /** This app's own media folder (MEDIA_DIR), a temporary one removed on close unless the test gave its own. */
  mediaDir: string;
  /** Posts a GraphQL operation over HTTP, as a client would, signed in as the ADMIN. */
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** The same as another member of staff, or with no credentials at all. */
  gqlAs<T = Record<string, any>>(who: Role | 'anonymous', query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** One member of staff per role, with their password. */
  users: Record<Role, TestUser>;
  /** A fresh access token of a role's user. */
  tokenFor(role: Role): Promise<string>;
  /** `Authorization` for requests a test sends itself, as the ADMIN. */
  adminHeaders: Record<string, string>;
  /** Waits until no stored page waits for a rebuild and no background job is due. */
  pagesSettled(): Promise<void>;
  /** Runs `fn` and returns how many SQL statements the server sent serving its requests (background jobs not counted). */
  countQueries(fn: () => Promise<unknown>): Promise<number>;
  /**
   * Runs `fn` several times and returns the fewest and most statements seen. DataLoader
   * batches by timing, so a load that starts at two depths of the tree may share one
   * statement or take two depending on when the database answers: the count is bounded,
   * not exact, and comparisons use the range.
   */
  statementRange(fn: () => Promise<unknown>, runs?: number): Promise<{ min: number; max: number }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Load reference data and the demo story first (default true). */
  seed?: boolean;
  /** With the seed, also the demo story (default false: most tests build their own stories). */
  story?: boolean;
  env?: Record<string, string>;
  /** Serve this existing database instead of a fresh clone (a second instance); it is not dropped on close. */
  databaseUrl?: string;
  /** Modules added to the app, e.g. a LogCapture's. */
  extraModules?: CreateAppOptions['extraModules'];
}

/** A server on its own database (a clone of the migrated template), listening on a free port. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: () => Promise.resolve() } : await createTestDatabase();
  if (!options.databaseUrl && (options.seed ?? true)) {
    const seeder = createPrismaClient({ url: database.url, poolMax: 2 });
    await seedDatabase(seeder, { demo: true, story: options.story ?? false });
    await seeder.$disconnect();
  }
  // Each app stores media in a folder of its own, so tests never see each other's files.
  const ownMediaDir = options.env?.MEDIA_DIR === undefined ? await mkdtemp(join(tmpdir(), 'podium-media-')) : null;
  // The response cache would answer repeated queries without SQL; tests that want it turn it on.
  const env = loadEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    RESPONSE_CACHE_TTL_SECONDS: '0',
    // Production refuses to start without a signing key of its own.
    AUTH_JWT_SECRET: 'a signing key for the test servers only, not secret',
    ...(ownMediaDir ? { MEDIA_DIR: ownMediaDir } : {}),
    ...options.env,
  });
  const app = await createApp(env, database.url, { extraModules: options.extraModules });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const counter = app.get(QueryCounter);
  const prisma = app.get(PrismaService);
  const users = await ensureTestUsers(prisma);
  const tokens = app.get(Tokens);
  const tokenFor = (role: Role) => tokens.signAccessToken(users[role]);
  const adminToken = await tokenFor('ADMIN');
  // Background jobs (event dispatch after a write) share the statement counter: a count waits until none is due.
  const jobsDrained = async () => {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const [{ due }] = await prisma.$queryRaw<{ due: number }[]>`
        SELECT count(*)::int AS due FROM graphile_worker.jobs WHERE run_at <= now() AND attempts < max_attempts`;
      if (due === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const post = async <T>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResponse<T>, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };

  return {
    app,
    databaseUrl: database.url,
    baseUrl,
    prisma,
    mediaDir: env.MEDIA_DIR,
    users,
    tokenFor,
    adminHeaders: { authorization: `Bearer ${adminToken}` },
    gql: <T>(query: string, variables?: Record<string, unknown>) => post<T>(adminToken, query, variables),
    gqlAs: async <T>(who: Role | 'anonymous', query: string, variables?: Record<string, unknown>) =>
      post<T>(who === 'anonymous' ? null : await tokenFor(who), query, variables),
    async pagesSettled() {
      for (let waited = 0; waited < 20_000; waited += 50) {
        await jobsDrained();
        const [{ stale }] = await prisma.$queryRaw<{ stale: number }[]>`
          SELECT count(*)::int AS stale FROM "ReadDocument" WHERE state = 'STALE'`;
        // Caches have heard of every rebuilt page once the notices sent so far are in.
        if (stale === 0) return app.get(PublicChangeFeed).sync();
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('Stored pages still STALE after 20 s');
    },
    async countQueries(fn) {
      await jobsDrained();
      const before = counter.requestCount;
      await fn();
      return counter.requestCount - before;
    },
    async statementRange(fn, runs = 5) {
      const counts: number[] = [];
      for (let i = 0; i < runs; i++) {
        await jobsDrained();
        const before = counter.requestCount;
        await fn();
        counts.push(counter.requestCount - before);
      }
      return { min: Math.min(...counts), max: Math.max(...counts) };
    },
    async close() {
      await app.close();
      await database.drop();
      if (ownMediaDir) await rm(ownMediaDir, { recursive: true, force: true });
    },
  };
}

/** The codes of a response's errors, for compact assertions. */
export function errorCodes(response: GqlResponse): string[] {
  return (response.errors ?? []).map((e) => e.extensions.code);
}
