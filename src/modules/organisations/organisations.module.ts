import { Module } from '@nestjs/common';
import { OrganisationsLoaders } from './organisations.loaders.js';
import { OrganisationsResolver } from './organisations.resolver.js';
import { OrganisationsService } from './organisations.service.js';

@Module({ providers: [OrganisationsLoaders, OrganisationsService, OrganisationsResolver], exports: [OrganisationsLoaders] })
export class OrganisationsModule {}
