import exifr from 'exifr';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { FocalPoint } from './rendition-geometry.js';
import { renderRenditions as renderInto, UndecodableImageError } from './render-renditions.js';
import { embeddedMetadata } from './rendition-metadata.js';

const RIGHTS = embeddedMetadata({
  credit: 'Photo by Maddie Meyer/Getty Images',
  copyrightNotice: '2026 Getty Images',
  creators: ['Maddie Meyer'],
  webStatement: null,
  licensorUrl: null,
});
const NOTHING = embeddedMetadata({ credit: null, copyrightNotice: null, creators: [], webStatement: null, licensorUrl: null });

/** Left half red, right half blue. */
async function redBlue(width: number, height: number): Promise<Buffer> {
  const half = (colour: string) =>
    sharp({ create: { width: width / 2, height, channels: 3, background: colour } })
      .png()
      .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#000' } })
    .composite([
      { input: await half('#ff0000'), left: 0, top: 0 },
      { input: await half('#0000ff'), left: width / 2, top: 0 },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const sizes = (files: { name: string; format: string; width: number; height: number }[]) =>
  files.map((f) => `${f.name}.${f.format} ${f.width}x${f.height}`);

describe('renderRenditions', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'renditions-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });
  const renderRenditions = (original: Buffer, focal: FocalPoint | null, metadata: typeof NOTHING) =>
    renderInto(original, focal, metadata, folder);

  it('makes every width the original reaches and the three crops, in JPEG and WebP, from one decode', async () => {
    const files = await renderRenditions(await redBlue(1600, 1000), null, RIGHTS);
    for (const file of files) expect((await stat(file.path)).size).toBe(file.sizeBytes);
    expect(sizes(files)).toEqual([
      'w320.jpeg 320x200',
      'w320.webp 320x200',
      'w640.jpeg 640x400',
      'w640.webp 640x400',
      'w1024.jpeg 1024x640',
      'w1024.webp 1024x640',
      'w1600.jpeg 1600x1000',
      'w1600.webp 1600x1000',
      '1x1.jpeg 1000x1000',
      '1x1.webp 1000x1000',
      '4x3.jpeg 1200x900',
      '4x3.webp 1200x900',
      '16x9.jpeg 1200x675',
      '16x9.webp 1200x675',
    ]);
    for (const file of files) {
      const meta = await sharp(file.path).metadata();
      expect(`${meta.format} ${meta.width}x${meta.height}`).toBe(`${file.format} ${file.width}x${file.height}`);
    }
  });

  it('centres the crops on the focal point', async () => {
    const original = await redBlue(1600, 1000);
    const mostly = async (focalX: number) => {
      const square = (await renderRenditions(original, { x: focalX, y: 0.5 }, NOTHING)).find(
        (f) => f.name === '1x1' && f.format === 'jpeg',
      );
      const { channels } = await sharp(square?.path).stats();
      return channels[0].mean > channels[2].mean ? 'red' : 'blue';
    };
    expect(await mostly(0.1)).toBe('red');
    expect(await mostly(0.9)).toBe('blue');
  });

  it('turns the image upright by its EXIF orientation first, and never upscales', async () => {
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#808080' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(sizes(await renderRenditions(sideways, null, NOTHING))).toEqual([
      'w320.jpeg 200x400',
      'w320.webp 200x400',
      '1x1.jpeg 200x200',
      '1x1.webp 200x200',
      '4x3.jpeg 200x150',
      '4x3.webp 200x150',
      '16x9.jpeg 200x113',
      '16x9.webp 200x113',
    ]);
  });

  it('keeps the credit, copyright and creator in the renditions', async () => {
    const files = await renderRenditions(await redBlue(800, 600), null, RIGHTS);
    const jpeg = files.find((f) => f.format === 'jpeg');
    const read = await exifr.parse(jpeg!.path, { xmp: true, mergeOutput: true });
    expect(read).toMatchObject({ Credit: 'Photo by Maddie Meyer/Getty Images', Copyright: '2026 Getty Images', Artist: 'Maddie Meyer' });
    expect(read.creator).toEqual('Maddie Meyer');
    const webp = await sharp(files.find((f) => f.format === 'webp')!.path).metadata();
    expect(webp.xmp?.toString()).toContain('<photoshop:Credit>Photo by Maddie Meyer/Getty Images</photoshop:Credit>');
  });

  it('flattens transparency onto white in JPEG and keeps it in WebP', async () => {
    const clear = await sharp({ create: { width: 400, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const files = await renderRenditions(clear, null, NOTHING);
    const jpeg = await sharp(files.find((f) => f.format === 'jpeg')!.path).stats();
    const webp = await sharp(files.find((f) => f.format === 'webp')!.path).metadata();
    expect(jpeg.channels.map((c) => Math.round(c.mean))).toEqual([255, 255, 255]);
    expect(webp.hasAlpha).toBe(true);
  });

  it.each([
    ['text renamed to .jpg', () => Promise.resolve(Buffer.from('not an image at all, just words'))],
    [
      'a truncated JPEG',
      async () => {
        const whole = await redBlue(1600, 1000);
        return whole.subarray(0, Math.floor(whole.length / 2));
      },
    ],
  ])('refuses %s as undecodable', async (_, make) => {
    await expect(renderRenditions(await make(), null, NOTHING)).rejects.toBeInstanceOf(UndecodableImageError);
  });
});
