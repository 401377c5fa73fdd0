import { SetMetadata } from '@nestjs/common';
import type { ApiKeyScope } from '../generated/prisma/enums.js';
import type { Role } from './viewer.js';

export const ROLES_KEY = 'podium:roles';
export const PUBLIC_KEY = 'podium:public';
export const API_KEY_SCOPE_KEY = 'podium:api-key-scope';

/** The operation or field needs staff with one of these roles (ADMIN always passes). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** With `@Roles`: an API key holding this scope may too (a frontend's preview key). */
export const AllowApiKeyScope = (scope: ApiKeyScope) => SetMetadata(API_KEY_SCOPE_KEY, scope);

/** A mutation anyone may call (login). Mutations are refused unless they say who may call them. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Every staff role: for what any member of staff may read. */
export const STAFF: Role[] = ['ADMIN', 'EDITOR', 'WRITER', 'RESULTS', 'PHOTO'];
