import { Module } from '@nestjs/common';
import { ResponseCacheModule } from '../../graphql/response-cache/response-cache.module.js';
import { JobsModule } from '../../jobs/jobs.module.js';
import { DisabledUsersSync } from './disabled-users.sync.js';
import { LoginThrottle } from './sessions/login-throttle.js';
import { RefreshTokensRepository } from './sessions/refresh-tokens.repository.js';
import { SessionsHousekeeping } from './sessions/sessions-housekeeping.js';
import { SessionsResolver } from './sessions/sessions.resolver.js';
import { SessionsService } from './sessions/sessions.service.js';
import { UserFieldsResolver } from './user-fields.resolver.js';
import { UsersLoaders } from './users.loaders.js';
import { UsersRepository } from './users.repository.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

/** Staff accounts: login and sessions, the admins' user management, who may read what of a user. */
@Module({
  imports: [ResponseCacheModule, JobsModule],
  providers: [
    UsersRepository,
    UsersLoaders,
    UsersService,
    UsersResolver,
    UserFieldsResolver,
    RefreshTokensRepository,
    LoginThrottle,
    SessionsService,
    SessionsResolver,
    SessionsHousekeeping,
    DisabledUsersSync,
  ],
  exports: [UsersLoaders],
})
export class UsersModule {}
