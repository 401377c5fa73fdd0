import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { openAsBlob } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import sharp from 'sharp';
import { combineLoads, percentile, runLoad, type LoadResult, loadProblems } from './load.js';
import { fixed, mib, type Row } from './report.js';
import { residentBytes, startInstanceProcess, type InstanceProcess } from './instance-memory.js';
import { BENCH_MEDIA_DIR } from './servers.js';

/** The bars for a 24-megapixel JPEG. */
export const PHOTO_BARS = { uploadMs: 1000, renditionsMs: 4000, growthMiB: 300, returnMiB: 50, busyReads: 0.9 };
/** The story page with and without renditions, in turns, so that a change in the machine's other load reaches both. */
const READ_SLICES = 3;
const WIDTH = 6000;
const HEIGHT = 4000;
const SEQUENTIAL_UPLOADS = 3;
const CONCURRENT_UPLOADS = 4;
const READY_TIMEOUT_MS = 120_000;
/** How long after the last renditions the resident memory is read again. */
const SETTLE_MS = 10_000;

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

interface AssetState {
  node: { renditionsStatus: string; renditionsError: string | null; version: number; renditions: { name: string }[] } | null;
}
const ASSET_STATE = `query BenchAsset($id: ID!) { node(id: $id) { ... on MediaAsset { renditionsStatus renditionsError version renditions { name } } } }`;

