import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { filesUnder, noisyJpeg, startS3Server, uploadFile, type S3TestServer } from './media-storage.helpers.js';

describe('POST /media with MEDIA_STORAGE=s3', () => {
  let s3: S3TestServer;
  let api: TestApp;
  let client: S3Client;

  beforeAll(async () => {
    s3 = await startS3Server();
    api = await createTestApp({ env: { ...s3.env, MEDIA_PUBLIC_URL: 'https://media.example.org/files' } });
    client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  });
  afterAll(async () => {
    client.destroy();
    await api.close();
    await s3.close();
  });

  const bucketKeys = async () => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    return (listed.Contents ?? []).map((object) => object.Key!).sort();
  };
  /** The bucket once background jobs are done: an earlier upload's renditions land in it while later requests run. */
  const settledBucketKeys = async () => {
    await api.pagesSettled();
    return bucketKeys();
  };

  it('stores the original in the bucket under its hash and serves it back', async () => {
    const bytes = await readFile(new URL('../fixtures/media/leerdam-podium.jpg', import.meta.url));
    const hash = createHash('sha256').update(bytes).digest('hex');
    const key = `originals/${hash.slice(0, 2)}/${hash}.jpg`;

    const answer = await uploadFile(api, bytes, { filename: 'leerdam-podium.jpg' });

    expect(answer.status).toBe(201);
    expect(answer.body.asset).toMatchObject({
      url: `https://media.example.org/files/${key}`,
      contentHash: hash,
      creditLine: 'AFP via Getty Images',
    });
    expect(await bucketKeys()).toContain(key);
    const served = await fetch(`${api.baseUrl}/media/files/${key}`);
    expect([served.status, served.headers.get('content-type'), served.headers.get('content-length')]).toEqual([
      200,
      'image/jpeg',
      String(bytes.length),
    ]);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    // Only the spool folder is local, and it is empty again once the renditions are made (a render copies the original there while it runs).
    await api.pagesSettled();
    expect(await filesUnder(api.mediaDir)).toEqual([]);
  });

  it('answers a second upload of the file as the same asset, with nothing new in the bucket', async () => {
    const bytes = await noisyJpeg(300, 200);
    const first = await uploadFile(api, bytes);
    const keys = await settledBucketKeys();
    const second = await uploadFile(api, bytes);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.asset.id).toBe(first.body.asset.id);
    expect(await settledBucketKeys()).toEqual(keys);
  });

  it('puts nothing in the bucket for a refused file', async () => {
    const keys = await settledBucketKeys();
    const whole = await noisyJpeg(800, 600);
    const answer = await uploadFile(api, whole.subarray(0, whole.length >> 1));
    expect(answer.body.error?.code).toBe('MEDIA_CORRUPT');
    expect(await settledBucketKeys()).toEqual(keys);
    expect(await filesUnder(api.mediaDir)).toEqual([]);
  });
});
