import sharp from 'sharp';
import { MediaStorage } from '../../src/modules/media/storage/media-storage.js';
import { StoredFilesRemoval } from '../../src/modules/media/storage/stored-files-removal.js';
import { eventually } from '../utils/eventually.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { noisyJpeg, startS3Server, uploadFile, type S3TestServer } from './media-storage.helpers.js';

const READ = `query($id: ID!) { mediaAsset(id: $id) { version renditionsStatus renditions { name url width height format } } }`;

interface Asset {
  version: number;
  renditionsStatus: string;
  renditions: { name: string; url: string; width: number; height: number; format: string }[];
}

describe('renditions in S3-compatible storage', () => {
  let s3: S3TestServer;
  let api: TestApp;

  beforeAll(async () => {
    s3 = await startS3Server();
    api = await createTestApp({ seed: false, env: { ...s3.env, JOBS_POLL_INTERVAL_MS: '100' } });
  });
  afterAll(async () => {
    await api.close();
    await s3.close();
  });

  const read = async (id: string) => (await api.gql(READ, { id })).data!.mediaAsset as Asset;
  const ready = (id: string, notVersion = 0) =>
    eventually(
      async () => {
        const asset = await read(id);
        return asset.renditionsStatus === 'READY' && asset.version !== notVersion && asset;
      },
      60_000,
      'renditions READY',
    );
  const keyOfUrl = (url: string) => new URL(url).pathname.replace(/^\/media\/files\//, '');

  it('stores the renditions in the bucket, serves them, and removes the replaced ones from it a day later', async () => {
    const upload = await uploadFile(api, await noisyJpeg(1200, 800));
    expect(upload.status).toBe(201);
    const id = upload.body.asset.id as string;
    const first = await ready(id);
    expect(first.renditions.map((r) => `${r.name} ${r.format} ${r.width}x${r.height}`)).toEqual([
      'w320 JPEG 320x213',
      'w320 WEBP 320x213',
      'w640 JPEG 640x427',
      'w640 WEBP 640x427',
      'w1024 JPEG 1024x683',
      'w1024 WEBP 1024x683',
      '1x1 JPEG 800x800',
      '1x1 WEBP 800x800',
      '4x3 JPEG 1067x800',
      '4x3 WEBP 1067x800',
      '16x9 JPEG 1200x675',
      '16x9 WEBP 1200x675',
    ]);
    const served = await fetch(`${api.baseUrl}${new URL(first.renditions[0].url).pathname}`);
    expect(served.status).toBe(200);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(320);

    const moved = await api.gql(`mutation($input: SetMediaFocalPointInput!) { setMediaFocalPoint(input: $input) { version } }`, {
      input: { id, expectedVersion: first.version, x: 0.25, y: 0.75 },
    });
    expect(moved.errors).toBeUndefined();
    const second = await ready(id, first.version);
    const storage = api.app.get(MediaStorage);
    const replaced = first.renditions.map((rendition) => keyOfUrl(rendition.url));
    const stillThere = async (key: string) => {
      const found = await storage.read(key);
      found?.body.destroy();
      return found !== null;
    };
    // Served a day longer for the pages that still name them, then removed from the bucket.
    for (const key of replaced) expect(await stillThere(key)).toBe(true);
    await api.app.get(StoredFilesRemoval).remove(replaced);
    for (const key of replaced) expect(await stillThere(key)).toBe(false);
    for (const rendition of second.renditions) {
      const stored = await storage.read(keyOfUrl(rendition.url));
      expect(stored).not.toBeNull();
      stored?.body.destroy();
    }
  });
});
