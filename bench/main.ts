import 'reflect-metadata';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createApp } from '../src/app.factory.js';
import { loadEnvironment } from '../src/config/environment.js';
import { QueryCounter } from '../src/database/query-counter.js';
import { BaselinePayloads, BenchBaselineModule } from './baseline.module.js';
import { BASELINE_QUERY, body, CASES } from './cases.js';
import { runChild } from './child.js';
import { startBenchDatabase } from './database.js';
import { dataSizeFromEnv, describeSize, type GeneratedData, positiveInt } from './generate.js';
import { type LoadResult, loadProblems, runLoad } from './load.js';
import type { PrepareRequest } from './prepare-data.js';
import { renderReport, type Row, writeBenchmarksFile } from './report.js';

const settings = {
  durationS: positiveInt(process.env.BENCH_DURATION_S, 10),
  warmupS: positiveInt(process.env.BENCH_WARMUP_S, 3),
  connections: positiveInt(process.env.BENCH_CONNECTIONS, 10),
  size: dataSizeFromEnv(process.env),
};

const cleanups: (() => Promise<unknown>)[] = [];
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// One cleanup however many ask for it (a signal and main's finally may both do).
let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        log(`cleanup failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaning;
}

async function main(): Promise<void> {
  log('starting PostgreSQL');
  const database = await startBenchDatabase(process.env.BENCH_DATABASE_URL || undefined);
  cleanups.push(() => database.stop());

  log('migrating, seeding reference data and demo, generating data');
  const generated = await runChild<PrepareRequest, GeneratedData>('./prepare-data.ts', { url: database.url, size: settings.size });

  const env = loadEnvironment({ NODE_ENV: 'production', LOG_LEVEL: 'silent', DATABASE_URL: database.url });
  const app = await createApp(env, database.url, { extraModules: [BenchBaselineModule] });
  cleanups.push(() => app.close());
  // Requests the server began, so SQL is divided by the requests that issued it, including
  // those still in flight when autocannon stops (they finish, but autocannon does not count them).
  let started = 0;
  app.use((_request: unknown, _response: unknown, next: () => void) => {
    started += 1;
    next();
  });
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const payloads = app.get(BaselinePayloads);
  const counter = app.get(QueryCounter);

  const capture = async (key: string, realBody: string): Promise<string> => {
    const real = await postChecked(url, realBody, key);
    payloads.set(key, real);
    const baselineBody = body(BASELINE_QUERY, { name: key });
    const baseline = await postChecked(url, baselineBody, `baseline ${key}`);
    if (JSON.stringify(baseline.benchBaseline) !== JSON.stringify(real)) throw new Error(`baseline ${key} does not return the captured data`);
    return baselineBody;
  };

  // Requests cut off when a run stops still finish their SQL: wait until the counter rests.
  const settle = async () => {
    for (let last = -1; last !== counter.count; ) {
      last = counter.count;
      await sleep(250);
    }
  };

  const measure = async (name: string, bodies: string[]) => {
    log(`${name}: ${settings.warmupS} s warm-up, ${settings.durationS} s measured`);
    const load = { url, connections: settings.connections, bodies };
    assertClean(name, await runLoad({ ...load, durationS: settings.warmupS }));
    await settle();
    const before = { sql: counter.count, started };
    const result = await runLoad({ ...load, durationS: settings.durationS });
    await settle();
    assertClean(name, result);
    return { result, sqlPerRequest: (counter.count - before.sql) / (started - before.started) };
  };

  const rssAtStartBytes = process.memoryUsage().rss;
  const loadBefore = loadavg()[0]!;
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const benchCase of CASES) {
    const prepared = await benchCase.prepare({ unitIds: generated.unitIds, capture });
    const real = await measure(benchCase.name, prepared.real);
    const baseline = await measure(`${benchCase.name} (baseline)`, prepared.baseline);
    const reqPerS = (r: LoadResult) => r.completed / r.durationS;
    rows.push(
      { operation: benchCase.name, reqPerS: reqPerS(real.result), p50Ms: real.result.p50Ms, p99Ms: real.result.p99Ms, ratio: reqPerS(real.result) / reqPerS(baseline.result), sqlPerRequest: real.sqlPerRequest },
      { operation: `↳ baseline: same payload from memory`, reqPerS: reqPerS(baseline.result), p50Ms: baseline.result.p50Ms, p99Ms: baseline.result.p99Ms, ratio: 1, sqlPerRequest: baseline.sqlPerRequest },
    );
    const avgBytes = (r: LoadResult) => Math.round(r.bytes / r.completed).toLocaleString('en-US');
    notes.push(`${benchCase.name}: ${prepared.selection}; mean response ${avgBytes(real.result)} B (baseline ${avgBytes(baseline.result)} B)`);
  }

  const rssBytes = process.memoryUsage().rss;
  const header = [
    `Data: ${describeSize(settings.size, generated)}; ${database.description}.`,
    `Load: autocannon in a separate process, ${settings.connections} connections, ${settings.warmupS} s warm-up (discarded) then ${settings.durationS} s measured per row; POST application/json; every response checked for HTTP 200 without \`errors\`.`,
    `Server: in the benchmark's process, NODE_ENV=production (as in the Dockerfile), LOG_LEVEL=silent, DATABASE_POOL_MAX=${env.DATABASE_POOL_MAX}.`,
  ];
  const block = renderReport({ header, rows, notes, rssBytes, rssAtStartBytes, loadAverages: [loadBefore, loadavg()[0]!], date: new Date() });
  process.stdout.write(`\n${block}\n`);
  await writeBenchmarksFile(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), block);
  log('wrote BENCHMARKS.md');
}

async function postChecked(url: string, requestBody: string, what: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown };
  const data = json.data;
  if (response.status !== 200 || json.errors || !data || Object.values(data).some((value) => value === null)) {
    throw new Error(`${what}: expected 200 with data and no errors, got ${response.status}: ${text.slice(0, 500)}`);
  }
  return data;
}

function assertClean(name: string, result: LoadResult): void {
  const problems = loadProblems(result);
  if (problems.length) throw new Error(`${name}: ${problems.join(', ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  exitCode = 1;
} finally {
  await cleanUp();
}
process.exit(exitCode);
