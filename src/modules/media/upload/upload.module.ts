import { Module } from '@nestjs/common';
import { CreditRegistryModule } from '../registry/registry.module.js';
import { MediaStorageModule } from '../storage/media-storage.module.js';
import { MediaUploadController } from './media-upload.controller.js';
import { MediaUploadService } from './media-upload.service.js';

/** The upload endpoint, POST /media. */
@Module({
  imports: [MediaStorageModule, CreditRegistryModule],
  controllers: [MediaUploadController],
  providers: [MediaUploadService],
})
export class MediaUploadModule {}
