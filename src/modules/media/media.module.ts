import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { MediaAssetsResolver } from './media-assets.resolver.js';
import { MediaAssetsService } from './media-assets.service.js';
import { MediaLoaders } from './media.loaders.js';
import { MediaRepository } from './media.repository.js';
import { CreditRegistryModule } from './registry/registry.module.js';
import { MediaRenditionsModule } from './renditions/renditions.module.js';
import { MediaReportsModule } from './reports/reports.module.js';
import { MediaRightsModule } from './rights/rights.module.js';
import { MediaStorageModule } from './storage/media-storage.module.js';
import { MediaUploadModule } from './upload/upload.module.js';

/** Media assets with their IPTC metadata, and the credit registry (agencies, photographers). */
@Module({
  imports: [
    EventsModule,
    PeopleModule,
    ReferencesModule,
    MediaStorageModule,
    MediaUploadModule,
    MediaRenditionsModule,
    CreditRegistryModule,
    MediaRightsModule,
    MediaReportsModule,
  ],
  providers: [MediaRepository, MediaLoaders, MediaAssetsService, MediaAssetsResolver],
  exports: [MediaLoaders],
})
export class MediaModule {}
