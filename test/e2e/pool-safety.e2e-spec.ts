import { Module } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { PrismaService } from '../../src/database/prisma.service.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

/** A read that holds a database connection for a while, as a heavy page does. */
@Resolver()
class SlowReadResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Query(() => Int, { description: 'Test only: sleeps in the database.' })
  async slowRead(@Args('ms', { type: () => Int }) ms: number): Promise<number> {
    await this.prisma.$queryRaw`SELECT 1 AS slept FROM pg_sleep(${ms}::float8 / 1000)`;
    return ms;
  }
}

@Module({ providers: [SlowReadResolver] })
class SlowReadModule {}

describe('pool safety: heavy reads cannot starve writes or health checks', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({
      seed: false,
      extraModules: [SlowReadModule],
      env: { DATABASE_POOL_MAX: '4', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '20000', GRAPHQL_MAX_ALIASES: '30' },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  it('keeps two connections for writes and the probe its own while twenty slow reads run', async () => {
    // Ordering, not wall time: with reads free to take the whole pool, the write would queue
    // behind every read already waiting for a connection and finish after nearly all of them.
    let readsDone = 0;
    const reads = Array.from({ length: 20 }, () =>
      api.gql('{ slowRead(ms: 400) }').then((answer) => {
        readsDone += 1;
        return answer;
      }),
    );
    await new Promise((wake) => setTimeout(wake, 100));
    const sleeping = await api.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND query LIKE '%pg_sleep%' AND state = 'active' AND pid <> pg_backend_pid()`;
    expect(sleeping[0]?.count).toBeLessThanOrEqual(2);

    const write = await api.gql(`mutation { createPerson(input: { displayName: "Pool Probe" }) { slug } }`);
    expect(write.errors).toBeUndefined();
    const readsDoneAtWrite = readsDone;
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    const readsDoneAtReady = readsDone;
    expect(readsDoneAtWrite).toBeLessThanOrEqual(4);
    expect(readsDoneAtReady).toBeLessThanOrEqual(4);

    const answers = await Promise.all(reads);
    expect(answers.every((answer) => answer.data?.slowRead === 400)).toBe(true);
    expect(await api.prisma.person.count({ where: { slug: 'pool-probe' } })).toBe(1);
  });

  it('answers a read that waited too long for a slot with SERVICE_UNAVAILABLE, retryable', async () => {
    const short = await createTestApp({
      seed: false,
      extraModules: [SlowReadModule],
      env: { DATABASE_POOL_MAX: '3', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '300' },
    });
    try {
      const answers = await Promise.all(Array.from({ length: 4 }, () => short.gql('{ slowRead(ms: 800) }')));
      const refused = answers.filter((answer) => answer.errors?.[0]?.extensions.code === 'SERVICE_UNAVAILABLE');
      expect(refused.length).toBeGreaterThanOrEqual(2);
      for (const answer of refused) {
        expect(answer.status).toBe(503);
        expect(answer.errors?.[0]?.extensions.retryable).toBe(true);
      }
      expect(answers.filter((answer) => answer.data?.slowRead === 800).length).toBeGreaterThanOrEqual(1);
    } finally {
      await short.close();
    }
  });
});
