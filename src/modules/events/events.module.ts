import { Module } from '@nestjs/common';
import { CompetitionsModule } from '../competitions/competitions.module.js';
import { DisciplinesModule } from '../disciplines/disciplines.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { EventsLoaders } from './events.loaders.js';
import { EventsRepository } from './events.repository.js';
import { CompetitionEventsResolver, EventsResolver } from './events.resolver.js';
import { EventsService } from './events.service.js';

@Module({
  imports: [CompetitionsModule, DisciplinesModule, ReferencesModule],
  providers: [EventsRepository, EventsLoaders, EventsService, EventsResolver, CompetitionEventsResolver],
  exports: [EventsLoaders],
})
export class EventsModule {}
