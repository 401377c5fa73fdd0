// The server loads reflect-metadata before anything else; implicit conversion
// (PORT='3000' -> 3000) reads the design:type metadata it records.
import 'reflect-metadata';
import { Environment, environmentVariableNames, InvalidEnvironmentError, loadEnvironment } from './environment.js';

/** The variable names an InvalidEnvironmentError reports, read from its problems ("NAME=value: why"). */
function namesAtFault(source: NodeJS.ProcessEnv): string[] {
  try {
    loadEnvironment(source);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    return (error as InvalidEnvironmentError).problems.map((p) => p.slice(0, p.indexOf('='))).sort();
  }
  throw new Error(`expected ${JSON.stringify(source)} to be refused`);
}

describe('loadEnvironment', () => {
  it('loads every default from an empty environment', () => {
    const env = loadEnvironment({});
    expect(env).toBeInstanceOf(Environment);
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      HOST: '0.0.0.0',
      PORT: 3000,
      LOG_LEVEL: 'info',
      DATABASE_POOL_MAX: 10,
      EMBEDDED_PG_DIR: '.data/postgres',
      MIGRATE_ON_START: true,
      SEED_ON_EMPTY: true,
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.GRAPHQL_INTROSPECTION).toBeUndefined();
  });

  it.each<[string, NodeJS.ProcessEnv, keyof Environment, unknown]>([
    ['SEED_ON_EMPTY=false', { SEED_ON_EMPTY: 'false' }, 'SEED_ON_EMPTY', false],
    ['SEED_ON_EMPTY=true', { SEED_ON_EMPTY: 'true' }, 'SEED_ON_EMPTY', true],
    ['MIGRATE_ON_START=0', { MIGRATE_ON_START: '0' }, 'MIGRATE_ON_START', false],
    ['GRAPHQL_INTROSPECTION=false', { GRAPHQL_INTROSPECTION: 'false' }, 'GRAPHQL_INTROSPECTION', false],
    ['PORT=8080', { PORT: '8080' }, 'PORT', 8080],
    ['an empty PORT counts as unset', { PORT: '' }, 'PORT', 3000],
    ['DATABASE_URL=postgres://…', { DATABASE_URL: 'postgres://u@h:5432/d' }, 'DATABASE_URL', 'postgres://u@h:5432/d'],
    ['unknown variables are ignored', { PATH: '/bin', REDIS_HOST: 'x' }, 'PORT', 3000],
    ['REDIS_URL', { REDIS_URL: 'redis://127.0.0.1:6379' }, 'REDIS_URL', 'redis://127.0.0.1:6379'],
    ['DATABASE_READ_URL', { DATABASE_READ_URL: 'postgresql://r/podium' }, 'DATABASE_READ_URL', 'postgresql://r/podium'],
    ['PERSISTED_QUERIES_ONLY is off by default', {}, 'PERSISTED_QUERIES_ONLY', false],
    [
      'PERSISTED_QUERIES_ONLY with a manifest',
      { PERSISTED_QUERIES_ONLY: 'true', PERSISTED_QUERIES_MANIFEST: 'pq.json' },
      'PERSISTED_QUERIES_ONLY',
      true,
    ],
    ['a manifest without the allow-list', { PERSISTED_QUERIES_MANIFEST: 'pq.json' }, 'PERSISTED_QUERIES_MANIFEST', 'pq.json'],
    ['HTTP_CACHE_MAX_AGE_SECONDS=0', { HTTP_CACHE_MAX_AGE_SECONDS: '0' }, 'HTTP_CACHE_MAX_AGE_SECONDS', 0],
    ['READ_MODEL_HELD_MB is 24 by default', {}, 'READ_MODEL_HELD_MB', 24],
    ['READ_MODEL_HELD_MB=8', { READ_MODEL_HELD_MB: '8' }, 'READ_MODEL_HELD_MB', 8],
  ])('%s', (_case, source, name, expected) => {
    expect(loadEnvironment(source)[name]).toBe(expected);
  });

  it.each<[string, NodeJS.ProcessEnv, string[]]>([
    ['PORT=abc', { PORT: 'abc' }, ['PORT']],
    ['PORT=70000', { PORT: '70000' }, ['PORT']],
    ['DATABASE_URL=mysql://x', { DATABASE_URL: 'mysql://x' }, ['DATABASE_URL']],
    ['DATABASE_READ_URL=mysql://x', { DATABASE_READ_URL: 'mysql://x' }, ['DATABASE_READ_URL']],
    ['REDIS_URL=http://x', { REDIS_URL: 'http://x' }, ['REDIS_URL']],
    ['LOG_LEVEL=loud', { LOG_LEVEL: 'loud' }, ['LOG_LEVEL']],
    ['NODE_ENV=staging', { NODE_ENV: 'staging' }, ['NODE_ENV']],
    ['PERSISTED_QUERIES_ONLY without a manifest', { PERSISTED_QUERIES_ONLY: 'true' }, ['PERSISTED_QUERIES_MANIFEST']],
    ['HTTP_CACHE_MAX_AGE_SECONDS=-1', { HTTP_CACHE_MAX_AGE_SECONDS: '-1' }, ['HTTP_CACHE_MAX_AGE_SECONDS']],
    ['ADMIN_EMAIL without ADMIN_PASSWORD', { ADMIN_EMAIL: 'chief@example.org' }, ['ADMIN_PASSWORD']],
    ['ADMIN_PASSWORD without ADMIN_EMAIL', { ADMIN_PASSWORD: 'a long enough password' }, ['ADMIN_EMAIL']],
    ['an ADMIN_PASSWORD under 12 characters', { ADMIN_EMAIL: 'chief@example.org', ADMIN_PASSWORD: 'short' }, ['ADMIN_PASSWORD']],
    ['READ_MODEL_HELD_MB=0', { READ_MODEL_HELD_MB: '0' }, ['READ_MODEL_HELD_MB']],
    ['READ_MODEL_HELD_MB=1.5', { READ_MODEL_HELD_MB: '1.5' }, ['READ_MODEL_HELD_MB']],
    ['AUTH_LOGIN_MAX_FAILURES_PER_IP=0', { AUTH_LOGIN_MAX_FAILURES_PER_IP: '0' }, ['AUTH_LOGIN_MAX_FAILURES_PER_IP']],
    [
      'several bad variables',
      { PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', SEED_ON_EMPTY: 'false' },
      ['DATABASE_URL', 'LOG_LEVEL', 'PORT'],
    ],
  ])('refuses %s, naming exactly the variables at fault', (_case, source, expected) => {
    expect(namesAtFault(source)).toEqual(expected);
    expect(() => loadEnvironment(source)).toThrow(new RegExp(expected.join('|')));
  });

  it('names every variable it reads, optional ones included', () => {
    const names = environmentVariableNames();
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['DATABASE_URL', 'GRAPHQL_INTROSPECTION', 'PORT', 'SEED_ON_EMPTY']));
  });
});
