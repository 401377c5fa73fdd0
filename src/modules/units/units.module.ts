import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { VenuesModule } from '../venues/venues.module.js';
import { UnitsLoaders } from './units.loaders.js';
import { UnitsRepository } from './units.repository.js';
import { EventUnitsResolver, PhasesResolver, UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [EventsModule, ReferencesModule, VenuesModule],
  providers: [UnitsRepository, UnitsLoaders, UnitsService, UnitsResolver, PhasesResolver, EventUnitsResolver],
  exports: [UnitsLoaders],
})
export class UnitsModule {}
