import 'reflect-metadata';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppConfig } from '../../src/config/app-config.js';
import { InvalidEnvironmentError, loadEnvironment } from '../../src/config/environment.js';
import { LocalDiskStorage } from '../../src/modules/media/storage/local-disk-storage.js';
import { createMediaStorage } from '../../src/modules/media/storage/media-storage.module.js';
import type { MediaStorage } from '../../src/modules/media/storage/media-storage.js';
import { S3Storage } from '../../src/modules/media/storage/s3-storage.js';
import { removeStaleSpoolFiles, STALE_SPOOL_AGE_MS } from '../../src/modules/media/storage/stale-spool.js';
import { isStorageKey, originalKey } from '../../src/modules/media/storage/storage-key.js';
import { filesUnder, startS3Server, type S3TestServer } from './media-storage.helpers.js';

const HASH = 'ab'.repeat(32);

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('media storage', () => {
  let s3: S3TestServer;
  let dir: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    dir = await mkdtemp(join(tmpdir(), 'podium-media-storage-'));
  });
  afterAll(async () => {
    await s3.close();
    await rm(dir, { recursive: true, force: true });
  });

  const configFor = (env: Record<string, string>) => new AppConfig(loadEnvironment({ NODE_ENV: 'test', ...env }));
  const storages: [string, () => Promise<MediaStorage>][] = [
    ['local disk', () => createMediaStorage(configFor({ MEDIA_DIR: join(dir, 'local') }))],
    ['S3', () => createMediaStorage(configFor({ ...s3.env, MEDIA_DIR: join(dir, 's3') }))],
  ];

  describe.each(storages)('%s', (name, make) => {
    let storage: MediaStorage;
    beforeAll(async () => {
      storage = await make();
    });
    afterAll(() => {
      (storage as Partial<S3Storage>).onModuleDestroy?.();
    });

    it('stores a spooled file under its key and reads it back with its size and type', async () => {
      const key = originalKey(HASH, 'jpg');
      const bytes = Buffer.alloc(3 * 1024 * 1024 + 17, 0x5a);
      const spool = join(storage.spoolDirectory(), 'test.upload');
      await writeFile(spool, bytes);
      await storage.putFile(key, spool, 'image/jpeg');
      const stored = await storage.read(key);
      expect(stored?.object).toEqual({ sizeBytes: bytes.length, contentType: 'image/jpeg' });
      expect((await readAll(stored!.body)).equals(bytes)).toBe(true);
      await rm(spool);
    });

    it('stores a buffer, deletes it, and answers null for a missing key', async () => {
      const key = `renditions/${HASH.slice(0, 2)}/${HASH}/w640.webp`;
      await storage.putBuffer(key, Buffer.from('webp bytes'), 'image/webp');
      const stored = await storage.read(key);
      expect(stored?.object.contentType).toBe('image/webp');
      expect((await readAll(stored!.body)).toString()).toBe('webp bytes');
      await storage.delete(key);
      expect(await storage.read(key)).toBeNull();
      await expect(storage.delete(key)).resolves.toBeUndefined();
    });

    it('gives a file on local disk for a worker to open itself: its own on local disk, a copy in the folder from remote storage, nothing for a missing key', async () => {
      const key = originalKey(HASH, 'webp');
      const folder = await mkdtemp(join(tmpdir(), 'local-file-'));
      try {
        await storage.putBuffer(key, Buffer.from('webp original'), 'image/webp');
        const path = await storage.localFile(key, folder);
        expect(path && (await readFile(path, 'utf8'))).toBe('webp original');
        expect(path?.startsWith(folder)).toBe(name !== 'local disk');
        await storage.delete(key);
        expect(await storage.localFile(key, folder)).toBeNull();
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });

    it('refuses keys the media feature never makes', async () => {
      for (const key of ['../etc/passwd.jpg', 'originals/../../x.jpg', '/abs/x.jpg', 'originals/ab/x.exe', 'x.jpg', 'Originals/ab/x.jpg']) {
        await expect(storage.read(key)).rejects.toThrow(/Not a media storage key/);
      }
    });
  });

  describe('on local disk', () => {
    it('writes through a temporary file and leaves none behind, also when the write fails', async () => {
      const root = join(dir, 'atomic');
      const storage: MediaStorage = new LocalDiskStorage(root);
      await storage.putBuffer(originalKey(HASH, 'png'), Buffer.from('png'), 'image/png');
      await expect(storage.putFile(originalKey('cd'.repeat(32), 'png'), join(root, 'no-such-spool'), 'image/png')).rejects.toThrow();
      expect(await filesUnder(root)).toEqual([`originals/ab/${HASH}.png`]);
    });
  });

  it('removes spool files and render folders a crashed process left, and only those older than a day', async () => {
    const spool = join(dir, 'spool');
    await mkdir(join(spool, 'render-old'), { recursive: true });
    await mkdir(join(spool, 'render-recent'), { recursive: true });
    await writeFile(join(spool, 'old.upload'), 'left by a crash');
    await writeFile(join(spool, 'render-old', 'w320.jpg'), 'left by a crashed render');
    await writeFile(join(spool, 'recent.upload'), 'an upload in progress');
    await writeFile(join(spool, 'render-recent', 'w320.jpg'), 'a render in progress');
    const dayAndMinuteAgo = new Date(Date.now() - STALE_SPOOL_AGE_MS - 60_000);
    await utimes(join(spool, 'old.upload'), dayAndMinuteAgo, dayAndMinuteAgo);
    await utimes(join(spool, 'render-old'), dayAndMinuteAgo, dayAndMinuteAgo);

    expect(await removeStaleSpoolFiles(spool)).toBe(2);
    expect(await filesUnder(spool)).toEqual(['recent.upload', 'render-recent/w320.jpg']);
  });

  describe('configuration', () => {
    it('needs a bucket and a region for MEDIA_STORAGE=s3, naming both', () => {
      const problems = (() => {
        try {
          loadEnvironment({ MEDIA_STORAGE: 's3' });
          return [];
        } catch (error) {
          return (error as InvalidEnvironmentError).problems;
        }
      })();
      expect(problems.join('\n')).toMatch(/S3_BUCKET/);
      expect(problems.join('\n')).toMatch(/S3_REGION/);
    });

    it('needs both halves of an access key', () => {
      expect(() => loadEnvironment({ ...s3.env, S3_SECRET_ACCESS_KEY: '' })).toThrow(/S3_SECRET_ACCESS_KEY/);
    });

    it('defaults to local disk under .data/media, files served by this server, 64 MiB and 60 megapixels', async () => {
      const config = new AppConfig(loadEnvironment({ PORT: '4321' }));
      expect(config.media).toMatchObject({
        storage: 'local',
        dir: '.data/media',
        publicUrl: 'http://localhost:4321/media/files',
        maxBytes: 64 * 1024 * 1024,
        maxPixels: 60_000_000,
      });
      expect(await createMediaStorage(configFor({ MEDIA_DIR: join(dir, 'chosen') }))).toBeInstanceOf(LocalDiskStorage);
    });
  });

  it.each([
    ['originals/ab/' + HASH + '.jpg', true],
    ['renditions/ab/' + HASH + '/crop-16x9.w1200.avif', true],
    ['originals/ab/' + HASH + '.JPG', false],
    ['originals/ab/..jpg', false],
    ['originals//x.jpg', false],
    ['originals/ab/x.jpg/', false],
  ])('%s is a storage key: %s', (key, expected) => {
    expect(isStorageKey(key)).toBe(expected);
  });
});
