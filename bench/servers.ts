import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createApp } from '../src/app.factory.js';
import { type Environment, loadEnvironment } from '../src/config/environment.js';
import { Tokens } from '../src/auth/tokens.js';
import { QueryCounter } from '../src/database/query-counter.js';
import { PrismaService } from '../src/database/prisma.service.js';
import { RENDITIONS_TASK } from '../src/modules/media/rendition-requests.js';
import { BaselinePayloads, BenchBaselineModule } from './baseline.module.js';
import { TypedBaselineModule } from './typed-baseline.module.js';

/**
 * The media folder every instance of a run shares, as instances behind one load balancer
 * share their storage.
 */
export const BENCH_MEDIA_DIR = join(tmpdir(), `podium-bench-media-${process.pid}`);

/** Production refuses to start without a signing key; one per bench run, shared by its instances. */
export const JWT_SECRET = randomBytes(32).toString('hex');

/** Which app instance a request goes to. */
export type ServerName = 'uncached' | 'cached' | 'typed';

export interface BenchServer {
  name: ServerName;
  url: string;
  env: Environment;
  /** This instance's statement counter (each app has its own). */
  counter: QueryCounter;
  /** Only the uncached instance serves the in-memory baselines. */
  payloads: BaselinePayloads | null;
  /** Requests this instance began so far. */
  started(): number;
  /** An access token of an editor (created on first use), for the write cases: mutations need a role. */
  editorToken(): Promise<string>;
  /** An access token of an admin (created on first use), for what only admins may do. */
  adminToken(): Promise<string>;
  /**
   * Waits until requests cut off when a run stops have finished their SQL: no statement of
   * this instance for 250 ms and none running in the database.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One app instance in this process on its own port of 127.0.0.1, as the production image runs
 * it (NODE_ENV=production), with logging off. `uncached` sets RESPONSE_CACHE_TTL_SECONDS=0 and
 * adds the JSON baseline module (unless `baseline` is false); `cached` keeps the server's
 * default cache settings; `typed` is `uncached` with its pages read from memory (the typed
 * baseline).
 */
export async function startServer(name: ServerName, databaseUrl: string, options: { baseline?: boolean } = {}): Promise<BenchServer> {
  const env = loadEnvironment({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: JWT_SECRET,
    MEDIA_DIR: BENCH_MEDIA_DIR,
    // The photo desk's instance, in a process of its own, renders every photo it takes: its
    // story pages are measured while it does, so none of its renders may run here instead.
    JOBS_SKIP: RENDITIONS_TASK,
    // Cached answers outlive a row's interleaved slices (the default of 60 s would not).
    RESPONSE_CACHE_TTL_SECONDS: name === 'cached' ? '600' : '0',
  });
  const withBaseline = name === 'uncached' && options.baseline !== false;
  const extraModules = [...(withBaseline ? [BenchBaselineModule] : []), ...(name === 'typed' ? [TypedBaselineModule] : [])];
  const app = await createApp(env, databaseUrl, { extraModules });
  // Requests the server began, so SQL is divided by the requests that issued it, including
  // those still in flight when autocannon stops (they finish, but autocannon does not count them).
  let started = 0;
  app.use((_request: unknown, _response: unknown, next: () => void) => {
    started += 1;
    next();
  });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const counter = app.get(QueryCounter);
  const tokenFor = async (role: 'ADMIN' | 'EDITOR') => {
    const email = `bench-${role.toLowerCase()}@podium.test`;
    const user = await app.get(PrismaService).user.upsert({
      where: { email },
      // Never logs in with a password: the bench signs its token directly.
      create: { email, role, displayName: `Bench ${role.toLowerCase()}`, passwordHash: '!' },
      update: {},
    });
    return app.get(Tokens).signAccessToken(user);
  };
  const monitor = new pg.Client({ connectionString: databaseUrl });
  await monitor.connect();
  const activeStatements = async () =>
    (
      await monitor.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active' AND pid <> pg_backend_pid()`,
      )
    ).rows[0].n;
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    env,
    counter,
    payloads: withBaseline ? app.get(BaselinePayloads) : null,
    started: () => started,
    editorToken: () => tokenFor('EDITOR'),
    adminToken: () => tokenFor('ADMIN'),
    async settle() {
      for (let last = -1, active = 1; last !== counter.count || active > 0;) {
        last = counter.count;
        await sleep(250);
        active = await activeStatements();
      }
    },
    async close() {
      await monitor.end();
      await app.close();
    },
  };
}
