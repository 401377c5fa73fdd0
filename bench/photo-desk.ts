import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import sharp from 'sharp';
import { fromGlobalId } from '../src/graphql/relay/global-id.js';
import { combineLoads, loadProblems, loadWindow, percentile, startLoad, type LoadResult } from './load.js';
import { fixed, mib, mibChange, type Row } from './report.js';
import { memoryBreakdown, residentBytes, startInstanceProcess, type InstanceProcess, type MemoryBreakdown } from './instance-memory.js';
import { BENCH_MEDIA_DIR } from './servers.js';
import { coresUsed, type CpuReading, describeCpuShift, readCpu } from './process-cpu.js';

/** The issue's bars for a 24-megapixel JPEG. */
export const PHOTO_BARS = { uploadMs: 1000, renditionsMs: 4000, growthMiB: 300, returnMiB: 50, busyReads: 0.9 };
/**
 * The story page with and without renditions, in turns, so that a change in the machine's other
 * load reaches both, each window a third of BENCH_DURATION_S. On a 2-core machine one pair of
 * windows can differ by 30 % with nothing rendering: with 8 pairs, runs of the same code read
 * 0.86-0.91; 16 pairs narrow that by about √2 (the spread of a mean of independent windows).
 */
const READ_SLICES = 16;
const SLICE_SHARE = 1 / 3;
const WIDTH = 6000;
const HEIGHT = 4000;
const SEQUENTIAL_UPLOADS = 3;
const CONCURRENT_UPLOADS = 4;
const READY_TIMEOUT_MS = 120_000;
/** How long after the last renditions the resident memory is followed, read every second. */
const SETTLE_S = 60;
/** The reading shown beside the last, as the row showed it before the whole curve was followed. */
const EARLY_READING_S = 10;
/** A fresh process serves its first few thousand story pages slower (2 s of warm-up left the first window at half speed). */
const MIN_WARMUP_S = 5;

/** The story page's load: measured slices of `durationS` in all, after `warmupS` unmeasured. */
interface StoryLoad {
  connections: number;
  durationS: number;
  warmupS: number;
  timeoutS: number;
}

interface Uploaded {
  id: string;
  answeredMs: number;
}

/**
 * A photo-like 24 MP JPEG: a smooth field (a tiny random image enlarged) with fine grain, so
 * that it compresses as a photograph does rather than as flat colour or pure noise. `seed`
 * makes each file different, so none is a duplicate of another.
 */
async function photoLikeJpeg(path: string, seed: number): Promise<number> {
  const small = Buffer.alloc(60 * 40 * 3);
  let state = seed * 2654435761;
  for (let i = 0; i < small.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    small[i] = state >>> 24;
  }
  const raw = { width: WIDTH, height: HEIGHT, channels: 3 as const };
  const field = await sharp(small, { raw: { width: 60, height: 40, channels: 3 } })
    .resize(WIDTH, HEIGHT, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  const grain = await sharp({ create: { ...raw, background: '#000', noise: { type: 'gaussian', mean: 0, sigma: 12 } } })
    .raw()
    .toBuffer();
  const jpeg = await sharp(field, { raw })
    .composite([{ input: grain, raw, blend: 'add' }])
    .jpeg({ quality: 92 })
    .toBuffer();
  await writeFile(path, jpeg);
  return jpeg.length;
}

async function upload(instance: InstanceProcess, token: string, path: string): Promise<Uploaded> {
  const form = new FormData();
  form.append('file', await openAsBlob(path, { type: 'image/jpeg' }), 'bench.jpg');
  const started = performance.now();
  const response = await fetch(`${instance.url}/media`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const answeredMs = performance.now() - started;
  const text = await response.text();
  if (response.status !== 201) throw new Error(`upload: expected 201, got ${response.status}: ${text.slice(0, 300)}`);
  return { id: (JSON.parse(text) as { asset: { id: string } }).asset.id, answeredMs };
}

async function graphql<T>(instance: InstanceProcess, token: string, query: string, variables: object): Promise<T> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await response.json()) as { data?: T; errors?: unknown };
  if (!json.data || json.errors) throw new Error(`bench GraphQL: ${JSON.stringify(json.errors)}`);
  return json.data;
}

const ASSET_ROW = `SELECT "renditionsStatus" AS status, "renditionsError" AS error, version FROM "MediaAsset" WHERE id = $1`;

/** The asset's renditions state, read from the database: the benchmark's questions are not the instance's load. */
async function assetRow(database: pg.Pool, id: string): Promise<{ status: string; error: string | null; version: number }> {
  const { rows } = await database.query<{ status: string; error: string | null; version: number }>(ASSET_ROW, [fromGlobalId(id)?.key]);
  if (!rows[0]) throw new Error(`no media asset ${id}`);
  return rows[0];
}

