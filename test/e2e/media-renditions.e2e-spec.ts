import exifr from 'exifr';
import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { queueRenditions } from '../../src/modules/media/rendition-requests.js';
import { RenditionsRenderer } from '../../src/modules/media/renditions/renditions-renderer.js';
import { RenditionsTask } from '../../src/modules/media/renditions/renditions.task.js';
import { MediaStorage } from '../../src/modules/media/storage/media-storage.js';
import { originalKey } from '../../src/modules/media/storage/storage-key.js';
import { REMOVE_STORED_FILES_TASK, StoredFilesRemoval } from '../../src/modules/media/storage/stored-files-removal.js';
import { eventually } from '../utils/eventually.js';
import { globalId, keyOf } from '../utils/ids.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { filesUnder, uploadFile } from './media-storage.helpers.js';

const READ = `query($id: ID!) {
  mediaAsset(id: $id) {
    version renditionsStatus renditionsError focalPoint { x y }
    renditions { name url width height format mimeType sizeBytes }
  }
}`;
const SET_FOCAL_POINT = `mutation($input: SetMediaFocalPointInput!) {
  setMediaFocalPoint(input: $input) { id version renditionsStatus focalPoint { x y } }
}`;

interface Rendition {
  name: string;
  url: string;
  width: number;
  height: number;
  format: 'JPEG' | 'WEBP';
  mimeType: string;
  sizeBytes: number;
}

let made = 0;

