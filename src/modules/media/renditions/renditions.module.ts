import { Module } from '@nestjs/common';
import { JobsModule } from '../../../jobs/jobs.module.js';
import { CreditRegistryModule } from '../registry/registry.module.js';
import { MediaStorageModule } from '../storage/media-storage.module.js';
import { FocalPointService } from './focal-point.service.js';
import { RenditionsRenderer } from './renditions-renderer.js';
import { RenditionsLoaders } from './renditions.loaders.js';
import { RenditionsRepository } from './renditions.repository.js';
import { RenditionsResolver } from './renditions.resolver.js';
import { RenditionsTask } from './renditions.task.js';

/** Renditions and crops of uploaded photos, made by the job queue, and the focal point the crops centre on. */
@Module({
  imports: [JobsModule, MediaStorageModule, CreditRegistryModule],
  providers: [RenditionsRepository, RenditionsLoaders, RenditionsRenderer, RenditionsTask, FocalPointService, RenditionsResolver],
})
export class MediaRenditionsModule {}
