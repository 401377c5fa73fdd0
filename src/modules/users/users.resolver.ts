import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './dto/user.inputs.js';
import { User } from './models/user.model.js';
import { USERS_ORDER, UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

const UserConnection = ConnectionType(User, 'User');

@Roles('ADMIN')
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly service: UsersService,
    private readonly repository: UsersRepository,
    private readonly config: AppConfig,
  ) {}

  @Query(() => UserConnection, { description: 'Every member of staff, oldest account first (admins only).' })
  async users(@Args() args: UsersArgs) {
    const page = USERS_ORDER.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage(page));
  }

  @Mutation(() => User, { description: 'Creates a member of staff (admins only); CONFLICT when the email is taken.' })
  createUser(@Args('input', { description: 'The new account.' }) input: CreateUserInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => User, {
    description:
      'Changes a member of staff (admins only): role, display name, disabled, password. VERSION_CONFLICT if someone saved first; CONFLICT if it would leave no enabled admin.',
  })
  updateUser(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateUserInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, input);
  }
}
