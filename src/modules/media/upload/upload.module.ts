import { Module } from '@nestjs/common';
import { MediaStorageModule } from '../storage/media-storage.module.js';
import { MediaUploadController } from './media-upload.controller.js';
import { MediaUploadService } from './media-upload.service.js';

/** The upload endpoint, POST /media. */
@Module({
  imports: [MediaStorageModule],
  controllers: [MediaUploadController],
  providers: [MediaUploadService],
})
export class MediaUploadModule {}