/** Waits until the asset's renditions are READY; the time from `since` (ms, performance.now). */
async function untilRendered(database: pg.Pool, id: string, since: number): Promise<number> {
  for (;;) {
    const { status, error } = await assetRow(database, id);
    if (status === 'READY') return performance.now() - since;
    if (status === 'FAILED') throw new Error(`renditions of ${id} failed: ${error ?? 'no reason given'}`);
    if (performance.now() - since > READY_TIMEOUT_MS) throw new Error(`renditions of ${id} not ready within ${READY_TIMEOUT_MS} ms`);
    await sleep(20);
  }
}

/** Peak resident memory while `work` runs, sampled every 20 ms. */
async function peakDuring(pid: number, work: Promise<unknown>): Promise<number> {
  const state = { peak: await residentBytes(pid), done: false };
  const sampler = (async () => {
    while (!state.done) {
      state.peak = Math.max(state.peak, await residentBytes(pid));
      await sleep(20);
    }
  })();
  try {
    await work;
  } finally {
    state.done = true;
    await sampler;
  }
  return state.peak;
}

const msRow = (operation: string, sorted: number[]): Row => ({
  operation,
  reqPerS: 1000 / (sorted.reduce((a, b) => a + b, 0) / sorted.length),
  p50Ms: percentile(sorted, 0.5),
  p95Ms: percentile(sorted, 0.95),
  p99Ms: sorted[sorted.length - 1],
  ratio: null,
  typedRatio: null,
  sqlPerRequest: Number.NaN,
});

const SET_FOCAL_POINT = `mutation BenchFocal($input: SetMediaFocalPointInput!) { setMediaFocalPoint(input: $input) { id version } }`;

/**
 * Moves each asset's focal point whenever its renditions are ready, until `stop` resolves:
 * renditions never idle. Only the moves, what an editor does, go to the instance.
 */
async function keepRendering({ instance, database, token }: Desk, ids: string[], stop: Promise<void>): Promise<number> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  let rounds = 0;
  await Promise.all(
    ids.map(async (id, i) => {
      for (let turn = 0; !stopped; turn++) {
        const { status, version } = await assetRow(database, id);
        if (status !== 'READY') {
          await sleep(50);
          continue;
        }
        const x = 0.2 + 0.6 * (((turn + i) % 5) / 4);
        await graphql(instance, token, SET_FOCAL_POINT, { input: { id, expectedVersion: version, x, y: 0.5 } });
        rounds += 1;
      }
    }),
  );
  return rounds;
}

/**
 * The photo desk's rows, on one instance in a process of its own (the production build, as
 * `npm start` runs it) so that its resident memory is its own: a 24 MP JPEG uploaded one at a
 * time (the answer, and the renditions' readiness after it), four at once (resident memory),
 * and `storyBodies` served while renditions are being made, against the same served without.
 */
