import { Module } from '@nestjs/common';
import { OrganisationsLoaders } from './organisations.loaders.js';

@Module({ providers: [OrganisationsLoaders], exports: [OrganisationsLoaders] })
export class OrganisationsModule {}
