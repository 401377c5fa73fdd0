import type { CheckReply } from '../upload/image-inspection.js';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ImageWorkerFailedError, ImageWorkerUnavailableError, runImageWorker, type WorkerCommand } from './image-worker-runner.js';

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

    await expect(runImageWorker(request, { timeoutMs: 500, background: false, command: hanging })).rejects.toThrow(
      new ImageWorkerFailedError('no answer within 0.5 s'),
    );
  });

  it('does not start when the work is already stopped', async () => {
    const stopped = AbortSignal.abort();
    const request = { kind: 'check', path: join(folder, 'any.jpg'), maxPixels: 1 } as const;

    await expect(runImageWorker(request, { ...CHECK, signal: stopped })).rejects.toThrow(/interrupted/);
  });
});
