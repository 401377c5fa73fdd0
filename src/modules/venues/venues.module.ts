import { Module } from '@nestjs/common';
import { ReferencesModule } from '../references/references.module.js';
import { VenuesLoaders } from './venues.loaders.js';
import { VenuesRepository } from './venues.repository.js';
import { VenuesResolver } from './venues.resolver.js';
import { VenuesService } from './venues.service.js';

@Module({
  imports: [ReferencesModule],
  providers: [VenuesRepository, VenuesLoaders, VenuesService, VenuesResolver],
  exports: [VenuesLoaders],
})
export class VenuesModule {}
