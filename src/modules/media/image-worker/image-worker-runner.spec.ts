import type { CheckReply } from '../upload/image-inspection.js';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { getPriority, tmpdir } from 'node:os';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { eventually } from '../../../../test/utils/eventually.js';
import { backgroundScheduling } from './background-scheduling.js';
import {
  ImageWorkerFailedError,
  ImageWorkerUnavailableError,
  imageWorkerCommand,
  letIdleImageWorkersGo,
  runImageWorker,
  type WorkerCommand,
} from './image-worker-runner.js';

const CHECK = { timeoutMs: 30_000, background: false };

async function noisyJpeg(width: number, height: number, orientation?: number): Promise<Buffer> {
  const image = sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });
  return (orientation ? image.withMetadata({ orientation }) : image).jpeg({ quality: 80 }).toBuffer();
}

describe('runImageWorker', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'image-worker-'));
  });
  afterAll(async () => {
    letIdleImageWorkersGo();
    await rm(folder, { recursive: true, force: true });
  });

  async function file(name: string, bytes: Buffer | string): Promise<string> {
    const path = join(folder, name);
    await writeFile(path, bytes);
    return path;
  }

  /** A stand-in worker that takes the request and then does what `body` says. */
  async function fakeWorker(name: string, body: string): Promise<WorkerCommand> {
    const source = `process.once('message', () => { process.send({ type: 'started' }, () => { ${body} }); });\n`;
    return { entry: await file(name, source), execArgv: [] };
  }

  it('answers a check of a truncated JPEG as corrupt, though its header reads', async () => {
    const whole = await noisyJpeg(800, 600);
    const path = await file('truncated.jpg', whole.subarray(0, Math.floor(whole.length * 0.6)));
    expect((await sharp(path).metadata()).width).toBe(800);

    const reply = await runImageWorker<CheckReply>({ kind: 'check', path, maxPixels: 1_000_000 }, CHECK);

    expect(reply).toEqual({ ok: false, refusal: 'corrupt', reason: expect.stringMatching(/premature end|truncated/i) });
  });

  it('answers a check of an intact photo with its type from the bytes and its upright size', async () => {
    const path = await file('turned.png', await noisyJpeg(300, 200, 6));

    const reply = await runImageWorker<CheckReply>({ kind: 'check', path, maxPixels: 1_000_000 }, CHECK);

    expect(reply).toEqual({ ok: true, extension: 'jpg', width: 200, height: 300 });
  });

  it('refuses by the header alone what is over the pixel limit or not a photo type', async () => {
    const wide = await file('wide.jpg', await noisyJpeg(400, 300));
    const gif = await file(
      'small.gif',
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f00' } })
        .gif()
        .toBuffer(),
    );
    const text = await file('notes.jpg', 'Not a photo, whatever its name says.\n');

    const replies = await Promise.all(
      [wide, gif, text].map((path) => runImageWorker<CheckReply>({ kind: 'check', path, maxPixels: 100_000 }, CHECK)),
    );

    expect(replies).toEqual([
      { ok: false, refusal: 'too-many-pixels', width: 400, height: 300 },
      { ok: false, refusal: 'unsupported', found: 'gif' },
      { ok: false, refusal: 'unsupported', found: null },
    ]);
  });

  it('tells a worker that never started (a fault of the server) from one that died on its work', async () => {
    const missing = { entry: join(folder, 'no-such-worker.mjs'), execArgv: [] };
    const crashing = await fakeWorker('crashing.mjs', `process.kill(process.pid, 'SIGKILL');`);
    const request = { kind: 'check', path: join(folder, 'any.jpg'), maxPixels: 1 } as const;

    await expect(runImageWorker(request, { ...CHECK, command: missing })).rejects.toBeInstanceOf(ImageWorkerUnavailableError);
    await expect(runImageWorker(request, { ...CHECK, command: crashing })).rejects.toThrow(
      new ImageWorkerFailedError('the process ended (SIGKILL) without an answer'),
    );
  });

  it('kills a worker that gives no answer in time', async () => {
    const hanging = await fakeWorker('hanging.mjs', `setInterval(() => undefined, 1000);`);
    const request = { kind: 'check', path: join(folder, 'any.jpg'), maxPixels: 1 } as const;

    // Long enough for the process to start on a busy machine, so that it is the work that runs out of time.
    await expect(runImageWorker(request, { timeoutMs: 3000, background: false, command: hanging })).rejects.toThrow(
      new ImageWorkerFailedError('no answer within 3 s'),
    );
  });

  /** A stand-in worker that answers every request with its process id, as the real one answers every request. */
  async function pidWorker(name: string): Promise<WorkerCommand> {
    const source = `process.on('message', () => { process.send({ type: 'started' }); process.send({ type: 'answer', reply: process.pid }); });\n`;
    return { entry: await file(name, source), execArgv: [] };
  }

  const exited = (pid: number) => !existsSync(`/proc/${pid}`);

  it('gives background work to a worker that answered before, and lets it go when the server ends', async () => {
    const command = await pidWorker('reused.mjs');
    const background = { timeoutMs: 30_000, background: true, command };
    const request = { kind: 'render' };

    const first = await runImageWorker<number>(request, background);
    const second = await runImageWorker<number>(request, background);
    const [third, fourth] = await Promise.all([runImageWorker<number>(request, background), runImageWorker<number>(request, background)]);

    expect(second).toBe(first);
    // Two at once: the parked worker takes one, a new process the other.
    expect([third, fourth]).toContain(first);
    expect(new Set([third, fourth]).size).toBe(2);
    letIdleImageWorkersGo();
    await eventually(() => exited(third) && exited(fourth), 10_000, 'the parked workers to exit');
  });

  it('starts a fresh process for every piece of work someone waits for', async () => {
    const command = await pidWorker('fresh.mjs');
    const first = await runImageWorker<number>({ kind: 'check' }, { ...CHECK, command });
    const second = await runImageWorker<number>({ kind: 'check' }, { ...CHECK, command });

    expect(second).not.toBe(first);
    await eventually(() => exited(first), 10_000, 'the first worker to exit after its answer');
  });

  it('never hands out a parked worker that died meanwhile', async () => {
    const command = await pidWorker('killed.mjs');
    const background = { timeoutMs: 30_000, background: true, command };
    const first = await runImageWorker<number>({ kind: 'render' }, background);
    process.kill(first, 'SIGKILL');
    await eventually(() => exited(first), 10_000, 'the killed worker to exit');

    const second = await runImageWorker<number>({ kind: 'render' }, background);

    expect(second).not.toBe(first);
  });

  it('gives the work to a fresh process when the parked worker died just before it was asked', async () => {
    const command = await pidWorker('killed-just-before.mjs');
    const background = { timeoutMs: 30_000, background: true, command };
    const first = await runImageWorker<number>({ kind: 'render' }, background);

    process.kill(first, 'SIGKILL');
    const second = await runImageWorker<number>({ kind: 'render' }, background);

    expect(second).not.toBe(first);
  });

  it('kills a background worker that gave no answer instead of keeping it', async () => {
    // Answers with how many requests this process had before, except the one asked to hang.
    const source = `let before = 0; process.on('message', (m) => { process.send({ type: 'started' }); if (!m.hang) process.send({ type: 'answer', reply: before }); before++; });\n`;
    const command = { entry: await file('hangs-once.mjs', source), execArgv: [] };
    // Not the idle class: while the other test files keep every core busy, an idle-class process
    // may not run at all within the 3 s, and the first call would fail for not starting.
    const background = { timeoutMs: 3000, background: true, scheduling: { kind: 'own-session' } as const, command };

    await expect(runImageWorker({ kind: 'render', hang: true }, background)).rejects.toThrow(
      new ImageWorkerFailedError('no answer within 3 s'),
    );
    const before = await runImageWorker<number>({ kind: 'render', hang: false }, background);

    expect(before).toBe(0);
  });

  it('does not start when the work is already stopped', async () => {
    const stopped = AbortSignal.abort();
    const request = { kind: 'check', path: join(folder, 'any.jpg'), maxPixels: 1 } as const;

    await expect(runImageWorker(request, { ...CHECK, signal: stopped })).rejects.toThrow(/interrupted/);
  });

  /** A worker that loads the real priority module first, as the entry does, then answers with what it sees. */
  async function priorityReporter(name: string): Promise<WorkerCommand> {
    const priorityModule = join(dirname(fileURLToPath(import.meta.url)), 'background-priority.ts');
    const source = `
      import { readFileSync } from 'node:fs';
      import { getPriority } from 'node:os';
      await import(${JSON.stringify(priorityModule)});
      process.once('message', () => {
        let autogroup = null;
        let policy = null;
        try { autogroup = readFileSync('/proc/self/autogroup', 'utf8').trim(); } catch {}
        // The 41st field of /proc/self/stat, counted after the command's closing parenthesis.
        try { policy = Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[38]); } catch {}
        process.send({ type: 'started' });
        process.send({ type: 'answer', reply: { priority: getPriority(0), autogroup, policy } });
      });
      setInterval(() => undefined, 1000);
    `;
    return { entry: await file(name, source), execArgv: imageWorkerCommand().execArgv };
  }

  it('runs background work under SCHED_IDLE in the server’s session where Linux allows it, and work someone waits for at the server’s priority', async () => {
    const command = await priorityReporter('idle.mjs');
    const request = { kind: 'report' };
    const scheduling = await backgroundScheduling();
    const chrt = ['/usr/bin/chrt', '/bin/chrt'].find((path) => existsSync(path));

    const background = await runImageWorker<Report>(request, { timeoutMs: 30_000, background: true, command });
    const waitedFor = await runImageWorker<Report>(request, { timeoutMs: 30_000, background: false, command });

    // This suite runs on Linux with util-linux (CI and the Docker image): elsewhere the fallback below is what runs.
    expect(scheduling).toEqual(process.platform === 'linux' && chrt ? { kind: 'idle', chrt } : { kind: 'own-session' });
    expect(background.policy).toBe(SCHED_IDLE);
    expect(background.autogroup).toBe(readAutogroup());
    expect(waitedFor.policy).toBe(SCHED_OTHER);
    expect(waitedFor.priority).toBe(getPriority(0));
  });

  it('falls back to the lowest nice value in a session of its own when SCHED_IDLE is not to be had', async () => {
    const command = await priorityReporter('own-session.mjs');
    const mine = readAutogroup();

    const background = await runImageWorker<Report>(
      { kind: 'report' },
      { timeoutMs: 30_000, background: true, scheduling: { kind: 'own-session' }, command },
    );

    expect(background.priority).toBe(19);
    expect(background.policy).toBe(SCHED_OTHER);
    // Where the kernel groups scheduling by session, the background worker's group is its own and yields.
    if (mine !== null) {
      expect(background.autogroup).toMatch(/ nice 19$/);
      expect(background.autogroup?.split(' ')[0]).not.toBe(mine.split(' ')[0]);
    }
  });

  it('ends a worker whose server went away instead of leaving it working for nobody', async () => {
    const { entry, execArgv } = await priorityReporter('orphan.mjs');
    const child = fork(entry, [], { execArgv, stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    child.send({ kind: 'report' });
    await once(child, 'message'); // started: the priority module is loaded

    child.disconnect();
    const [code] = (await once(child, 'exit')) as [number | null];

    expect(code).toBe(1);
  });
});

interface Report {
  priority: number;
  autogroup: string | null;
  policy: number | null;
}

/** Linux's scheduling policies, as /proc/<pid>/stat numbers them. */
const SCHED_OTHER = 0;
const SCHED_IDLE = 5;

function readAutogroup(): string | null {
  try {
    return readFileSync('/proc/self/autogroup', 'utf8').trim();
  } catch {
    return null;
  }
}
