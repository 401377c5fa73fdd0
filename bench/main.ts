import 'reflect-metadata';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { required } from '../src/common/required.js';
import { BASELINE_QUERY, body, CASES, searchCases, STORY_PAGE_CASE } from './cases.js';
import { runChild } from './child.js';
import { startBenchDatabase } from './database.js';
import { dataSizeFromEnv, positiveInt } from './generate.js';
import { postChecked, sendEach, timeSequential } from './http.js';
import { measureLimits } from './limits.js';
import { combineLoads, type LoadResult, loadProblems, NONE_COMPLETED, percentile, runLoad } from './load.js';
import type { PrepareRequest, PreparedCorpus, PreparedData } from './prepare-data.js';
import { describeData } from './describe.js';
import { fixed, renderReport, type Row, writeBenchmarksFile } from './report.js';
import { BENCH_MEDIA_DIR, type BenchServer, type ServerName, startServer } from './servers.js';
import { rm } from 'node:fs/promises';
import { measureWrites, WRITE_BLOCKS } from './writes.js';
import { authorisedVariants } from './authorisation.js';
import { runScheduling } from './scheduling.js';
import { buildPages } from './pages.js';
import { runCorrection } from './correction.js';
import { measureInstanceMemory } from './instance-memory.js';
import { measureSeason, runSeasonOnly } from './seasons.js';
import { benchSubset } from './subsets.js';
import { measurePhotoDesk } from './photo-desk.js';
import { measureEditorialTruth } from './editorial-truth.js';
import { runEditorialOnly } from './editorial-only.js';
import { runPhotoOnly } from './photo-only.js';
import { runWritesOnly } from './writes-only.js';
import pg from 'pg';
import { toGlobalId } from '../src/graphql/relay/global-id.js';

/** One side of a side-by-side measurement: a row or one of its baselines. */
interface Variant {
  name: string;
  server: BenchServer;
  bodies: string[];
  headers?: Record<string, string>;
  /** Sent every body once before the warm-up (the response cache's rows). */
  prime: boolean;
}

/** Each row's measured time is this many slices, taking turns with its baselines. */
const INTERLEAVED_SLICES = 3;

const settings = {
  durationS: positiveInt(process.env.BENCH_DURATION_S, 6),
  warmupS: positiveInt(process.env.BENCH_WARMUP_S, 2),
  connections: positiveInt(process.env.BENCH_CONNECTIONS, 10),
  timeoutS: positiveInt(process.env.BENCH_TIMEOUT_S, 60),
  writes: positiveInt(process.env.BENCH_WRITES, 200),
  writesWarmup: positiveInt(process.env.BENCH_WRITES_WARMUP, 10),
  sequential: positiveInt(process.env.BENCH_SEQUENTIAL, 200),
  corrections: positiveInt(process.env.BENCH_CORRECTIONS, 15),
  size: dataSizeFromEnv(process.env),
  only: benchSubset(process.env.BENCH_ONLY),
};
const LABEL: Record<ServerName, string> = { uncached: 'uncached', cached: 'response cache', typed: 'typed baseline' };
// Captures also ask the cached instance for this many bodies per case, which must answer the same.
const CROSS_CHECKS = 3;