/** Waits until the asset's renditions are READY; the time from `since` (ms, performance.now). */
async function untilRendered(instance: InstanceProcess, token: string, id: string, since: number): Promise<number> {
  for (;;) {
    const { node } = await graphql<AssetState>(instance, token, ASSET_STATE, { id });
    if (node?.renditionsStatus === 'READY') return performance.now() - since;
    if (node?.renditionsStatus === 'FAILED') throw new Error(`renditions of ${id} failed: ${node.renditionsError ?? 'no reason given'}`);
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

/** Moves each asset's focal point whenever its renditions are ready, until `stop` resolves: renditions never idle. */
async function keepRendering(instance: InstanceProcess, token: string, ids: string[], stop: Promise<void>): Promise<number> {
  let stopped = false;
  void stop.then(() => (stopped = true));
  let rounds = 0;
  await Promise.all(
    ids.map(async (id, i) => {
      for (let turn = 0; !stopped; turn++) {
        const { node } = await graphql<AssetState>(instance, token, ASSET_STATE, { id });
        if (node?.renditionsStatus !== 'READY') {
          // Slow polling: the row measures the story page, not the bench's own questions.
          await sleep(250);
          continue;
        }
        const x = 0.2 + 0.6 * (((turn + i) % 5) / 4);
        await graphql(instance, token, SET_FOCAL_POINT, { input: { id, expectedVersion: node.version, x, y: 0.5 } });
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
  load: { connections: number; durationS: number; timeoutS: number },
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
    try {
      return await measureOn(instance, editorToken, files, sizes, storyBodies, load, log);
    } finally {
      await instance.stop();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function measureOn(
  instance: InstanceProcess,
  token: string,
  files: string[],
  sizes: number[],
  storyBodies: string[],
  load: { connections: number; durationS: number; timeoutS: number },
  log: (message: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  const [warmup, ...rest] = files;
  const sequential = rest.slice(0, SEQUENTIAL_UPLOADS);
  const concurrent = rest.slice(SEQUENTIAL_UPLOADS);
  log('photo desk: one unmeasured upload, then one at a time');
  const first = await upload(instance, token, warmup);
  await untilRendered(instance, token, first.id, performance.now());
  const answers: number[] = [];
  const ready: number[] = [];
  const ids: string[] = [first.id];
  for (const file of sequential) {
    const sent = performance.now();
    const uploaded = await upload(instance, token, file);
    answers.push(uploaded.answeredMs);
    ready.push(await untilRendered(instance, token, uploaded.id, sent + uploaded.answeredMs));
    ids.push(uploaded.id);
  }
  answers.sort((a, b) => a - b);
  ready.sort((a, b) => a - b);

  log(`photo desk: ${CONCURRENT_UPLOADS} uploads at once, resident memory sampled every 20 ms`);
  await sleep(2000);
  const before = await residentBytes(instance.pid);
  const together = Promise.all(
    concurrent.map(async (file) => {
      const uploaded = await upload(instance, token, file);
      await untilRendered(instance, token, uploaded.id, performance.now());
      ids.push(uploaded.id);
    }),
  );
  const peak = await peakDuring(instance.pid, together);
  await sleep(SETTLE_MS);
  const after = await residentBytes(instance.pid);

  log(`photo desk: the story page for ${load.durationS} s without renditions and ${load.durationS} s while renditions are made, in turns`);
  const sliceS = load.durationS / READ_SLICES;
  const quietSlices: LoadResult[] = [];
  const busySlices: LoadResult[] = [];
  let rounds = 0;
  for (let slice = 0; slice < READ_SLICES; slice++) {
    quietSlices.push(await storyLoad(instance, storyBodies, { ...load, durationS: sliceS }));
    let finish: () => void = () => undefined;
    const stop = new Promise<void>((resolve) => (finish = resolve));
    const rendering = keepRendering(instance, token, ids.slice(0, CONCURRENT_UPLOADS), stop);
    // The first renders have started before the slice does.
    await sleep(300);
    busySlices.push(await storyLoad(instance, storyBodies, { ...load, durationS: sliceS }).finally(finish));
    rounds += await rendering;
    // Nothing renders in the next quiet slice.
    for (const id of ids.slice(0, CONCURRENT_UPLOADS)) await untilRendered(instance, token, id, performance.now());
  }
  const quiet = combineLoads(quietSlices);
  const busy = combineLoads(busySlices);

  const reqPerS = (r: LoadResult) => r.completed / r.durationS;
  const growth = (peak - before) / 1024 / 1024;
  const returned = (after - before) / 1024 / 1024;
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
      `Photo desk: ${WIDTH}×${HEIGHT} photo-like JPEGs (quality 92, mean ${fixed(meanMiB, 1)} MiB) posted to \`POST /media\` as an editor on one instance in a process of its own (the production build, local media storage, the job queue on). Upload rows: ${SEQUENTIAL_UPLOADS} uploads one at a time after one unmeasured (p99 column: the slowest); "ready" is from the answer until the asset's renditionsStatus reads READY (polled every 20 ms).`,
      `Photo desk memory: ${CONCURRENT_UPLOADS} such uploads at once; resident memory ${mib(before)} before, peak ${mib(peak)} (+${fixed(growth, 0)} MiB; bar ${PHOTO_BARS.growthMiB}), ${mib(after)} ${SETTLE_MS / 1000} s after the last renditions were ready (${returned >= 0 ? '+' : ''}${fixed(returned, 0)} MiB; bar ${PHOTO_BARS.returnMiB}).`,
      `Photo desk and reads: the story page on the same instance, uncached, ${load.connections} connections, ${READ_SLICES} slices of ${fixed(sliceS, 1)} s with nothing else taking turns with ${READ_SLICES} while ${CONCURRENT_UPLOADS} photos had their focal point moved as soon as their renditions were ready (${rounds} focal points moved, so as many renditions jobs; every photo READY again before each quiet slice): ${fixed(reqPerS(quiet), 0)} req/s (p50 ${fixed(quiet.p50Ms, 2)} ms) quiet, ${fixed(reqPerS(busy), 0)} req/s (p50 ${fixed(busy.p50Ms, 2)} ms) busy; the ratio column is busy ÷ quiet.`,
    ],
  };
}

async function storyLoad(instance: InstanceProcess, bodies: string[], load: { connections: number; durationS: number; timeoutS: number }) {
  const result = await runLoad({ url: `${instance.url}/graphql`, bodies, ...load });
  const problems = loadProblems(result);
  if (problems.length) throw new Error(`photo desk story page: ${problems.join(', ')}`);
  return result;
}
