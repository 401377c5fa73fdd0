import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error.js';
import { hasRole, type Role, type Viewer } from './viewer.js';

/** Passes staff with one of `roles`; otherwise UNAUTHENTICATED without credentials, FORBIDDEN with them. */
export function requireRole(viewer: Viewer, roles: readonly Role[]): true {
  if (hasRole(viewer, ...roles)) return true;
  if (viewer.kind === 'anonymous') throw new UnauthenticatedError('Sign in first');
  throw new ForbiddenError(`Needs the role ${roles.join(' or ')}`);
}