export async function measurePhotoDesk(
  databaseUrl: string,
  editorToken: string,
  storyBodies: string[],
  load: StoryLoad,
  log: (message: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'podium-bench-photos-'));
  try {
    log(`photo desk: making ${SEQUENTIAL_UPLOADS + CONCURRENT_UPLOADS + 1} photo-like ${WIDTH}×${HEIGHT} JPEGs`);
    const files: string[] = [];
    const sizes: number[] = [];
    for (let i = 0; i <= SEQUENTIAL_UPLOADS + CONCURRENT_UPLOADS; i++) {
      const path = join(folder, `photo-${i}.jpg`);
      sizes.push(await photoLikeJpeg(path, Date.now() + i));
      files.push(path);
    }
    const instance = await startInstanceProcess(databaseUrl, { MEDIA_DIR: BENCH_MEDIA_DIR });
    // The benchmark's own questions (is this photo rendered yet?) go to the database, not to the instance it measures.
    // A pool: the four concurrent uploads are polled at once.
    const database = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENT_UPLOADS });
    try {
      return await measureOn({ instance, database, token: editorToken }, files, sizes, storyBodies, load, log);
    } finally {
      await database.end();
      await instance.stop();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

interface Desk {
  instance: InstanceProcess;
  database: pg.Pool;
  token: string;
}

async function measureOn(
  { instance, database, token }: Desk,
  files: string[],
  sizes: number[],
  storyBodies: string[],
  load: StoryLoad,
  log: (message: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  const [warmup, ...rest] = files;
  const sequential = rest.slice(0, SEQUENTIAL_UPLOADS);
  const concurrent = rest.slice(SEQUENTIAL_UPLOADS);
  log('photo desk: one unmeasured upload, then one at a time');
  const first = await upload(instance, token, warmup);
  await untilRendered(database, first.id, performance.now());
  const answers: number[] = [];
  const ready: number[] = [];
  const ids: string[] = [first.id];
  for (const file of sequential) {
    const sent = performance.now();
    const uploaded = await upload(instance, token, file);
    answers.push(uploaded.answeredMs);
    ready.push(await untilRendered(database, uploaded.id, sent + uploaded.answeredMs));
    ids.push(uploaded.id);
  }
  answers.sort((a, b) => a - b);
  ready.sort((a, b) => a - b);

  log(`photo desk: ${CONCURRENT_UPLOADS} uploads at once, resident memory sampled every 20 ms`);
  await sleep(2000);
  const before = await residentBytes(instance.pid);
  const partsBefore = await memoryBreakdown(instance.url);
  const together = Promise.all(
    concurrent.map(async (file) => {
      const uploaded = await upload(instance, token, file);
      await untilRendered(database, uploaded.id, performance.now());
      ids.push(uploaded.id);
    }),
  );
  const peak = await peakDuring(instance.pid, together);
  const settling = await followMemory(instance.pid);
  const partsAfter = await memoryBreakdown(instance.url);
  const returnBytes = PHOTO_BARS.returnMiB * 1024 * 1024;
  const back = settling.findIndex((bytes) => bytes - before <= returnBytes);
  const after = settling[settling.length - 1];
  const early = settling[EARLY_READING_S - 1];

  log(
    `photo desk: the story page for ${load.durationS * SLICE_SHARE * READ_SLICES} s without renditions and as long while renditions are made, in turns`,
  );
  const { quietSlices, busySlices, cores, rounds } = await storyWhileRendering(
    { instance, database, token },
    ids.slice(0, CONCURRENT_UPLOADS),
    storyBodies,
    load,
  );
  const quiet = combineLoads(quietSlices);
  const busy = combineLoads(busySlices);

  const reqPerS = (r: LoadResult) => r.completed / r.durationS;
  const meanMiB = sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024 / 1024;
  return {
    rows: [
      msRow(`upload of a 24 MP JPEG, answered (bar ${PHOTO_BARS.uploadMs} ms)`, answers),
      msRow(`upload of a 24 MP JPEG, all renditions and crops ready after the answer (bar ${PHOTO_BARS.renditionsMs} ms)`, ready),
      {
        operation: `story page (uncached, own process) while renditions are made, ratio to the same without (bar ${PHOTO_BARS.busyReads}×)`,
        reqPerS: reqPerS(busy),
        p50Ms: busy.p50Ms,
        p95Ms: busy.p95Ms,
        p99Ms: busy.p99Ms,
        ratio: reqPerS(busy) / reqPerS(quiet),
        typedRatio: null,
        sqlPerRequest: Number.NaN,
      },
    ],
    notes: [
      `Photo desk: ${WIDTH}×${HEIGHT} photo-like JPEGs (quality 92, mean ${fixed(meanMiB, 1)} MiB) posted to \`POST /media\` as an editor on one instance in a process of its own (the production build, local media storage, the job queue on). Upload rows: ${SEQUENTIAL_UPLOADS} uploads one at a time after one unmeasured (p99 column: the slowest); "ready" is from the answer until the asset's renditionsStatus reads READY in the database (which the benchmark polls every 20 ms itself, so that its questions are no load on the instance).`,
      `Photo desk memory: ${CONCURRENT_UPLOADS} such uploads at once; resident memory ${mib(before)} before, peak ${mib(peak)} (${mibChange(before, peak)}; bar ${PHOTO_BARS.growthMiB}); after the last renditions were ready, read every second for ${SETTLE_S} s: ${mib(early)} at ${EARLY_READING_S} s (${mibChange(before, early)}), ${back === -1 ? `never within ${PHOTO_BARS.returnMiB} MiB of before` : `within ${PHOTO_BARS.returnMiB} MiB of before from ${back + 1} s`}, ${mib(after)} at ${SETTLE_S} s (${mibChange(before, after)}; bar ${PHOTO_BARS.returnMiB}: ${after - before <= returnBytes ? 'met' : 'NOT met'}). ${describeParts(partsBefore, partsAfter)}`,
      `Photo desk and reads: the story page on the same instance, uncached, ${load.connections} connections, one continuous load measured in windows after a ${warmupS(load)} s warm-up (discarded): ${READ_SLICES} windows of ${fixed(load.durationS * SLICE_SHARE, 1)} s with nothing else taking turns with ${READ_SLICES} while ${CONCURRENT_UPLOADS} photos had their focal point moved as soon as their renditions were ready (${rounds} focal points moved, so as many renditions jobs; every photo READY again before each quiet window; the time between windows not measured): ${fixed(reqPerS(quiet), 0)} req/s (p50 ${fixed(quiet.p50Ms, 2)} ms) quiet, ${fixed(reqPerS(busy), 0)} req/s (p50 ${fixed(busy.p50Ms, 2)} ms) busy; the ratio column is busy ÷ quiet. Window by window, quiet/busy req/s: ${quietSlices.map((q, i) => `${fixed(reqPerS(q), 0)}/${fixed(reqPerS(busySlices[i]), 0)}`).join(', ')}.`,
      `Photo desk CPU, ${describeCpuShift(cores, { quiet: reqPerS(quiet), busy: reqPerS(busy) }, 'story page')}`,
    ],
  };
}

/** Resident memory every second for SETTLE_S seconds. */
async function followMemory(pid: number): Promise<number[]> {
  const readings: number[] = [];
  for (let second = 1; second <= SETTLE_S; second++) {
    await sleep(1000);
    readings.push(await residentBytes(pid));
  }
  return readings;
}

/**
 * The instance's own account of the change, so that a growth can be told apart: JavaScript
 * heap (garbage V8 has not yet collected counts there), buffers, or native memory.
 */
function describeParts(before: MemoryBreakdown, after: MemoryBreakdown): string {
  return `The instance's /metrics, before → at ${SETTLE_S} s: V8 heap ${mib(before.heapTotal)} → ${mib(after.heapTotal)} (${mibChange(before.heapTotal, after.heapTotal)}; in use ${mibChange(before.heapUsed, after.heapUsed)}), buffers outside it ${mib(before.external)} → ${mib(after.external)} (${mibChange(before.external, after.external)}).`;
}

/**
 * The story page under one continuous load, measured in windows taking turns: quiet (nothing
 * renders) and busy (the photos' focal points moved as soon as their renditions are ready).
 * One load for all the windows, so that no process starts between them and the connections
 * stay warm; the time between windows (renders finishing) is not measured.
 */
async function storyWhileRendering(desk: Desk, photos: string[], bodies: string[], load: StoryLoad) {
  const sliceMs = load.durationS * SLICE_SHARE * 1000;
  // Longer than the windows can take; stopped when they are done.
  const run = startLoad({ url: `${desk.instance.url}/graphql`, bodies, ...load, durationS: 3600, timeline: true });
  const quiet: MeasuredWindow[] = [];
  const busy: MeasuredWindow[] = [];
  let rounds = 0;
  try {
    await sleep(warmupS(load) * 1000);
    for (let slice = 0; slice < READ_SLICES; slice++) {
      quiet.push(await timedWindow(sliceMs, desk.instance.pid));
      let finish: () => void = () => undefined;
      const stop = new Promise<void>((resolve) => (finish = resolve));
      const rendering = keepRendering(desk, photos, stop);
      // The first renders have started before the window does.
      await sleep(300);
      busy.push(await timedWindow(sliceMs, desk.instance.pid).finally(finish));
      rounds += await rendering;
      // Nothing renders in the next quiet window.
      for (const id of photos) await untilRendered(desk.database, id, performance.now());
    }
  } finally {
    run.stop();
  }
  const result = await run.result;
  const problems = loadProblems(result);
  if (problems.length) throw new Error(`photo desk story page: ${problems.join(', ')}`);
  const cpu = (windows: MeasuredWindow[]) => {
    const readings = windows.flatMap((w) => (w.cpu ? [w.cpu] : []));
    return readings.length === windows.length ? coresUsed(readings) : null;
  };
  return {
    quietSlices: quiet.map(({ span: [from, to] }) => loadWindow(result, from, to)),
    busySlices: busy.map(({ span: [from, to] }) => loadWindow(result, from, to)),
    cores: { quiet: cpu(quiet), busy: cpu(busy) },
    rounds,
  };
}

const warmupS = (load: StoryLoad) => Math.max(load.warmupS, MIN_WARMUP_S);

interface MeasuredWindow {
  /** [from, to) in ms since the epoch, as the load's timeline counts. */
  span: [number, number];
  /** CPU at its start and end; null where /proc cannot be read. */
  cpu: [CpuReading, CpuReading] | null;
}

/** Waits `ms`, reading the CPU of the instance, its render workers and PostgreSQL at both ends. */
async function timedWindow(ms: number, instancePid: number): Promise<MeasuredWindow> {
  const before = await readCpu(instancePid);
  const from = Date.now();
  await sleep(ms);
  const to = Date.now();
  const after = await readCpu(instancePid);
  return { span: [from, to], cpu: before && after ? [before, after] : null };
}
