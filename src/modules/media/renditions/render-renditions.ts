import sharp, { type Sharp } from 'sharp';
import { join } from 'node:path';
import { FILE_FORMATS, type FileFormat, type RenderedFile } from './render-protocol.js';
import type { EmbeddedMetadata } from './rendition-metadata.js';
import { CROPS, cropOutputSize, focalCrop, type FocalPoint, type Size, widthRenditions, workingSize } from './rendition-geometry.js';

/** The formats each rendition is written in: JPEG for every browser, WebP for the smaller file. */
const RENDITION_FORMATS: readonly FileFormat[] = ['jpeg', 'webp'];

/** The original could not be decoded (corrupt, truncated, not an image): trying again cannot help. */
export class UndecodableImageError extends Error {
  constructor(cause: unknown) {
    super(`The original cannot be decoded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UndecodableImageError';
  }
}

interface WorkingImage {
  pixels: Buffer;
  size: Size;
  channels: 1 | 2 | 3 | 4;
  /** The original's size, upright. */
  original: Size;
}

// A truncated file fails rather than rendering grey where its end is missing; a minor warning does not.
const DECODING = { failOn: 'truncated' } as const;
const QUALITY = 80;
// Encodes at once, each on one libvips thread (see configureSharp): two keep both cores of a small server busy.
const PARALLEL_ENCODES = 2;

/**
 * No operation cache (every input is new, so it would only hold memory) and one libvips thread
 * per operation: PARALLEL_ENCODES operations at once use the cores instead.
 */
export function configureSharp(): void {
  sharp.cache(false);
  sharp.concurrency(1);
}

/**
 * Every rendition of an image, from one decode: the original is decoded once, turned upright
 * by its EXIF orientation and shrunk while decoding (JPEG shrink-on-load) to the working
 * size, kept as raw pixels, and each width and crop is cut and encoded from those pixels
 * into a file of `directory`.
 */
export async function renderRenditions(
  original: Buffer,
  focal: FocalPoint | null,
  metadata: EmbeddedMetadata,
  directory: string,
): Promise<RenderedFile[]> {
  const working = await decodeWorkingImage(original);
  const jobs = plan(working, focal).flatMap((p) => RENDITION_FORMATS.map((format) => ({ ...p, format })));
  const files: RenderedFile[] = [];
  let next = 0;
  const encoder = async () => {
    for (let i = next++; i < jobs.length; i = next++) files[i] = await encode(working, jobs[i], metadata, directory);
  };
  await Promise.all(Array.from({ length: PARALLEL_ENCODES }, encoder));
  return files;
}

interface Planned {
  name: string;
  /** The part of the working image to use; the whole of it when absent. */
  region: { left: number; top: number; width: number; height: number } | null;
  size: Size;
}

/** Widths keep the original's aspect; crops are cut from the working image, which is large enough for them. */
function plan(working: WorkingImage, focal: FocalPoint | null): Planned[] {
  return [
    ...widthRenditions(working.original).map(({ name, size }) => ({ name, region: null, size })),
    ...CROPS.map(({ name, ratio }) => {
      const region = focalCrop(working.size, ratio, focal);
      return { name, region, size: cropOutputSize(region, ratio) };
    }),
  ];
}

async function decodeWorkingImage(original: Buffer): Promise<WorkingImage> {
  try {
    const { autoOrient: upright } = await sharp(original, DECODING).metadata();
    const target = workingSize(upright);
    const { data, info } = await sharp(original, DECODING)
      .autoOrient()
      .resize(target.width, target.height, { fit: 'fill' })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { pixels: data, size: { width: info.width, height: info.height }, channels: info.channels, original: upright };
  } catch (error) {
    throw new UndecodableImageError(error);
  }
}

async function encode(
  working: WorkingImage,
  job: Planned & { format: FileFormat },
  metadata: EmbeddedMetadata,
  directory: string,
): Promise<RenderedFile> {
  let image: Sharp = sharp(working.pixels, { raw: { ...working.size, channels: working.channels } });
  if (job.region) image = image.extract(job.region);
  const source = job.region ?? working.size;
  if (source.width !== job.size.width || source.height !== job.size.height) {
    image = image.resize(job.size.width, job.size.height, { fit: 'fill' });
  }
  if (metadata.exif) image = image.withExif(metadata.exif);
  if (metadata.xmp) image = image.withXmp(metadata.xmp);
  image =
    job.format === 'jpeg'
      ? image.flatten({ background: '#ffffff' }).jpeg({ quality: QUALITY, mozjpeg: false, progressive: true })
      : image.webp({ quality: QUALITY, effort: 2 });
  const path = join(directory, `${job.name}.${FILE_FORMATS[job.format].extension}`);
  const info = await image.toFile(path);
  return { name: job.name, format: job.format, width: info.width, height: info.height, sizeBytes: info.size, path };
}
