import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { ApiKeyScope } from '../../generated/prisma/enums.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { DateTimeScalar } from '../../graphql/scalars/index.js';
import { User } from '../users/models/user.model.js';
import { UsersLoaders } from '../users/users.loaders.js';
import { API_KEYS_ORDER, ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyArgs, ApiKeysArgs, CreateApiKeyInput } from './dto/api-key.inputs.js';
import { ApiKey, CreatedApiKey } from './models/api-key.model.js';

const ApiKeyConnection = ConnectionType(ApiKey, 'ApiKey');

/** Admins only, the operations and every field but the id. */
@Roles('ADMIN')
@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(
    private readonly service: ApiKeysService,
    private readonly repository: ApiKeysRepository,
    private readonly users: UsersLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => ApiKeyConnection, { description: 'Every API key, newest first, revoked ones too; never the secret (admins only).' })
  async apiKeys(@Args() args: ApiKeysArgs) {
    const page = API_KEYS_ORDER.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage(page));
  }

  @Mutation(() => CreatedApiKey, { description: 'Issues an API key for a frontend and returns it in full, this once (admins only).' })
  createApiKey(@Args('input', { description: 'Its name and scopes.' }) input: CreateApiKeyInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => ApiKey, {
    description: 'Revokes an API key: this server refuses it at once, other server processes within seconds (admins only).',
  })
  revokeApiKey(@Args() { id }: ApiKeyArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.revoke(viewer, id);
  }

  @ResolveField(() => String, { description: 'What the key is for.' })
  name(@Parent() key: ApiKey) {
    return key.name;
  }

  @ResolveField(() => String, { description: "The key's public part (`pk_<prefix>_…`), to tell keys apart." })
  prefix(@Parent() key: ApiKey) {
    return key.prefix;
  }

  @ResolveField(() => [ApiKeyScope], { description: 'What the key may read.' })
  scopes(@Parent() key: ApiKey) {
    return key.scopes;
  }

  @ResolveField(() => DateTimeScalar, { description: 'When it was issued.' })
  createdAt(@Parent() key: ApiKey) {
    return key.createdAt;
  }

  @ResolveField(() => DateTimeScalar, { nullable: true, description: 'When it was last used, to the minute; null if never.' })
  lastUsedAt(@Parent() key: ApiKey) {
    return key.lastUsedAt;
  }

  @ResolveField(() => DateTimeScalar, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt(@Parent() key: ApiKey) {
    return key.revokedAt;
  }

  @ResolveField(() => User, { nullable: true, description: 'The admin who issued it; null if that account is gone.' })
  createdBy(@Parent() key: ApiKey, @Context() ctx: RequestContext) {
    return key.createdById ? this.users.userById(ctx.loaders).load(key.createdById) : null;
  }
}
