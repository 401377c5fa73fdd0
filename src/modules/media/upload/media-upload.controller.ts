import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { requireRole } from '../../../auth/require-role.js';
import { ViewerResolver } from '../../../auth/viewer-resolver.js';
import { MediaUploadService } from './media-upload.service.js';
import { toUploadResponse } from './upload-response.js';

/**
 * POST /media: one photo as multipart/form-data (part `file`, optional `altText`), for editors,
 * the photo desk and admins. Bearer tokens only, never cookies, so a cross-site form cannot upload.
 */
@Controller('media')
export class MediaUploadController {
  constructor(
    private readonly viewers: ViewerResolver,
    private readonly uploads: MediaUploadService,
  ) {}

  @Post()
  async upload(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const viewer = await this.viewers.resolve(req);
    requireRole(viewer, ['EDITOR', 'PHOTO']);
    const outcome = await this.uploads.upload(req, viewer);
    res.status(outcome.duplicate ? 200 : 201);
    return toUploadResponse(outcome);
  }
}
