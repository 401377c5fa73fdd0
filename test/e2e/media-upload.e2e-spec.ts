import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';
import { filesUnder, noisyJpeg, postMedia, uploadFile } from './media-storage.helpers.js';

/** A GET whose path is sent byte for byte. */
function rawGet(url: string): Promise<{ status: number; body: Record<string, any> }> {
  const { hostname, port, pathname } = new URL(url.replace(/\.\./g, '__DOTS__'));
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: pathname.replace(/__DOTS__/g, '..') }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as Record<string, any> });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const fixture = (name: string) => readFile(new URL(`../fixtures/media/${name}`, import.meta.url));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('POST /media', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    await api.prisma.agency.create({
      data: { slug: 'getty-images', name: 'Getty Images', creditFormat: 'Photo by {photographer}/Getty Images' },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const assetCount = () => api.prisma.mediaAsset.count();
  /**
   * What uploads leave in the media folder: originals, and spool or temporary files if they failed
   * to clean up. Renditions are the background job's: it is let finish first, and they are not counted.
   */
  const storedFiles = async () => {
    await api.pagesSettled();
    return (await filesUnder(api.mediaDir)).filter((path) => !path.startsWith('renditions/'));
  };
  const originals = async () => (await storedFiles()).filter((path) => path.startsWith('originals/'));

  /** Runs a refused upload and checks that it left nothing: no row, no stored file, no spool file. */
  async function expectRefusedLeavingNothing(
    send: () => Promise<{ status: number; body: Record<string, any> }>,
    status: number,
    code: string,
  ) {
    const [rowsBefore, filesBefore] = [await assetCount(), await storedFiles()];
    const answer = await send();
    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
    expect(typeof answer.body.error.message).toBe('string');
    expect(await assetCount()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  }

  it('stores a photo by its content hash and fills the asset from the file', async () => {
    const bytes = await fixture('leerdam-celebrates.jpg');
    const hash = sha256(bytes);
    const answer = await uploadFile(api, bytes, { filename: 'leerdam-celebrates.jpg' });

    expect(answer.status).toBe(201);
    const key = `originals/${hash.slice(0, 2)}/${hash}.jpg`;
    expect(answer.body).toMatchObject({
      duplicate: false,
      asset: {
        url: `http://localhost:3000/media/files/${key}`,
        mimeType: 'image/jpeg',
        width: 1200,
        height: 800,
        sizeBytes: bytes.length,
        contentHash: hash,
        originalFilename: 'leerdam-celebrates.jpg',
        creditLine: 'Getty Images',
        renditionsStatus: 'PENDING',
      },
    });
    expect(answer.body.asset.caption).toEqual(expect.any(String));
    expect(answer.body.asset).toMatchObject({ credit: 'Getty Images', supplier: { name: 'Getty Images' }, creditNeedsReview: false });
    expect(answer.body.warnings).toEqual(expect.any(Array));

    const row = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(answer.body.asset.id) } });
    expect(row).toMatchObject({ storageKey: key, contentHash: hash, sizeBytes: bytes.length, creditLine: 'Getty Images' });
    expect(row.rawMetadata).toEqual(expect.objectContaining({ iptc: expect.anything() }));
    expect(await originals()).toEqual([key]);
    const audit = await api.prisma.auditEntry.findFirst({ where: { action: 'mediaAsset.upload', objectId: row.id } });
    expect(audit?.summary).toMatchObject({ contentHash: hash });

    const served = await fetch(`${api.baseUrl}/media/files/${key}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('content-length')).toBe(String(bytes.length));
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
    // fetch marks a conditional request no-cache, which Express answers in full: a browser's cache sends max-age=0.
    const again = await fetch(`${api.baseUrl}/media/files/${key}`, {
      headers: { 'if-none-match': served.headers.get('etag')!, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    const head = await fetch(`${api.baseUrl}/media/files/${key}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('content-length'), head.headers.get('content-type')]).toEqual([
      200,
      String(bytes.length),
      'image/jpeg',
    ]);
  });

  it('flags a credit no agency of the registry matches, with a warning', async () => {
    const answer = await uploadFile(api, await fixture('unknown-credit.jpg'), { filename: 'unknown-credit.jpg' });
    expect(answer.status).toBe(201);
    expect(answer.body.asset).toMatchObject({ creditLine: 'Local Photo Studio', supplier: null, creditNeedsReview: true });
    expect(answer.body.warnings).toContainEqual(expect.objectContaining({ code: 'CREDIT_UNRECOGNISED', message: expect.any(String) }));
  });

  it('answers the same file uploaded again with the asset it already is, storing nothing new', async () => {
    const bytes = await fixture('paul-in-the-stands.jpg');
    const first = await uploadFile(api, bytes, { filename: 'paul.jpg' });
    const [rows, files] = [await assetCount(), await storedFiles()];
    const second = await uploadFile(api, bytes, { filename: 'another-name.jpg' });

    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ duplicate: true, asset: { id: first.body.asset.id, originalFilename: 'paul.jpg' } });
    expect(await assetCount()).toBe(rows);
    expect(await storedFiles()).toEqual(files);
  });

  it('makes one asset of the same file uploaded several times at once', async () => {
    const bytes = await noisyJpeg(400, 300);
    const answers = await Promise.all([1, 2, 3, 4].map(() => uploadFile(api, bytes)));

    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.asset.id)).size).toBe(1);
    expect(await api.prisma.mediaAsset.count({ where: { contentHash: sha256(bytes) } })).toBe(1);
  });

  it('lets an editor upload, with alt text given beside the file', async () => {
    const answer = await uploadFile(api, await noisyJpeg(320, 200), { as: 'EDITOR', altText: '  A skater on the ice  ' });
    expect(answer.status).toBe(201);
    expect(answer.body.asset.altText).toBe('A skater on the ice');
  });

  it('reads PNG and WebP, from their bytes', async () => {
    const png = await uploadFile(api, await fixture('xmp.png'), { filename: 'xmp.png', type: 'image/png' });
    const webp = await uploadFile(api, await fixture('xmp.webp'), { filename: 'photo.jpg', type: 'image/jpeg' });
    expect([png.status, png.body.asset.mimeType, png.body.asset.width]).toEqual([201, 'image/png', 320]);
    expect([webp.status, webp.body.asset.mimeType]).toEqual([201, 'image/webp']);
    expect(webp.body.asset.url).toMatch(/\.webp$/);
  });

  it('refuses a text file named .jpg, whatever its declared type', async () => {
    const text = Buffer.from('This is not a photo, whatever its name says.\n'.repeat(20));
    await expectRefusedLeavingNothing(
      () => uploadFile(api, text, { filename: 'photo.jpg', type: 'image/jpeg' }),
      415,
      'MEDIA_TYPE_UNSUPPORTED',
    );
  });

  it('refuses an image format other than JPEG, PNG, WebP and AVIF', async () => {
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#f00' } })
      .gif()
      .toBuffer();
    await expectRefusedLeavingNothing(() => uploadFile(api, gif, { filename: 'a.gif', type: 'image/gif' }), 415, 'MEDIA_TYPE_UNSUPPORTED');
  });

  it('refuses a 100-megapixel PNG from its header', async () => {
    const huge = await sharp({ create: { width: 10000, height: 10000, channels: 3, background: '#fff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    await expectRefusedLeavingNothing(
      () => uploadFile(api, huge, { filename: 'huge.png', type: 'image/png' }),
      422,
      'MEDIA_TOO_MANY_PIXELS',
    );
  });

  it('refuses a truncated JPEG whose header is intact', async () => {
    const whole = await noisyJpeg(1600, 1200);
    const truncated = whole.subarray(0, Math.floor(whole.length * 0.6));
    expect((await sharp(truncated).metadata()).width).toBe(1600);
    await expectRefusedLeavingNothing(() => uploadFile(api, truncated), 422, 'MEDIA_CORRUPT');
  });

  it('refuses anonymous uploads and writers', async () => {
    const bytes = await noisyJpeg(64, 64);
    await expectRefusedLeavingNothing(() => uploadFile(api, bytes, { as: 'anonymous' }), 401, 'UNAUTHENTICATED');
    await expectRefusedLeavingNothing(() => uploadFile(api, bytes, { as: 'WRITER' }), 403, 'FORBIDDEN');
    await expectRefusedLeavingNothing(() => uploadFile(api, bytes, { as: 'RESULTS' }), 403, 'FORBIDDEN');
  });

  it('takes uploads from the photo desk and editors', async () => {
    for (const [as, size] of [
      ['PHOTO', 65],
      ['EDITOR', 66],
    ] as const) {
      const answer = await uploadFile(api, await noisyJpeg(size, size), { as });
      expect(answer.status).toBe(201);
    }
  });

  it('refuses a body that is not one file in a multipart form', async () => {
    const bytes = await noisyJpeg(64, 64);
    const twoFiles = new FormData();
    twoFiles.append('file', new Blob([bytes]), 'a.jpg');
    twoFiles.append('file', new Blob([bytes]), 'b.jpg');
    const noFile = new FormData();
    noFile.append('altText', 'Alt text without a photo');
    const json = JSON.stringify({ file: bytes.toString('base64') });

    await expectRefusedLeavingNothing(() => postMedia(api, twoFiles), 400, 'BAD_USER_INPUT');
    await expectRefusedLeavingNothing(() => postMedia(api, noFile), 400, 'BAD_USER_INPUT');
    await expectRefusedLeavingNothing(() => uploadFile(api, bytes, { field: 'photo' }), 400, 'BAD_USER_INPUT');
    await expectRefusedLeavingNothing(() => postMedia(api, json, 'ADMIN', { 'content-type': 'application/json' }), 400, 'BAD_REQUEST');
    await expectRefusedLeavingNothing(
      () => postMedia(api, '--x\r\nbroken', 'ADMIN', { 'content-type': 'multipart/form-data; boundary=x' }),
      400,
      'BAD_REQUEST',
    );
  });

  it('refuses alt text longer than an asset takes', async () => {
    await expectRefusedLeavingNothing(() => uploadFile(api, Buffer.from('x'), { altText: 'a'.repeat(1001) }), 400, 'BAD_USER_INPUT');
  });

  it('leaves no row and no stored file when the last step of the transaction fails', async () => {
    await api.prisma.$executeRawUnsafe(`
      CREATE FUNCTION fail_upload_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'mediaAsset.upload' THEN RAISE EXCEPTION 'injected failure'; END IF;
        RETURN NEW;
      END $$`);
    await api.prisma.$executeRawUnsafe(
      `CREATE TRIGGER fail_upload_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION fail_upload_audit()`,
    );
    try {
      const bytes = await noisyJpeg(200, 100);
      await expectRefusedLeavingNothing(() => uploadFile(api, bytes), 500, 'INTERNAL_SERVER_ERROR');
      expect(await api.prisma.mediaAsset.count({ where: { contentHash: sha256(bytes) } })).toBe(0);
    } finally {
      await api.prisma.$executeRawUnsafe(`DROP TRIGGER fail_upload_audit ON "AuditEntry"`);
      await api.prisma.$executeRawUnsafe(`DROP FUNCTION fail_upload_audit()`);
    }
  });

  it('keeps serving after every refused upload', async () => {
    const answer = await uploadFile(api, await noisyJpeg(120, 80));
    expect(answer.status).toBe(201);
    expect((await fetch(`${api.baseUrl}/health/live`)).status).toBe(200);
  });
});

