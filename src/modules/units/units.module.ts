import { ReadModelModule } from '../../read-model/read-model.module.js';
import { UnitPages } from './unit-pages.js';
import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { ReferencesModule } from '../references/references.module.js';
import { VenuesModule } from '../venues/venues.module.js';
import { UnitsLoaders } from './units.loaders.js';
import { UnitsRepository } from './units.repository.js';
import { EventUnitsResolver, PhasesResolver, UnitsResolver } from './units.resolver.js';
import { UnitsService } from './units.service.js';

@Module({
  imports: [ReadModelModule, EventsModule, ReferencesModule, VenuesModule],
  providers: [UnitPages, UnitsRepository, UnitsLoaders, UnitsService, UnitsResolver, PhasesResolver, EventUnitsResolver],
  exports: [UnitsLoaders],
})
export class UnitsModule {}
