/**
 * The check of an uploaded file's bytes, run in the image worker (see image-check.ts): the
 * server itself never parses an image header or decodes a pixel.
 */
import sharp, { type Metadata } from 'sharp';
import type { MediaExtension } from '../storage/storage-key.js';

export interface CheckRequest {
  /** The spooled upload, read in place. */
  path: string;
  maxPixels: number;
}

/** The file's type and upright size, read from its bytes, or why it is refused. */
export type CheckReply =
  | { ok: true; extension: MediaExtension; width: number; height: number }
  | { ok: false; refusal: 'unsupported'; found: string | null }
  | { ok: false; refusal: 'too-many-pixels'; width: number; height: number }
  | { ok: false; refusal: 'corrupt'; reason: string };

// Decoding to this size is enough to reach the end of the data; JPEG decodes it at 1/8 scale.
const PROBE_SIZE = 256;

/**
 * Accepts only an intact JPEG, PNG, WebP or AVIF within `maxPixels`. The header is read first,
 * so an oversized image is refused before any pixel is decoded; then a small thumbnail is
 * decoded to the last byte, which catches a truncated or damaged file.
 */
export async function inspectImage({ path, maxPixels }: CheckRequest): Promise<CheckReply> {
  let metadata: Metadata;
  try {
    metadata = await sharp(path).metadata();
  } catch (error) {
    if (/unsupported image format/i.test(String(error))) return { ok: false, refusal: 'unsupported', found: null };
    return corrupt(error);
  }
  const { format, compression, width, height } = metadata;
  const extension = extensionOf(format, compression);
  if (!extension) return { ok: false, refusal: 'unsupported', found: format === 'heif' ? `HEIF (${compression ?? 'unknown'})` : format };
  if (!width || !height) return corrupt('the header gives no size');
  if (width * height > maxPixels) return { ok: false, refusal: 'too-many-pixels', width, height };
  try {
    await sharp(path, { failOn: 'truncated', limitInputPixels: maxPixels, sequentialRead: true })
      .resize(PROBE_SIZE, PROBE_SIZE, { fit: 'inside' })
      .raw()
      .toBuffer();
  } catch (error) {
    return corrupt(error);
  }
  const shown = metadata.autoOrient;
  return { ok: true, extension, width: shown.width, height: shown.height };
}

function extensionOf(format: string, compression: string | undefined): MediaExtension | null {
  if (format === 'jpeg') return 'jpg';
  if (format === 'png' || format === 'webp') return format;
  // HEIF holds AVIF (AV1) or HEIC (HEVC); the prebuilt image library decodes only AV1.
  if (format === 'heif' && compression === 'av1') return 'avif';
  if (format === 'heif' && compression === 'hevc' && sharp.format.heif.input.fileSuffix?.includes('.heic')) return 'heic';
  return null;
}

function corrupt(cause: unknown): CheckReply {
  return { ok: false, refusal: 'corrupt', reason: cause instanceof Error ? cause.message : String(cause) };
}
