import { Module } from '@nestjs/common';
import { Args, Field, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PrismaService } from '../../src/database/prisma.service.js';
import { required } from '../../src/common/required.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';

@ObjectType({ description: 'Test only: what a slow read returns.' })
class SlowParent {
  @Field(() => Int, { description: 'How long it slept.' })
  ms: number;
}

@Resolver(() => SlowParent)
class SlowParentResolver {
  constructor(private readonly prisma: PrismaService) {}

  @Query(() => SlowParent, { description: 'Test only: sleeps in the database.' })
  async slowParent(@Args('ms', { type: () => Int }) ms: number): Promise<SlowParent> {
    await this.prisma.$queryRaw`SELECT 1 AS slept FROM pg_sleep(${ms}::float8 / 1000)`;
    return { ms };
  }

  @ResolveField(() => Int, { description: 'Test only: a field resolved after the parent.' })
  async child(@Parent() parent: SlowParent): Promise<number> {
    await this.prisma.$queryRaw`SELECT 1 AS one`;
    return parent.ms + 1;
  }
}

@Module({ providers: [SlowParentResolver] })
class SlowParentModule {}

describe('execution deadline', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: false, extraModules: [SlowParentModule], env: { GRAPHQL_EXECUTION_TIMEOUT_MS: '150' } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('starts no resolver past the request’s time budget: the late field answers QUERY_TIMEOUT without its SQL', async () => {
    let response: GqlResponse | undefined;
    const statements = await api.countQueries(async () => {
      response = await api.gql('{ slowParent(ms: 400) { ms child } }');
    });
    const answer = required(response, 'the answer');
    expect(new Set(errorCodes(answer))).toEqual(new Set(['QUERY_TIMEOUT']));
    // Its fields, starting after the budget, answer the error; the child's statement never ran.
    expect(answer.errors?.[0]?.path?.[0]).toBe('slowParent');
    expect(statements).toBe(1);
  });

  it('lets a request inside its budget through', async () => {
    const response = await api.gql('{ slowParent(ms: 10) { ms child } }');
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ slowParent: { ms: 10, child: 11 } });
  });
});