/** Left half red, right half blue: a crop shows which side it was cut from. A dot in a corner makes each file new. */
async function redBlue(width: number, height: number): Promise<Buffer> {
  const block = (w: number, h: number, colour: string | { r: number; g: number; b: number }) =>
    sharp({ create: { width: w, height: h, channels: 3, background: colour } })
      .png()
      .toBuffer();
  made += 1;
  return sharp({ create: { width, height, channels: 3, background: '#000' } })
    .composite([
      { input: await block(width / 2, height, '#ff0000'), left: 0, top: 0 },
      { input: await block(width / 2, height, '#0000ff'), left: width / 2, top: 0 },
      { input: await block(8, 8, { r: made % 256, g: 128, b: 0 }), left: 0, top: 0 },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

describe('renditions and focal points of uploaded photos', () => {
  let api: TestApp;
  let storage: MediaStorage;

  beforeAll(async () => {
    api = await createTestApp({ env: { JOBS_POLL_INTERVAL_MS: '100' } });
    storage = api.app.get(MediaStorage);
  });
  afterAll(async () => {
    await api.close();
  });

  /** An uploaded photo as the upload leaves it: the original stored, the row PENDING, its renditions queued. */
  async function storedPhoto(bytes: Buffer, fields: Partial<Prisma.MediaAssetUncheckedCreateInput> = {}): Promise<string> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const key = originalKey(hash, 'jpg');
    await storage.putBuffer(key, bytes, 'image/jpeg');
    const asset = await api.prisma.$transaction(async (tx) => {
      const row = await tx.mediaAsset.create({
        data: {
          url: `https://media.example/${key}`,
          mimeType: 'image/jpeg',
          contentHash: hash,
          storageKey: key,
          renditionsStatus: 'PENDING',
          ...fields,
        },
      });
      await queueRenditions(tx, row.id);
      return row;
    });
    return globalId('MediaAsset', asset.id);
  }

  async function read(id: string) {
    const response = await api.gql(READ, { id });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.mediaAsset as {
      version: number;
      renditionsStatus: string;
      renditionsError: string | null;
      renditions: Rendition[];
    };
  }

  const settled = (id: string) =>
    eventually(
      async () => {
        const asset = await read(id);
        return asset.renditionsStatus !== 'PENDING' && asset.renditionsStatus !== 'NONE' && asset;
      },
      60_000,
      'the renditions job',
    );

  /** The file behind a rendition's URL, as a browser gets it from this server. */
  const fetchRendition = (rendition: Rendition) => fetch(`${api.baseUrl}${new URL(rendition.url).pathname}`);
  /** How much of the square crop is red and how much blue, to one decimal. */
  async function redAndBlue(renditions: Rendition[]) {
    const square = renditions.find((r) => r.name === '1x1' && r.format === 'JPEG')!;
    const { channels } = await sharp(Buffer.from(await (await fetchRendition(square)).arrayBuffer())).stats();
    const share = (mean: number) => Math.round((mean / 255) * 10) / 10;
    return { red: share(channels[0].mean), blue: share(channels[2].mean) };
  }
  /** The stored object's size, or null when there is none; the stream is closed, not left open. */
  const storedSize = async (key: string) => {
    const found = await storage.read(key);
    found?.body.destroy();
    return found ? found.object.sizeBytes : null;
  };
  const keyOfUrl = (url: string) => new URL(url).pathname.replace(/^\/media\/files\//, '');

  it('makes every width the upload reaches and the three crops, in JPEG and WebP, listed with their sizes and served for good', async () => {
    const upload = await uploadFile(api, await redBlue(1600, 1000));
    expect(upload.status).toBe(201);
    const asset = await settled(upload.body.asset.id as string);

    expect(asset.renditionsStatus).toBe('READY');
    // The worker wrote the files to the spool folder, storage took them from there, and nothing is left.
    expect(await filesUnder(storage.spoolDirectory())).toEqual([]);
    expect(asset.renditions.map((r) => `${r.name} ${r.format} ${r.width}x${r.height}`)).toEqual([
      'w320 JPEG 320x200',
      'w320 WEBP 320x200',
      'w640 JPEG 640x400',
      'w640 WEBP 640x400',
      'w1024 JPEG 1024x640',
      'w1024 WEBP 1024x640',
      'w1600 JPEG 1600x1000',
      'w1600 WEBP 1600x1000',
      '1x1 JPEG 1000x1000',
      '1x1 WEBP 1000x1000',
      '4x3 JPEG 1200x900',
      '4x3 WEBP 1200x900',
      '16x9 JPEG 1200x675',
      '16x9 WEBP 1200x675',
    ]);
    for (const rendition of asset.renditions) {
      const response = await fetchRendition(rendition);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('content-type')).toBe(rendition.mimeType);
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.length).toBe(rendition.sizeBytes);
      const served = await sharp(body).metadata();
      expect(`${served.format} ${served.width}x${served.height}`).toBe(
        `${rendition.format.toLowerCase()} ${rendition.width}x${rendition.height}`,
      );
    }
  });

  it('keeps the credit, copyright and photographer in the renditions', async () => {
    const id = await storedPhoto(await redBlue(800, 600), {
      creditLine: 'Photo by Maddie Meyer/Getty Images',
      copyrightNotice: '2026 Getty Images',
      creatorNames: ['Maddie Meyer'],
    });
    const asset = await settled(id);
    const jpeg = asset.renditions.find((r) => r.name === 'w640' && r.format === 'JPEG')!;
    const embedded = await exifr.parse(Buffer.from(await (await fetchRendition(jpeg)).arrayBuffer()), { xmp: true, mergeOutput: true });
    expect(embedded).toMatchObject({
      Credit: 'Photo by Maddie Meyer/Getty Images',
      Copyright: '2026 Getty Images',
      Artist: 'Maddie Meyer',
    });
  });

  it('centres the crops on a moved focal point, under new URLs, and removes the files it replaced a day later', async () => {
    const id = await storedPhoto(await redBlue(1600, 1000));
    const before = await settled(id);
    const oldUrls = before.renditions.map((r) => r.url);
    expect(await redAndBlue(before.renditions)).toEqual({ red: 0.5, blue: 0.5 });

    const moved = await api.gql(SET_FOCAL_POINT, { input: { id, expectedVersion: before.version, x: 0.1, y: 0.5 } });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.setMediaFocalPoint).toEqual({
      id,
      version: before.version + 1,
      renditionsStatus: 'PENDING',
      focalPoint: { x: 0.1, y: 0.5 },
    });

    const after = await settled(id);
    expect(after.renditionsStatus).toBe('READY');
    // The largest square of a 1600×1000 image against its left edge: 800 px of red, 200 of blue.
    expect(await redAndBlue(after.renditions)).toEqual({ red: 0.8, blue: 0.2 });

    expect(after.renditions.map((r) => r.url).filter((url) => oldUrls.includes(url))).toEqual([]);
    // Pages built before the move still name the old files: they stay a day, then the removal job takes them.
    const oldKeys = oldUrls.map(keyOfUrl);
    for (const key of oldKeys) expect(await storedSize(key)).toBeGreaterThan(0);
    const [queued] = await api.prisma.$queryRaw<{ keys: string[] }[]>`
      SELECT j.payload->'keys' AS keys FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = ${REMOVE_STORED_FILES_TASK} AND j.run_at > now() + interval '23 hours'`;
    expect(new Set(queued.keys)).toEqual(new Set(oldKeys));
    await api.app.get(StoredFilesRemoval).remove(queued.keys);
    for (const key of oldKeys) expect(await storedSize(key)).toBeNull();
    for (const rendition of after.renditions) expect(await storedSize(keyOfUrl(rendition.url))).toBeGreaterThan(0);
    const audit = await api.prisma.auditEntry.findMany({
      where: { objectId: keyOf(id) },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
      select: { action: true },
    });
    expect(audit.map((entry) => entry.action)).toEqual([
      'mediaAsset.renditionsReady',
      'mediaAsset.setFocalPoint',
      'mediaAsset.renditionsReady',
    ]);
  });

  it('refuses a focal point outside the image, an asset without a file, a stale version and a writer', async () => {
    const id = await storedPhoto(await redBlue(400, 300));
    const { version } = await settled(id);

    const outside = await api.gql(SET_FOCAL_POINT, { input: { id, expectedVersion: version, x: 1.5, y: -0.2 } });
    expect(errorCodes(outside)).toEqual(['FOCAL_POINT_OUTSIDE_IMAGE']);
    expect(outside.errors![0].extensions.issues).toEqual([
      { path: 'input.x', message: 'a fraction of the width from 0 (left edge) to 1 (right edge), such as 0.5 for the middle; got 1.5' },
      { path: 'input.y', message: 'a fraction of the height from 0 (top edge) to 1 (bottom edge), such as 0.5 for the middle; got -0.2' },
    ]);

    const byUrl = await api.gql(
      `mutation { createMediaAsset(input: { url: "https://img.example/by-url.jpg", mimeType: "image/jpeg" }) { id version } }`,
    );
    const registered = byUrl.data!.createMediaAsset as { id: string; version: number };
    const noFile = await api.gql(SET_FOCAL_POINT, { input: { id: registered.id, expectedVersion: registered.version, x: 0.5, y: 0.5 } });
    expect(errorCodes(noFile)).toEqual(['NO_STORED_FILE']);
    expect(
      (await api.gql(`query($id: ID!) { mediaAsset(id: $id) { renditionsStatus renditions { name } } }`, { id: registered.id })).data,
    ).toEqual({
      mediaAsset: { renditionsStatus: 'NONE', renditions: [] },
    });

    const stale = await api.gql(SET_FOCAL_POINT, { input: { id, expectedVersion: version + 1, x: 0.5, y: 0.5 } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    const writer = await api.gqlAs('WRITER', SET_FOCAL_POINT, { input: { id, expectedVersion: version, x: 0.5, y: 0.5 } });
    expect(errorCodes(writer)).toEqual(['FORBIDDEN']);
    expect(writer.data).toBeNull();

    const unchanged = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(id) } });
    expect(unchanged).toMatchObject({ version, focalX: null, focalY: null, renditionsStatus: 'READY' });
  });

  it('marks a corrupt original FAILED with the reason, shown to staff only, without trying again', async () => {
    const whole = await redBlue(1600, 1000);
    const id = await storedPhoto(whole.subarray(0, Math.floor(whole.length / 2)));
    const asset = await settled(id);
    expect(asset).toMatchObject({ renditionsStatus: 'FAILED', renditions: [] });
    expect(asset.renditionsError).toMatch(/cannot be decoded/);

    const jobs = await api.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM graphile_worker.jobs WHERE task_identifier = 'media.renditions'`;
    expect(jobs[0].count).toBe(0);
    const anonymous = await api.gqlAs('anonymous', `query($id: ID!) { mediaAsset(id: $id) { renditionsStatus renditionsError } }`, { id });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data).toEqual({ mediaAsset: { renditionsStatus: 'FAILED', renditionsError: null } });
  });

  it('leaves the renditions of a newer focal point alone when an older job finishes last', async () => {
    const id = await storedPhoto(await redBlue(800, 600));
    await settled(id);
    const assetId = keyOf(id);
    const listed = () => api.prisma.mediaRendition.findMany({ where: { assetId }, orderBy: { storageKey: 'asc' } });
    const before = await listed();
    const { contentHash } = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: assetId } });

    const renderer = api.app.get(RenditionsRenderer);
    const render = renderer.render.bind(renderer);
    let movedWhileRendering = false;
    const spy = jest.spyOn(renderer, 'render').mockImplementationOnce(async (...args) => {
      const files = await render(...args);
      movedWhileRendering = true;
      // An editor moves the focal point while this job renders; the job that move queued is not run here.
      await api.prisma.mediaAsset.update({ where: { id: assetId }, data: { focalX: 0.9, focalY: 0.5, version: { increment: 1 } } });
      return files;
    });
    try {
      await api.app
        .get(RenditionsTask)
        .run({ assetId }, { jobId: 'test', attempt: 1, maxAttempts: 1, signal: new AbortController().signal });
    } finally {
      spy.mockRestore();
    }

    expect(movedWhileRendering).toBe(true);
    expect(await listed()).toEqual(before);
    expect(await filesUnder(join(api.mediaDir, 'renditions', contentHash!))).toEqual(
      before.map((r) => relative(`renditions/${contentHash}`, r.storageKey)).sort(),
    );
  });

  it('reads the renditions of a page of assets in one statement, whatever the page size', async () => {
    const query = (first: number) => () => api.gql(`{ mediaAssets(first: ${first}) { edges { node { renditions { name url } } } } }`);
    const one = await api.statementRange(query(1));
    const five = await api.statementRange(query(5));
    expect(five).toEqual(one);
  });
});
