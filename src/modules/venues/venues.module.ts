import { Module } from '@nestjs/common';
import { VenuesLoaders } from './venues.loaders.js';

@Module({ providers: [VenuesLoaders], exports: [VenuesLoaders] })
export class VenuesModule {}
