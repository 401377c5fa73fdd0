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

const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

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
    const reads = Array.from({ length: 20 }, () => api.gql('{ slowRead(ms: 400) }'));
    await new Promise((wake) => setTimeout(wake, 100));

    const write = await timed(() => api.gql(`mutation { createPerson(input: { displayName: "Pool Probe" }) { slug } }`));
    expect(write.value.errors).toBeUndefined();
    expect(write.ms).toBeLessThan(1000);
    const ready = await timed(() => fetch(`${api.baseUrl}/health/ready`));
    expect(ready.value.status).toBe(200);
    expect(ready.ms).toBeLessThan(500);
    const live = await timed(() => fetch(`${api.baseUrl}/health/live`));
    expect(live.ms).toBeLessThan(50);

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
