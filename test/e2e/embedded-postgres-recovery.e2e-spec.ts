import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres/embedded-postgres.js';

async function selectOne(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((wake) => setTimeout(wake, 100));
  }
}

const postmasterPid = async (dataDir: string) =>
  Number.parseInt((await readFile(join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0] ?? '', 10);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGSTOP or SIGCONT to the postmaster and every backend: a frozen database, as a stuck disk or VM pause makes it. */
function signalCluster(postmaster: number, signal: 'SIGSTOP' | 'SIGCONT'): void {
  const children = execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  for (const pid of [postmaster, ...children]) process.kill(pid, signal);
}

/** The real entry point on its own embedded cluster, with its output collected. */
function startPodium(dataDir: string, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      SWC_NODE_PROJECT: 'tsconfig.json',
      EMBEDDED_PG_DIR: dataDir,
      PORT: '0',
      SEED_ON_EMPTY: 'false',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  const serving = async () => {
    await eventually('Podium serves', () =>
      Promise.resolve(/serving GraphQL at http:\/\/localhost:\d+/.test(output) || child.exitCode !== null),
    );
    const port = /localhost:(\d+)\/graphql/.exec(output)?.[1];
    if (!port) throw new Error(`Podium did not start:\n${output}`);
    return Number(port);
  };
  return { child, exited, serving, output: () => output };
}

describe('embedded PostgreSQL recovery', () => {
  let scratch: string;
  beforeEach(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'podium-recovery-'));
    await chmod(scratch, 0o755);
  });
  afterEach(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it('starts PostgreSQL again when it is killed while running, and logs it to its file', async () => {
    const dataDir = join(scratch, 'postgres');
    const logFile = join(scratch, 'postgres.log');
    const cluster = await startEmbeddedPostgres({ dataDir, port: 0, logFile });
    try {
      const first = await postmasterPid(dataDir);
      process.kill(first, 'SIGKILL');
      await eventually('the killed server is gone', () => Promise.resolve(!isAlive(first)));
      await eventually('the cluster answers again', () => selectOne(cluster.url));
      expect(await postmasterPid(dataDir)).not.toBe(first);
      const log = await readFile(logFile, 'utf8');
      expect(log).toMatch(/PostgreSQL exited unexpectedly \(SIGKILL\); starting it again/);
      expect(log).toMatch(/PostgreSQL is running again/);
    } finally {
      await cluster.stop();
    }
  });

  it('comes back by itself after the server is killed with -9: the orphaned PostgreSQL is stopped and a new one started', async () => {
    const dataDir = join(scratch, 'postgres');
    const crashed = startPodium(dataDir);
    await crashed.serving();
    const orphan = await postmasterPid(dataDir);
    crashed.child.kill('SIGKILL');
    await crashed.exited;
    expect(isAlive(orphan)).toBe(true);

    const again = startPodium(dataDir);
    try {
      const port = await again.serving();
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);
      expect(isAlive(orphan)).toBe(false);
      expect(await readFile(`${dataDir}.log`, 'utf8')).toContain(`Stopping the PostgreSQL (pid ${orphan}) that a previous run left behind`);
    } finally {
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
    }
  });

  it('keeps serving after its embedded PostgreSQL is killed with -9: /health/ready says 503 until it is back', async () => {
    const dataDir = join(scratch, 'postgres');
    const podium = startPodium(dataDir);
    try {
      const port = await podium.serving();
      const ready = () => fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.status);
      expect(await ready()).toBe(200);
      const first = await postmasterPid(dataDir);
      process.kill(first, 'SIGKILL');
      await eventually('the killed server is gone', () => Promise.resolve(!isAlive(first)));
      expect(await ready()).toBe(503);
      await eventually('/health/ready is 200 again', async () => (await ready()) === 200);
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nocs(first: 1) { edges { node { code } } } }' }),
      });
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      podium.child.kill('SIGTERM');
      expect(await podium.exited).toBe(0);
    }
  });

  it('exits within SHUTDOWN_GRACE_MS on SIGTERM while its database is frozen and a request hangs on it', async () => {
    const dataDir = join(scratch, 'postgres');
    const podium = startPodium(dataDir, { SHUTDOWN_GRACE_MS: '3000', RESPONSE_CACHE_TTL_SECONDS: '0' });
    const port = await podium.serving();
    const frozen = await postmasterPid(dataDir);
    signalCluster(frozen, 'SIGSTOP');
    try {
      const hanging = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nocs(first: 1) { edges { node { code } } } }' }),
      }).then(
        (response) => response.status,
        () => 'cut',
      );
      await new Promise((wake) => setTimeout(wake, 300));
      const signalled = Date.now();
      podium.child.kill('SIGTERM');
      await podium.exited;
      expect(Date.now() - signalled).toBeLessThan(4500);
      expect(podium.output()).toMatch(/Shutdown took longer than SHUTDOWN_GRACE_MS \(3000 ms\): exiting now/);
      expect(await hanging).toBeDefined();
    } finally {
      signalCluster(frozen, 'SIGCONT');
    }
    await eventually('the abandoned PostgreSQL stops', () => Promise.resolve(!isAlive(frozen)));
  });

  it('answers SERVICE_UNAVAILABLE, retryable, within the statement timeout while its database is frozen, and recovers after', async () => {
    const dataDir = join(scratch, 'postgres');
    const podium = startPodium(dataDir, {
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '1000',
      RESPONSE_CACHE_TTL_SECONDS: '0',
    });
    const port = await podium.serving();
    const ask = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ nocs(first: 1) { edges { node { code } } } }' }),
      });
      return { status: response.status, body: (await response.json()) as { errors?: { extensions: Record<string, unknown> }[] } };
    };
    const frozen = await postmasterPid(dataDir);
    try {
      expect((await ask()).body.errors).toBeUndefined();
      signalCluster(frozen, 'SIGSTOP');
      const started = Date.now();
      const answers = await Promise.all([ask(), ask(), ask()]);
      expect(Date.now() - started).toBeLessThan(5000);
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      }
    } finally {
      signalCluster(frozen, 'SIGCONT');
    }
    try {
      await eventually('queries succeed again', async () => (await ask()).body.errors === undefined, 20_000);
    } finally {
      podium.child.kill('SIGTERM');
      await podium.exited;
    }
  });

  it('lets a request in flight at SIGTERM finish, refuses new ones, and exits 0 within the grace period', async () => {
    const dataDir = join(scratch, 'postgres');
    const podium = startPodium(dataDir, { SHUTDOWN_GRACE_MS: '8000', RESPONSE_CACHE_TTL_SECONDS: '0' });
    const port = await podium.serving();
    const slow = await postmasterPid(dataDir);
    // A request made slow by holding its database back for a moment.
    signalCluster(slow, 'SIGSTOP');
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nocs(first: 1) { edges { node { code } } } }' }),
    });
    try {
      await new Promise((wake) => setTimeout(wake, 300));
      const signalled = Date.now();
      podium.child.kill('SIGTERM');
      await eventually('shutdown begins', () => Promise.resolve(podium.output().includes('SIGTERM: finishing in-flight requests')));
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
      signalCluster(slow, 'SIGCONT');
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { errors?: unknown }).errors).toBeUndefined();
      expect(await podium.exited).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(8000);
      expect(podium.output()).toMatch(/Stopped/);
    } finally {
      try {
        signalCluster(slow, 'SIGCONT');
      } catch {
        // Already stopped with the server.
      }
    }
  });

  it('refuses, in one line, a second Podium on a data directory that a running one uses', async () => {
    const dataDir = join(scratch, 'postgres');
    const running = startPodium(dataDir);
    try {
      await running.serving();
      const second = startPodium(dataDir);
      expect(await second.exited).toBe(1);
      expect(second.output().trim()).toMatch(
        /^Embedded PostgreSQL could not start: a PostgreSQL \(pid \d+\) started by another running process \(pid \d+\) already uses [^\n]+$/,
      );
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
    }
  });
});
