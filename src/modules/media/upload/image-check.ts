import { Logger } from '@nestjs/common';
import { ImageWorkerFailedError, runImageWorker } from '../image-worker/image-worker-runner.js';
import { MEDIA_CONTENT_TYPES, type MediaExtension } from '../storage/storage-key.js';
import type { CheckReply } from './image-inspection.js';
import { MediaCorruptError, MediaTooManyPixelsError, MediaTypeUnsupportedError } from './upload.errors.js';

/** What the file's bytes say it is, read by the image library, never from its name or declared type. */
export interface CheckedImage {
  extension: MediaExtension;
  mimeType: string;
  /** As displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
}

/** Far longer than the check of any image within the upload limits takes; the uploader is waiting. */
const CHECK_TIMEOUT_MS = 30_000;

const logger = new Logger('ImageCheck');

/**
 * Refuses anything but an intact JPEG, PNG, WebP or AVIF within `maxPixels` (see inspectImage).
 * The check runs in the image worker, at the server's priority since the uploader waits for it:
 * decoding leaves libvips' memory in the process that did it, and a decoder crash on a hostile
 * file takes down that process. A worker that dies or hangs on the file refuses it as corrupt;
 * one that cannot start at all is the server's fault and is not the uploader's error.
 */
export async function checkImage(path: string, maxPixels: number): Promise<CheckedImage> {
  const reply = await runImageWorker<CheckReply>(
    { kind: 'check', path, maxPixels },
    { timeoutMs: CHECK_TIMEOUT_MS, background: false },
  ).catch((error: unknown) => {
    if (!(error instanceof ImageWorkerFailedError)) throw error;
    logger.warn(`An uploaded file was refused as corrupt: ${error.message}`);
    throw new MediaCorruptError();
  });
  if (reply.ok) {
    const { extension, width, height } = reply;
    return { extension, mimeType: MEDIA_CONTENT_TYPES[extension], width, height };
  }
  switch (reply.refusal) {
    case 'unsupported':
      throw new MediaTypeUnsupportedError(reply.found);
    case 'too-many-pixels':
      throw new MediaTooManyPixelsError(reply.width, reply.height, maxPixels);
    case 'corrupt':
      throw new MediaCorruptError();
  }
}
