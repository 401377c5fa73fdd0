import sharp from 'sharp';
import { MEDIA_CONTENT_TYPES, type MediaExtension } from '../storage/storage-key.js';
import { MediaCorruptError, MediaTooManyPixelsError, MediaTypeUnsupportedError } from './upload.errors.js';

/** What the file's bytes say it is, read by the image library, never from its name or declared type. */
export interface CheckedImage {
  extension: MediaExtension;
  mimeType: string;
  /** As displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
}

// libvips keeps recent operations and their pixels in a cache of its own (up to 50 MB by
// default) that the server would carry for good after a few uploads; each check is made once.
sharp.cache(false);

// Decoding to this size is enough to reach the end of the data; JPEG decodes it at 1/8 scale.
const PROBE_SIZE = 256;

/**
 * Refuses anything but an intact JPEG, PNG, WebP or AVIF within `maxPixels`. The header is read
 * first, so an oversized image is refused before any pixel is decoded; then a small thumbnail is
 * decoded to the last byte, which catches a truncated or damaged file.
 */
export async function checkImage(path: string, maxPixels: number): Promise<CheckedImage> {
  const metadata = await sharp(path)
    .metadata()
    .catch((error: unknown) => {
      throw /unsupported image format/i.test(String(error)) ? new MediaTypeUnsupportedError(null) : new MediaCorruptError();
    });
  const extension = extensionOf(metadata.format, metadata.compression);
  const { width, height } = metadata;
  if (!width || !height) throw new MediaCorruptError();
  if (width * height > maxPixels) throw new MediaTooManyPixelsError(width, height, maxPixels);
  await sharp(path, { failOn: 'truncated', limitInputPixels: maxPixels, sequentialRead: true })
    .resize(PROBE_SIZE, PROBE_SIZE, { fit: 'inside' })
    .raw()
    .toBuffer()
    .catch(() => {
      throw new MediaCorruptError();
    });
  const shown = metadata.autoOrient;
  return { extension, mimeType: MEDIA_CONTENT_TYPES[extension], width: shown.width, height: shown.height };
}

function extensionOf(format: string | undefined, compression: string | undefined): MediaExtension {
  if (format === 'jpeg') return 'jpg';
  if (format === 'png' || format === 'webp') return format;
  // HEIF holds AVIF (AV1) or HEIC (HEVC); the prebuilt image library decodes only AV1.
  if (format === 'heif' && compression === 'av1') return 'avif';
  if (format === 'heif' && compression === 'hevc' && sharp.format.heif.input.fileSuffix?.includes('.heic')) return 'heic';
  throw new MediaTypeUnsupportedError(format === 'heif' ? `HEIF (${compression ?? 'unknown'})` : (format ?? null));
}
