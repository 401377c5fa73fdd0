import { Module } from '@nestjs/common';
import { PeopleModule } from '../../people/people.module.js';
import { MediaReportsRepository } from './media-reports.repository.js';
import { MediaReportsResolver } from './media-reports.resolver.js';
import { MediaReportsService } from './media-reports.service.js';

/** The photo desk's reports over media assets and the credit registry. */
@Module({
  imports: [PeopleModule],
  providers: [MediaReportsRepository, MediaReportsService, MediaReportsResolver],
})
export class MediaReportsModule {}
