import { ReadModelModule } from '../../read-model/read-model.module.js';
import { CompetitionPages } from './competition-pages.js';
import { Module } from '@nestjs/common';
import { CompetitionsLoaders } from './competitions.loaders.js';
import { CompetitionsResolver } from './competitions.resolver.js';
import { CompetitionsService } from './competitions.service.js';

@Module({
  imports: [ReadModelModule],
  providers: [CompetitionPages, CompetitionsService, CompetitionsLoaders, CompetitionsResolver],
  exports: [CompetitionsLoaders],
})
export class CompetitionsModule {}
