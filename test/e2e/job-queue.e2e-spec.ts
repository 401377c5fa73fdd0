import { addJob, removeJob } from '../../src/jobs/job-queue.js';
import { eventually, sleep } from '../utils/eventually.js';
import { JobProbe, PROBE_TASK } from '../utils/job-probe.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

const FAST = { JOBS_POLL_INTERVAL_MS: '100' };

async function pendingJobs(app: TestApp): Promise<number> {
  const rows = await app.prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM graphile_worker.jobs`;
  return rows[0]?.count ?? 0;
}

describe('job queue (graphile-worker)', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    // The owner of the database closes last: closing it drops the database.
    while (apps.length) await apps.pop()?.close();
  });

  it('runs a job added in a committed transaction, never one whose transaction rolled back', async () => {
    const probe = new JobProbe();
    const api = await createTestApp({ seed: false, env: FAST, extraModules: [probe.module('a')] });
    apps.push(api);

    await expect(
      api.prisma.$transaction(async (tx) => {
        await addJob(tx, PROBE_TASK, { n: 1 });
        throw new Error('the write failed after adding its job');
      }),
    ).rejects.toThrow('the write failed');
    await api.prisma.$transaction((tx) => addJob(tx, PROBE_TASK, { n: 2 }));

    await eventually(() => probe.ran(2).length === 1, 15000, 'the committed job');
    await eventually(async () => (await pendingJobs(api)) === 0, 15000, 'the queue to empty');
    expect(probe.ran(1)).toEqual([]);
    expect(probe.runs).toHaveLength(1);
  });

  it('runs each job once with two app instances on one database', async () => {
    const probe = new JobProbe();
    const first = await createTestApp({ seed: false, env: FAST, extraModules: [probe.module('first')] });
    apps.push(first);
    const second = await createTestApp({ databaseUrl: first.databaseUrl, env: FAST, extraModules: [probe.module('second')] });
    apps.push(second);

    const jobs = Array.from({ length: 40 }, (_, n) => n);
    await first.prisma.$transaction(async (tx) => {
      for (const n of jobs) await addJob(tx, PROBE_TASK, { n });
    });

    await eventually(() => probe.runs.length >= jobs.length, 20000, 'every job to run');
    await eventually(async () => (await pendingJobs(first)) === 0, 15000, 'the queue to empty');
    // Time for a second run to show up, if a job were taken twice.
    await sleep(300);
    expect(probe.runs).toHaveLength(jobs.length);
    for (const n of jobs) expect(probe.ran(n)).toHaveLength(1);
  });

  it('keeps a job added while no runner runs, and the next app started on the database runs it', async () => {
    const probe = new JobProbe();
    const apiOnly = await createTestApp({ seed: false, env: { JOBS_ENABLED: 'false' }, extraModules: [probe.module('api-only')] });
    apps.push(apiOnly);
    await apiOnly.prisma.$transaction((tx) => addJob(tx, PROBE_TASK, { n: 7 }));
    await sleep(300);
    expect(probe.runs).toEqual([]);
    expect(await pendingJobs(apiOnly)).toBe(1);

    const worker = await createTestApp({ databaseUrl: apiOnly.databaseUrl, env: FAST, extraModules: [probe.module('worker')] });
    apps.push(worker);
    const [run] = await eventually(() => probe.ran(7).length === 1 && probe.ran(7), 15000, 'the waiting job');
    expect(run).toMatchObject({ app: 'worker', attempt: 1 });
    await eventually(async () => (await pendingJobs(worker)) === 0, 15000, 'the queue to empty');
  });

  it('leaves the tasks named in JOBS_SKIP to other processes', async () => {
    const probe = new JobProbe();
    const apiServer = await createTestApp({
      seed: false,
      env: { ...FAST, JOBS_SKIP: ` ${PROBE_TASK} ` },
      extraModules: [probe.module('api')],
    });
    apps.push(apiServer);
    await apiServer.prisma.$transaction((tx) => addJob(tx, PROBE_TASK, { n: 0 }));
    await sleep(500);
    expect(probe.runs).toEqual([]);

    const worker = await createTestApp({ databaseUrl: apiServer.databaseUrl, env: FAST, extraModules: [probe.module('worker')] });
    apps.push(worker);
    const jobs = Array.from({ length: 20 }, (_, n) => n + 1);
    await apiServer.prisma.$transaction(async (tx) => {
      for (const n of jobs) await addJob(tx, PROBE_TASK, { n });
    });
    await eventually(() => probe.runs.length === jobs.length + 1, 20000, 'every job to run');
    expect(new Set(probe.runs.map((run) => run.app))).toEqual(new Set(['worker']));
  });

  it('runs a job no earlier than its runAt, and a removed job never', async () => {
    const probe = new JobProbe();
    const api = await createTestApp({ seed: false, env: FAST, extraModules: [probe.module('a')] });
    apps.push(api);
    const runAt = new Date(Date.now() + 800);
    await api.prisma.$transaction(async (tx) => {
      await addJob(tx, PROBE_TASK, { n: 1 }, { runAt });
      await addJob(tx, PROBE_TASK, { n: 2 }, { runAt, jobKey: 'removed-later' });
    });
    await api.prisma.$transaction((tx) => removeJob(tx, 'removed-later'));

    await eventually(() => probe.ran(1).length === 1, 15000, 'the scheduled job');
    const ranAt = Date.now();
    expect(ranAt).toBeGreaterThanOrEqual(runAt.getTime());
    await eventually(async () => (await pendingJobs(api)) === 0, 15000, 'the queue to empty');
    expect(probe.ran(2)).toEqual([]);
  });

  it('replaces a pending job added again with the same jobKey', async () => {
    const probe = new JobProbe();
    const api = await createTestApp({ seed: false, env: { JOBS_ENABLED: 'false' }, extraModules: [probe.module('api-only')] });
    apps.push(api);
    await api.prisma.$transaction((tx) => addJob(tx, PROBE_TASK, { n: 1 }, { jobKey: 'same' }));
    await api.prisma.$transaction((tx) => addJob(tx, PROBE_TASK, { n: 2 }, { jobKey: 'same' }));
    expect(await pendingJobs(api)).toBe(1);

    const worker = await createTestApp({ databaseUrl: api.databaseUrl, env: FAST, extraModules: [probe.module('worker')] });
    apps.push(worker);
    await eventually(() => probe.ran(2).length === 1, 15000, 'the replacing job');
    await eventually(async () => (await pendingJobs(worker)) === 0, 15000, 'the queue to empty');
    expect(probe.ran(1)).toEqual([]);
  });
});
