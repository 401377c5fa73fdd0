import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { loadProblems, runLoad } from './load.js';
import { mib } from './report.js';
import { JWT_SECRET } from './servers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** VmRSS of a process, in bytes (Linux). */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The production build, as `npm start` makes it (`npm run build`). */
function build(): void {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error(`the build failed (tsc exited with ${String(tsc.status)})`);
}

async function untilReady(url: string, exited: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (exited()) throw new Error('the instance exited before serving');
    const ready = await fetch(`${url}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the instance did not become ready within 60 s');
}

export interface InstanceProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * One instance in a process of its own, started as `npm start` starts it (`node dist/src/main.js`
 * on the production build, NODE_ENV=production, every other setting at its default but the
 * response cache, off, and what `env` adds).
 */
export async function startInstanceProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<InstanceProcess> {
  build();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AUTH_JWT_SECRET: JWT_SECRET,
      RESPONSE_CACHE_TTL_SECONDS: '0',
      ...env,
    },
  });
  const state = { exited: false };
  const exit = new Promise((resolve) => child.once('exit', resolve)).finally(() => (state.exited = true));
  const stop = async () => {
    if (!state.exited) child.kill('SIGTERM');
    await exit;
  };
  try {
    await untilReady(url, () => state.exited);
    if (child.pid === undefined) throw new Error('the instance has no pid');
    return { url, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Resident memory of one instance in a process of its own (see startInstanceProcess): at start,
 * and after serving `bodies` at `connections` for `durationS`.
 */
export async function measureInstanceMemory(
  databaseUrl: string,
  bodies: string[],
  load: { connections: number; durationS: number; timeoutS: number },
): Promise<{ atStart: number; after: number; note: string }> {
  const instance = await startInstanceProcess(databaseUrl);
  try {
    const atStart = await residentBytes(instance.pid);
    const served = await runLoad({ url: `${instance.url}/graphql`, bodies, ...load });
    const problems = loadProblems(served);
    if (problems.length) throw new Error(`the instance of the memory row: ${problems.join(', ')}`);
    const after = await residentBytes(instance.pid);
    return {
      atStart,
      after,
      note: `Resident memory of one instance in a process of its own, started as \`npm start\` starts it (\`node dist/src/main.js\`, the production build; NODE_ENV=production, the response cache off, every other setting at its default): ${mib(atStart)} when it started serving, ${mib(after)} after serving the story page at ${load.connections} connections for ${load.durationS} s (the bar: 250 MiB).`,
    };
  } finally {
    await instance.stop();
  }
}

/** What the instance's own `/metrics` says its memory is made of, in bytes. */
export interface MemoryBreakdown {
  heapTotal: number;
  heapUsed: number;
  external: number;
}

export async function memoryBreakdown(url: string): Promise<MemoryBreakdown> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const gauge = (name: string): number => {
    const value = new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1];
    if (value === undefined) throw new Error(`/metrics has no ${name}`);
    return Number(value);
  };
  return {
    heapTotal: gauge('nodejs_heap_size_total_bytes'),
    heapUsed: gauge('nodejs_heap_size_used_bytes'),
    external: gauge('nodejs_external_memory_bytes'),
  };
}