const cleanups: (() => Promise<unknown>)[] = [];
const began = Date.now();
const log = (message: string) => process.stderr.write(`[bench +${Math.round((Date.now() - began) / 1000)}s] ${message}\n`);

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
  cleanups.push(() => rm(BENCH_MEDIA_DIR, { recursive: true, force: true }));
  if (settings.only === 'season') return runSeasonOnly(database.url, database.description, settings, log, cleanups);
  if (settings.only === 'photo') return runPhotoOnly(database.url, database.description, settings, log, cleanups);
  if (settings.only === 'editorial') return runEditorialOnly(database.url, database.description, settings, log);
  if (settings.only === 'writes') return runWritesOnly(database.url, database.description, settings, log, cleanups);

  log('migrating, seeding reference data and demo, generating data (stories through ArticlesService)');
  const data = await runChild<PreparedData>('./prepare-data.ts', {
    url: database.url,
    size: settings.size,
    phase: 'main',
  } satisfies PrepareRequest);
  log(
    `data ready: ${Object.entries(data.timings)
      .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
      .join(', ')}`,
  );

  // Three instances in this process on their own ports, against the same database.
  const uncached = await startServer('uncached', database.url);
  cleanups.push(() => uncached.close());
  const cached = await startServer('cached', database.url);
  cleanups.push(() => cached.close());
  const typed = await startServer('typed', database.url);
  cleanups.push(() => typed.close());
  const servers: Record<ServerName, BenchServer> = { uncached, cached, typed };
  const payloads = required(uncached.payloads, 'the baseline payloads of the uncached server');
  log('building the stored pages of every unit, event and competition (stories have theirs since they were published)');
  const built = await buildPages(database.url);
  log(`pages ready: ${built.pages} in ${built.seconds.toFixed(1)} s`);

  const crossChecked = new Map<string, number>();
  const capture = async (key: string, realBody: string): Promise<string> => {
    const real = await postChecked(uncached.url, realBody, key);
    const kind = key.split(':')[0];
    if ((crossChecked.get(kind) ?? 0) < CROSS_CHECKS) {
      crossChecked.set(kind, (crossChecked.get(kind) ?? 0) + 1);
      for (const other of [cached, typed]) {
        if (!isDeepStrictEqual(await postChecked(other.url, realBody, `${other.name} ${key}`), real))
          throw new Error(`${key}: the ${other.name} instance answers differently`);
      }
    }
    payloads.set(key, real);
    const baselineBody = body(BASELINE_QUERY, { name: key });
    const baseline = await postChecked(uncached.url, baselineBody, `baseline ${key}`);
    if (JSON.stringify(baseline.benchBaseline) !== JSON.stringify(real))
      throw new Error(`baseline ${key} does not return the captured data`);
    return baselineBody;
  };

  /**
   * A row and its baselines measured side by side: after a warm-up each, the measured time is
   * cut into slices that take turns, so that a change in the machine's other load reaches every
   * variant alike instead of the one that happened to run then.
   */
  const measureInterleaved = async (variants: readonly Variant[]) => {
    // A row alone has nothing to take turns with.
    const slices = variants.length === 1 ? 1 : Math.max(1, Math.min(INTERLEAVED_SLICES, settings.durationS));
    const sliceS = settings.durationS / slices;
    const loadOf = ({ server, bodies, headers }: Variant) => ({
      url: server.url,
      connections: settings.connections,
      timeoutS: settings.timeoutS,
      bodies,
      headers,
    });
    for (const variant of variants) {
      const { name, server, bodies } = variant;
      if (variant.prime) await sendEach(server.url, bodies, settings.connections, `priming ${name}`);
      log(`${name}: ${settings.warmupS} s warm-up on the ${server.name} instance`);
      // A slow operation may complete nothing within the warm-up: that alone is no failure.
      assertClean(name, await runLoad({ ...loadOf(variant), durationS: settings.warmupS }), { allowNone: true });
    }
    log(`${variants.map((v) => v.name).join(', ')}: ${settings.durationS} s each, in ${slices} slice(s)`);
    const parts = new Map(variants.map((variant) => [variant.name, { results: [] as LoadResult[], sql: 0, started: 0 }]));
    for (let slice = 0; slice < slices; slice++) {
      for (const variant of variants) {
        const { name, server } = variant;
        await server.settle();
        const before = { sql: server.counter.requestCount, started: server.started() };
        const result = await runLoad({ ...loadOf(variant), durationS: sliceS });
        await server.settle();
        const part = required(parts.get(name), name);
        part.results.push(result);
        part.sql += server.counter.requestCount - before.sql;
        part.started += server.started() - before.started;
      }
    }
    return new Map(
      [...parts].map(([name, part]) => {
        const result = combineLoads(part.results);
        assertClean(name, result);
        return [name, { result, sqlPerRequest: part.sql / part.started }];
      }),
    );
  };

  /** One row with no baseline beside it. */
  const measure = async (server: BenchServer, name: string, bodies: string[]) =>
    required((await measureInterleaved([{ name, server, bodies, prime: false }])).get(name), name);

  const loadBefore = loadavg()[0];
  const rows: Row[] = [];
  const notes: string[] = [];
  const reqPerS = (r: LoadResult) => r.completed / r.durationS;
  const avgBytes = (r: LoadResult) => Math.round(r.bytes / r.completed).toLocaleString('en-US');
  const row = (
    operation: string,
    r: LoadResult,
    sqlPerRequest: number,
    ratios: { ceiling?: LoadResult; typed?: LoadResult } = {},
  ): Row => ({
    operation,
    reqPerS: reqPerS(r),
    p50Ms: r.p50Ms,
    p95Ms: r.p95Ms,
    p99Ms: r.p99Ms,
    ratio: ratios.ceiling ? reqPerS(r) / reqPerS(ratios.ceiling) : null,
    typedRatio: ratios.typed ? reqPerS(r) / reqPerS(ratios.typed) : null,
    sqlPerRequest,
  });
  let storyPage: { bodies: string[]; result: LoadResult; baseline: LoadResult } | null = null;
  for (const benchCase of CASES) {
    const prepared = await benchCase.prepare({ data, capture });
    const variants: Variant[] = benchCase.targets.map((target) => ({
      name: `${benchCase.name} (${LABEL[target]})`,
      server: servers[target],
      bodies: prepared.bodies,
      // Every body once first, so that measured requests find their entry (the TTL outlasts the run).
      prime: target === 'cached',
    }));
    if (benchCase.name === STORY_PAGE_CASE) {
      for (const variant of await authorisedVariants(cached)) {
        const name = `${benchCase.name} (${variant.label})`;
        variants.push({
          name,
          server: servers[variant.target],
          bodies: prepared.bodies,
          headers: variant.headers,
          prime: variant.target === 'cached',
        });
      }
    }
    // Once every body first: the typed instance then holds each page's lookup in memory.
    const typedName = `${benchCase.name} (typed baseline)`;
    if (benchCase.typed) variants.push({ name: typedName, server: typed, bodies: prepared.bodies, prime: true });
    const baselineName = `${benchCase.name} (baseline)`;
    if (prepared.baseline) variants.push({ name: baselineName, server: uncached, bodies: prepared.baseline, prime: false });
    const runs = await measureInterleaved(variants);
    const runOf = (name: string) => required(runs.get(name), name);
    const measured = variants
      .filter((variant) => variant.name !== typedName && variant.name !== baselineName)
      .map(({ name }) => ({ name, run: runOf(name) }));
    if (benchCase.name === STORY_PAGE_CASE) notes.push(authorisationNote(measured));
    const typedRun = benchCase.typed ? runOf(typedName) : null;
    const baseline = prepared.baseline ? runOf(baselineName) : null;
    for (const { name, run } of measured) {
      rows.push(row(name, run.result, run.sqlPerRequest, { ceiling: baseline?.result, typed: typedRun?.result }));
    }
    if (benchCase.name === STORY_PAGE_CASE && baseline) {
      const uncachedRun = required(
        measured.find((m) => m.name.endsWith(`(${LABEL.uncached})`)),
        'the uncached story page',
      ).run;
      storyPage = { bodies: prepared.bodies, result: uncachedRun.result, baseline: baseline.result };
    }
    if (typedRun)
      rows.push(
        row('↳ typed baseline: same query resolved from memory', typedRun.result, typedRun.sqlPerRequest, { ceiling: baseline?.result }),
      );
    if (baseline)
      rows.push(row('↳ baseline: same payload from memory', baseline.result, baseline.sqlPerRequest, { ceiling: baseline.result }));
    const each = (describe: (r: LoadResult) => string) =>
      [
        ...measured.map(({ name, run }) => `${describe(run.result)} ${name.slice(benchCase.name.length + 1)}`),
        ...(typedRun ? [`${describe(typedRun.result)} typed baseline`] : []),
        ...(baseline ? [`${describe(baseline.result)} baseline`] : []),
      ].join(', ');
    const count = (r: LoadResult) => r.completed.toLocaleString('en-US');
    notes.push(
      `${benchCase.name}: ${prepared.selection}; mean response ${each((r) => `${avgBytes(r)} B`)}; requests measured ${each(count)}`,
    );
  }
  const story = required(storyPage, 'the story page rows');
  if (settings.only === 'pages') {
    const header = [
      `BENCH_ONLY=pages: only the page rows and their baselines, against the full run's data (before the search corpus); ${database.description}. Not written to BENCHMARKS.md.`,
    ];
    process.stdout.write(`\n${renderReport({ header, rows, notes, loadAverages: [loadBefore, loadavg()[0]], date: new Date() })}\n`);
    return;
  }

  log(
    `correction: ${settings.corrections} corrections of a unit shown by ${data.correction.slugs.length} stories, read back on the cached instance`,
  );
  const correction = await runCorrection(cached, toGlobalId('Unit', data.correction.unitId), data.correction.slugs, settings.corrections);
  rows.push(correction.row);
  notes.push(correction.note);

  log(
    `limits: the hostile query refused ${settings.sequential} times, then /health/live probed under the story page's and the hostile query's load`,
  );
  rows.push(...(await measureLimits(uncached, story.bodies, settings)));
  notes.push(
    `Limits: the hostile query is \`articles(first: $n)\` with every story's body and each results table's rows, n = 100 (the query that exhausted the process before query cost saw variables); its refusal is timed one request at a time (${settings.sequential} after 2 unmeasured). /health/live is probed every 20 ms from the benchmark's process (so it queues behind the servers' work on the same event loop) while the uncached story page, then the hostile query, runs at ${settings.connections} connections for ${settings.durationS} s; its req/s is n/a.`,
  );

  log(
    `writes: ${settings.writesWarmup} unmeasured, then ${settings.writes} stories created, saved and published one request at a time on the cached instance`,
  );
  rows.push(...(await measureWrites(cached, database.url, data.writeMaterial, settings)));

  log('scheduling: 50 stories scheduled for the same instant, published by the job queues of all instances');
  rows.push(await runScheduling(cached, database.url, 50));
  notes.push(
    "Scheduling: 50 drafts created and scheduled for one instant 5 s after the last is scheduled; every instance runs the job queue (graphile-worker, LISTEN/NOTIFY). Lateness = the publication's revisedAt minus the scheduled time, read from the database: p50, p95, and the last story in the p99 column (the bar: all within 30 s).",
  );

  log(`search corpus: ${settings.size.searchStories.toLocaleString('en-US')} more published stories, then the story page again and search`);
  const corpus = await runChild<PreparedCorpus>('./prepare-data.ts', {
    url: database.url,
    size: settings.size,
    phase: 'corpus',
  } satisfies PrepareRequest);
  const archive = await measure(uncached, `${STORY_PAGE_CASE} (uncached, with the search corpus)`, story.bodies);
  const published = (await countPublished(database.url)).toLocaleString('en-US');
  rows.push({
    ...row(`${STORY_PAGE_CASE} (uncached), ${published} published stories`, archive.result, archive.sqlPerRequest, {
      ceiling: story.baseline,
    }),
    typedRatio: null,
  });
  notes.push(
    `Archive size: the same story page bodies on the uncached instance after the search corpus was added (${published} published stories in all): ${fixed(reqPerS(archive.result) / reqPerS(story.result), 2)}× the req/s it had with ${(data.storySlugs.length + data.correction.slugs.length).toLocaleString('en-US')} (ratio to ceiling against the same JSON baseline, measured before).`,
  );
  for (const benchCase of searchCases(data)) {
    const prepared = await benchCase.prepare({ data, capture });
    const name = `${benchCase.name} (uncached)`;
    const run = await measure(uncached, name, prepared.bodies);
    rows.push(row(name, run.result, run.sqlPerRequest));
    const sequential = `${benchCase.name} (uncached, one request at a time)`;
    log(`${sequential}: 2 unmeasured, then ${settings.sequential} requests`);
    const { latencies, sqlPerRequest } = await timeSequential(uncached, prepared.bodies[0], settings.sequential, 2, sequential);
    rows.push({
      operation: sequential,
      reqPerS: latencies.length / (latencies.reduce((sum, ms) => sum + ms, 0) / 1000),
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      p99Ms: percentile(latencies, 0.99),
      ratio: null,
      typedRatio: null,
      sqlPerRequest,
    });
    notes.push(
      `${benchCase.name}: ${prepared.selection}; mean response ${avgBytes(run.result)} B; requests measured ${run.result.completed.toLocaleString('en-US')}`,
    );
  }

  const season = await measureSeason(uncached, database.url, settings.sequential, log);
  rows.push(...season.rows);
  notes.push(...season.notes);

  const photo = await measurePhotoDesk(database.url, await uncached.editorToken(), story.bodies, loadSettings(), log);
  rows.push(...photo.rows);
  notes.push(...photo.notes);

  log('memory: one instance in its own process, serving the story page');
  const memory = await measureInstanceMemory(database.url, story.bodies, {
    connections: settings.connections,
    durationS: settings.durationS,
    timeoutS: settings.timeoutS,
  });
  // Last: it adds people (up to 100,000) to the database.
  const editorial = await measureEditorialTruth(database.url, log);
  rows.push(...editorial.rows);
  notes.push(...editorial.notes);

  notes.push(
    `Writes: ${settings.writes} stories (after ${settings.writesWarmup} unmeasured), each created as a ${WRITE_BLOCKS}-block draft, saved with 30 changed blocks at the version the create returned, and published at the version the save returned; one request at a time over one keep-alive connection (fetch), on the cached instance, waiting (unmeasured) after each publish for the page build it queued. req/s = operations / time spent in them.`,
    `Search: ratio n/a (nothing comparable is served from memory); p95 is the figure the quality bar asks for. Each query is measured under load (${settings.connections} connections; latency includes queueing behind the others) and one request at a time (${settings.sequential} requests after 2 unmeasured, over one keep-alive connection; req/s = requests / time spent in them).`,
    memory.note,
  );
  const header = [
    `Data: ${describeData(settings.size, data, corpus)}; ${database.description}.`,
    `Load: autocannon in a separate process, ${settings.connections} connections, ${settings.warmupS} s warm-up (discarded) then ${settings.durationS} s measured per row, in ${INTERLEAVED_SLICES} slices taking turns with the row's baselines; POST application/json; every response checked for HTTP 200 without \`errors\`.`,
    `Servers: three app instances in the benchmark's process, each on its own port, against the same database: "uncached" with RESPONSE_CACHE_TTL_SECONDS=0 (uncached rows, search, and the JSON baselines), "cached" with RESPONSE_CACHE_TTL_SECONDS=${cached.env.RESPONSE_CACHE_TTL_SECONDS} (so that answers outlive a row's slices) and the default RESPONSE_CACHE_MAX_MB=${cached.env.RESPONSE_CACHE_MAX_MB} (response-cache rows, primed with each body once before the warm-up; writes; the correction), and "typed", the uncached one with its stored pages read from memory (the typed baselines). All NODE_ENV=production (as in the Dockerfile), LOG_LEVEL=silent, DATABASE_POOL_MAX=${uncached.env.DATABASE_POOL_MAX}. Before the reads, every unit, event and competition got its stored page (${built.pages.toLocaleString('en-US')} pages in ${built.seconds.toFixed(1)} s, by the instances' rebuild job). SQL per request is the statement counter of the instance that served the row, statements of HTTP requests only.`,
  ];
  const block = renderReport({ header, rows, notes, loadAverages: [loadBefore, loadavg()[0]], date: new Date() });
  process.stdout.write(`\n${block}\n`);
  await writeBenchmarksFile(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), block);
  log('wrote BENCHMARKS.md');
}

