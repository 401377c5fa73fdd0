import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles, STAFF } from '../../auth/roles.decorator.js';
import { hasRole, userIdOf, type Viewer } from '../../auth/viewer.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { UserRole } from '../../generated/prisma/enums.js';
import { DateTimeScalar } from '../../graphql/scalars/index.js';
import { User } from './models/user.model.js';

/** What staff may read of each other; user data is not for readers or API keys. */
@Roles(...STAFF)
@Resolver(() => User)
export class UserFieldsResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'Their email, the login name. Only admins and the user may read it: anyone else gets FORBIDDEN here.',
  })
  email(@Parent() user: User, @CurrentViewer() viewer: Viewer) {
    if (!hasRole(viewer, 'ADMIN') && userIdOf(viewer) !== user.id) throw new ForbiddenError('Only admins and the user may read the email');
    return user.email;
  }

  @ResolveField(() => String, { description: 'The name colleagues see.' })
  displayName(@Parent() user: User) {
    return user.displayName;
  }

  @ResolveField(() => UserRole, { description: 'What they may do.' })
  role(@Parent() user: User) {
    return user.role;
  }

  @ResolveField(() => DateTimeScalar, { nullable: true, description: 'When an admin disabled the account; null while it is enabled.' })
  disabledAt(@Parent() user: User) {
    return user.disabledAt;
  }

  @ResolveField(() => Int, { description: 'Pass it back as expectedVersion when updating.' })
  version(@Parent() user: User) {
    return user.version;
  }

  @ResolveField(() => DateTimeScalar, { description: 'When the account was created.' })
  createdAt(@Parent() user: User) {
    return user.createdAt;
  }
}
