import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module.js';
import { ApiKeyLookup } from './api-key-lookup.js';
import { ApiKeysLoaders } from './api-keys.loaders.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysResolver } from './api-keys.resolver.js';
import { ApiKeysService } from './api-keys.service.js';

/** Frontends' API keys: issued and revoked by admins, looked up for `X-Api-Key` requests. */
@Module({
  imports: [UsersModule],
  providers: [ApiKeysRepository, ApiKeysLoaders, ApiKeyLookup, ApiKeysService, ApiKeysResolver],
})
export class ApiKeysModule {}