describe('GET /media/files/<key>', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ seed: false });
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers 404 with a code for a key that holds nothing', async () => {
    const response = await fetch(`${api.baseUrl}/media/files/originals/ab/${'ab'.repeat(32)}.jpg`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });

  it.each(['originals/../../package.json', 'originals/ab/..%2f..%2fx.jpg', 'originals/ab/x.exe', '.tmp/x.jpg', 'originals/ab/%00.jpg'])(
    'refuses %s, which is not a key the media feature makes',
    async (path) => {
      // Sent as written: fetch would resolve the dots before sending.
      const answer = await rawGet(`${api.baseUrl}/media/files/${path}`);
      expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    },
  );
});

describe('POST /media with a small MEDIA_MAX_BYTES', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ seed: false, env: { MEDIA_MAX_BYTES: '20000' } });
  });
  afterAll(async () => {
    await api.close();
  });

  it('refuses a larger file with 413, storing nothing, and keeps serving', async () => {
    const large = await noisyJpeg(600, 400);
    expect(large.length).toBeGreaterThan(20000);
    const answer = await uploadFile(api, large);

    expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status: 413, code: 'MEDIA_TOO_LARGE' });
    expect(await api.prisma.mediaAsset.count()).toBe(0);
    expect(await filesUnder(api.mediaDir)).toEqual([]);
    const small = await uploadFile(api, await noisyJpeg(60, 40));
    expect(small.status).toBe(201);
  });
});
