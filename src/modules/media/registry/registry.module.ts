import { Module } from '@nestjs/common';
import { AssetCreditResolver } from './asset-credit.resolver.js';
import { AgenciesResolver, PhotographersResolver } from './credit-registry.resolver.js';
import { CreditRegistryService } from './credit-registry.service.js';
import { PhotographerMergeService } from './photographer-merge.service.js';
import { RecreditService } from './recredit.service.js';
import { RegistryBulkResolver } from './registry-bulk.resolver.js';
import { RegistryLoaders } from './registry.loaders.js';
import { RegistryRepository } from './registry.repository.js';

/**
 * The credit registry: agencies and photographers, how files' credits are recognised and
 * printed, and the bulk changes across assets. It sits below media assets, whose loaders
 * take agencies, photographers and credits from here.
 */
@Module({
  providers: [
    RegistryRepository,
    RegistryLoaders,
    CreditRegistryService,
    RecreditService,
    PhotographerMergeService,
    AgenciesResolver,
    PhotographersResolver,
    RegistryBulkResolver,
    AssetCreditResolver,
  ],
  exports: [RegistryLoaders, RegistryRepository],
})
export class CreditRegistryModule {}
