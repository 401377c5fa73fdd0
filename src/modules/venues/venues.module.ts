import { Module } from '@nestjs/common';
import { VenuesLoaders } from './venues.loaders.js';
import { VenuesRepository } from './venues.repository.js';
import { VenuesResolver } from './venues.resolver.js';
import { VenuesService } from './venues.service.js';

@Module({ providers: [VenuesRepository, VenuesLoaders, VenuesService, VenuesResolver], exports: [VenuesLoaders] })
export class VenuesModule {}
