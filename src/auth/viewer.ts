import type { ApiKeyScope, UserRole } from '../generated/prisma/enums.js';

export type Role = UserRole;

export interface AnonymousViewer {
  kind: 'anonymous';
}
/** A member of staff, from a verified access token: no database round trip. */
export interface StaffViewer {
  kind: 'staff';
  userId: string;
  role: Role;
  email: string;
}
/** A frontend's API key. */
export interface ApiKeyViewer {
  kind: 'apiKey';
  keyId: string;
  scopes: ApiKeyScope[];
}
/** The server acting on its own: the scheduler, the seed. */
export interface SystemViewer {
  kind: 'system';
  name: string;
}

/** Who is asking. Every request has one; without credentials it is the anonymous reader. */
export type Viewer = AnonymousViewer | StaffViewer | ApiKeyViewer | SystemViewer;

export const ANONYMOUS: AnonymousViewer = Object.freeze({ kind: 'anonymous' });

export const systemViewer = (name: string): SystemViewer => ({ kind: 'system', name });

export const isStaff = (viewer: Viewer): viewer is StaffViewer => viewer.kind === 'staff';
/** A reader or a frontend's API key: sees published content only, the same answers for all. */
export const isPublicReader = (viewer: Viewer): viewer is AnonymousViewer | ApiKeyViewer =>
  viewer.kind === 'anonymous' || viewer.kind === 'apiKey';

/** Staff with one of `roles`; ADMIN counts as every role. The system acts with every role. */
export function hasRole(viewer: Viewer, ...roles: Role[]): boolean {
  if (viewer.kind === 'system') return true;
  return isStaff(viewer) && (viewer.role === 'ADMIN' || roles.includes(viewer.role));
}

export const userIdOf = (viewer: Viewer): string | null => (isStaff(viewer) ? viewer.userId : null);

export interface AuditActor {
  actorType: 'USER' | 'API_KEY' | 'SYSTEM' | 'ANONYMOUS';
  actorId: string | null;
}

export function auditActor(viewer: Viewer): AuditActor {
  switch (viewer.kind) {
    case 'staff':
      return { actorType: 'USER', actorId: viewer.userId };
    case 'apiKey':
      return { actorType: 'API_KEY', actorId: viewer.keyId };
    case 'system':
      return { actorType: 'SYSTEM', actorId: null };
    case 'anonymous':
      return { actorType: 'ANONYMOUS', actorId: null };
  }
}
