import { Module } from '@nestjs/common';
import { JobsModule } from '../../../../jobs/jobs.module.js';
import { ArticlesModule } from '../../../articles/articles.module.js';
import { MediaModule } from '../../media.module.js';
import { ExpiringMediaUsesResolver } from './expiring-media-uses.resolver.js';
import { MediaUsesRepository } from './media-uses.repository.js';
import { RightsExpiryJob } from './rights-expiry.job.js';
import { StoryRightsService } from './story-rights.service.js';

/**
 * The daily rights job and the admins' list of expiring uses. It acts on stories through the
 * editorial workflow, so it sits above both media and articles (which places media), apart
 * from MediaRightsModule.
 */
@Module({
  imports: [JobsModule, MediaModule, ArticlesModule],
  providers: [MediaUsesRepository, StoryRightsService, RightsExpiryJob, ExpiringMediaUsesResolver],
})
export class MediaRightsExpiryModule {}
