import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { DomainError, NotFoundError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { MediaStorage } from './media-storage.js';
import { isStorageKey } from './storage-key.js';

export const MEDIA_FILES_ROUTE = 'media/files';

// A key names its content for good (originals by their hash, renditions by theirs): a client may keep a file forever.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Serves stored media files by key, for MEDIA_PUBLIC_URL when no CDN or bucket URL stands in front. */
@Controller(MEDIA_FILES_ROUTE)
export class MediaFilesController {
  private readonly logger = new Logger(MediaFilesController.name);

  constructor(private readonly storage: MediaStorage) {}

  @Get('*key')
  async serve(@Req() req: Request, @Res() res: Response): Promise<void> {
    const key = keyOf(req.params.key);
    if (!isStorageKey(key)) throw new DomainError(ErrorCode.BAD_REQUEST, 'Not a media file key', { key: String(key).slice(0, 300) });
    const stored = await this.storage.read(key);
    if (!stored) throw new NotFoundError('MediaFile', { key });
    const { body, object } = stored;
    const etag = `"${createHash('sha256').update(`${key}:${object.sizeBytes}`).digest('base64url').slice(0, 32)}"`;
    res.set({
      'Cache-Control': IMMUTABLE,
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'Content-Security-Policy': "default-src 'none'",
    });
    if (req.method === 'HEAD' || req.fresh) {
      body.destroy();
      res.status(req.fresh ? 304 : 200);
      if (!req.fresh) res.set({ 'Content-Type': object.contentType, 'Content-Length': String(object.sizeBytes) });
      res.end();
      return;
    }
    res.status(200).set({ 'Content-Type': object.contentType, 'Content-Length': String(object.sizeBytes) });
    await pipeline(body, res).catch((error: unknown) => {
      const { code, message } = error as NodeJS.ErrnoException;
      // A client that goes away mid-file is not a fault; a storage that fails mid-file is.
      if (code !== 'ERR_STREAM_PREMATURE_CLOSE') this.logger.warn(`Serving ${key} failed: ${message}`);
      res.destroy();
    });
  }
}

/** Express 5 gives a wildcard's segments as an array. */
function keyOf(param: unknown): unknown {
  return Array.isArray(param) ? param.join('/') : param;
}
