import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';
import { ApiKeysRepository } from './api-keys.repository.js';

@Injectable()
export class ApiKeysLoaders {
  constructor(private readonly repository: ApiKeysRepository) {}

  // Returned to anyone: every field of a key but its id is for admins only (ApiKeyFieldsResolver).
  @NodeLoader({ types: ['ApiKey'] })
  apiKeyById(loaders: LoaderRegistry) {
    return loaders.one(
      'apiKey.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (key) => key.id,
    );
  }
}