const loadSettings = () => ({
  connections: settings.connections,
  durationS: settings.durationS,
  warmupS: settings.warmupS,
  timeoutS: settings.timeoutS,
});

function authorisationNote(measured: { name: string; run: { result: LoadResult } }[]): string {
  const byLabel = (label: string) =>
    required(
      measured.find((m) => m.name.endsWith(`(${label})`)),
      label,
    ).run.result;
  const reqPerS = (r: LoadResult) => r.completed / r.durationS;
  const [anonymous, editor] = [byLabel(LABEL.uncached), byLabel('uncached, signed in as an editor')];
  const [cachedAnonymous, apiKey] = [byLabel(LABEL.cached), byLabel('response cache, frontend API key')];
  return `Authorisation on the story page: an editor's token changes req/s by ${(100 * (reqPerS(editor) / reqPerS(anonymous) - 1)).toFixed(1)} % against a reader on the uncached instance (p50 ${anonymous.p50Ms.toFixed(2)} → ${editor.p50Ms.toFixed(2)} ms); a frontend API key on the cached one: p50 ${cachedAnonymous.p50Ms.toFixed(2)} → ${apiKey.p50Ms.toFixed(2)} ms (${(apiKey.p50Ms - cachedAnonymous.p50Ms).toFixed(2)} ms).`;
}

async function countPublished(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "ArticlePublication"')).rows[0].n;
  } finally {
    await client.end();
  }
}

function assertClean(name: string, result: LoadResult, { allowNone = false } = {}): void {
  const problems = loadProblems(result).filter((problem) => !(allowNone && result.completed === 0 && problem === NONE_COMPLETED));
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
