// docker-compose.yml, .env.example and the Dockerfile are read by people and by Docker,
// never by the test suite's app: these checks keep them in step with the one
// configuration schema (src/config/environment.ts) and with the deployment's shape.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Environment, environmentVariableNames, loadEnvironment } from '../../src/config/environment.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

interface ComposeService {
  image?: string;
  build?: string | { context?: string };
  ports?: Array<string | number | { target?: number; published?: string | number }>;
  environment?: Record<string, unknown> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[]; disable?: boolean };
}

/** Compose accepts `environment` as a map or as a list of NAME=value. */
function environmentOf(service: ComposeService): Record<string, unknown> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry) => [entry.split('=', 1)[0], entry.slice(entry.indexOf('=') + 1)]));
}

/** The container port of a `ports` entry ("3000", "3000:3000", "127.0.0.1:8080:3000/tcp", long form). */
function containerPort(entry: string | number | { target?: number }): number | undefined {
  if (typeof entry === 'object') return entry.target;
  return Number(String(entry).split('/')[0].split(':').pop());
}

function healthcheckCommand(service: ComposeService): string {
  const test = service.healthcheck?.test;
  if (service.healthcheck?.disable || test === undefined || test[0] === 'NONE') return '';
  return Array.isArray(test) ? test.join(' ') : test;
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as { services?: Partial<Record<string, ComposeService>> };
  const services = compose.services ?? {};
  const api = services.api ?? {};
  const apiEnv = environmentOf(api);

  it('defines the postgres, redis and api services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'api']));
  });

  it('runs PostgreSQL 17, with a pg_isready healthcheck', () => {
    const [name, tag = 'latest'] = (services.postgres?.image ?? '').split(':');
    expect(name).toBe('postgres');
    expect(tag.split(/[.-]/)[0]).toBe('17');
    expect(healthcheckCommand(services.postgres ?? {})).toContain('pg_isready');
  });

  it('runs Redis with a redis-cli ping healthcheck', () => {
    expect(services.redis?.image).toMatch(/^redis:/);
    expect(healthcheckCommand(services.redis ?? {})).toMatch(/redis-cli.*ping/);
  });

  it('builds the api from the repository', () => {
    const context = typeof api.build === 'string' ? api.build : api.build?.context;
    expect(context).toMatch(/^\.\/?$/);
  });

  it('publishes the api on port 3000', () => {
    expect((api.ports ?? []).map(containerPort)).toContain(3000);
    expect(apiEnv.PORT ?? '3000').toBe('3000');
  });

  it('checks the api health on /health/ready', () => {
    expect(healthcheckCommand(api)).toContain('/health/ready');
  });

  it('starts the api once postgres is healthy', () => {
    const dependsOn = api.depends_on;
    expect(dependsOn).toBeDefined();
    expect(Array.isArray(dependsOn)).toBe(false);
    expect((dependsOn as Partial<Record<string, { condition?: string }>>).postgres?.condition).toBe('service_healthy');
  });

  it('gives the api only variables of the configuration schema', () => {
    const names = Object.keys(apiEnv);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !environmentVariableNames().includes(name))).toEqual([]);
  });

  it('quotes every api value (bare booleans are refused by some Compose versions)', () => {
    expect(Object.entries(apiEnv).filter(([, value]) => typeof value !== 'string')).toEqual([]);
  });

  it('gives the api values the configuration schema accepts', () => {
    // What the deployer's .env gives the variables compose interpolates.
    const deployer: Record<string, string> = { AUTH_JWT_SECRET: 'k'.repeat(48) };
    const interpolated = (value: string) =>
      value.replace(/\$\{(\w+):-([^}]*)\}/g, (_all, name: string, fallback: string) => deployer[name] ?? fallback);
    const env = loadEnvironment(Object.fromEntries(Object.entries(apiEnv).map(([name, value]) => [name, interpolated(String(value))])));
    expect(env.NODE_ENV).toBe('production');
    expect(env.SEED_ON_EMPTY).toBe(true);
  });

  it('points the api at the postgres service with its credentials', () => {
    const url = new URL(String(apiEnv.DATABASE_URL));
    const postgresEnv = environmentOf(services.postgres ?? {});
    expect(url.hostname).toBe('postgres');
    expect(url.port || '5432').toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(postgresEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(postgresEnv.POSTGRES_PASSWORD);
    expect(url.pathname.slice(1)).toBe(postgresEnv.POSTGRES_DB);
  });
});

describe('.env.example', () => {
  const lines = read('.env.example').split(/\r?\n/);
  const assignment = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;
  const entries = lines.flatMap((line) => {
    const match = assignment.exec(line.trim());
    return match ? [{ name: match[2], value: match[3], commented: match.at(1) !== undefined }] : [];
  });
  const active = entries.filter((entry) => !entry.commented);

  it('lists exactly the variables the server reads, each once', () => {
    const names = entries.map((entry) => entry.name);
    expect([...names].sort()).toEqual(environmentVariableNames());
  });

  it('explains every variable in a comment just above it', () => {
    const unexplained = entries.filter((entry) => {
      const index = lines.findIndex((line) => assignment.exec(line.trim())?.[2] === entry.name);
      const above = lines[index - 1]?.trim() ?? '';
      return !above.startsWith('#') || assignment.test(above);
    });
    expect(unexplained.map((entry) => entry.name)).toEqual([]);
  });

  it('leaves DATABASE_URL unset, so that the embedded PostgreSQL starts', () => {
    expect(entries.find((entry) => entry.name === 'DATABASE_URL')?.commented).toBe(true);
  });

  it('shows each default, which the configuration schema accepts', () => {
    const defaults = new Environment() as unknown as Record<string, unknown>;
    expect(active.filter((entry) => entry.value !== String(defaults[entry.name]))).toEqual([]);
    expect(() => loadEnvironment(Object.fromEntries(active.map((entry) => [entry.name, entry.value])))).not.toThrow();
  });
});

describe('Dockerfile', () => {
  // Instructions with their continuation lines joined, comments dropped.
  const instructions = read('Dockerfile')
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [keyword, ...rest] = line.split(/\s+/);
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    });
  const all = (keyword: string) => instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

  it('builds in at least two stages', () => {
    expect(all('FROM').length).toBeGreaterThanOrEqual(2);
    expect(all('COPY').some((args) => /--from=/.test(args))).toBe(true);
  });

  it('runs as a non-root user', () => {
    const user = all('USER').at(-1) ?? 'root';
    expect(user.split(':')[0]).not.toMatch(/^(root|0)$/);
  });

  it('has a HEALTHCHECK on /health/live', () => {
    const healthchecks = all('HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]).toContain('/health/live');
  });

  it('starts the compiled server', () => {
    expect(all('CMD').at(-1)).toBe('["node", "dist/src/main.js"]');
  });
});
