import { SetMetadata } from '@nestjs/common';
import type { Role } from './viewer.js';

export const ROLES_KEY = 'podium:roles';
export const PUBLIC_KEY = 'podium:public';

/** The operation or field needs staff with one of these roles (ADMIN always passes). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A mutation anyone may call (login). Mutations are refused unless they say who may call them. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Every staff role: for what any member of staff may read. */
export const STAFF: Role[] = ['ADMIN', 'EDITOR', 'WRITER', 'RESULTS', 'PHOTO'];
