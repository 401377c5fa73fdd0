import { ReadModelModule } from '../../read-model/read-model.module.js';
import { EventPages } from './event-pages.js';
import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module.js';
import { DisciplinesModule } from '../disciplines/disciplines.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { EventsLoaders } from './events.loaders.js';
import { EventsRepository } from './events.repository.js';
import { CompetitionEventsResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [ReadModelModule, CompetitionsModule, DisciplinesModule, ReferencesModule],
  providers: [EventPages, EventsRepository, EventsLoaders, EventsService, EventsResolver, CompetitionEventsResolver],
  exports: [EventsLoaders],
})
export class EventsModule {}
