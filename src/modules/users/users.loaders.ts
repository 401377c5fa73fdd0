import { Injectable } from '@nestjs/common';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import { NodeLoader } from '../../graphql/relay/node-loader.decorator.js';
import { UsersRepository } from './users.repository.js';

/** Users by id for the relations other features have to staff (who wrote, saved, published). */
@Injectable()
export class UsersLoaders {
  constructor(private readonly repository: UsersRepository) {}

  // Returned to anyone: every field of a user but its id is guarded for staff (UserFieldsResolver).
  @NodeLoader({ types: ['User'] })
  userById(loaders: LoaderRegistry) {
    return loaders.one(
      'user.byId',
      (ids: readonly string[]) => this.repository.findByIds(ids),
      (user) => user.id,
    );
  }
}
