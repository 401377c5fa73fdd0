import { requireRole } from '../../../auth/require-role.js';
import { ForbiddenError } from '../../../common/errors/domain-error.js';
import type { ArticleStatus } from '../../../generated/prisma/enums.js';
import { hasRole, type Role, type Viewer } from '../../../auth/viewer.js';

interface OwnedStory {
  status: ArticleStatus;
  createdById: string | null;
}

/** Writers and editors create stories and edit them (a writer only their own drafts). */
export const CREATE_ROLES: Role[] = ['WRITER', 'EDITOR'];

/** Editors edit any story; a writer only their own DRAFT (not another's, not one in review). */
export function assertMayEdit(viewer: Viewer, story: OwnedStory): void {
  requireRole(viewer, CREATE_ROLES);
  if (hasRole(viewer, 'EDITOR')) return;
  const own = viewer.kind === 'staff' && story.createdById === viewer.userId;
  if (!own) throw new ForbiddenError('A writer edits only the stories they created');
  if (story.status !== 'DRAFT') throw new ForbiddenError(`A writer edits only drafts; this story is ${story.status}`);
}

/** The roles of the transition, and for a writer, their own story. */
export function assertMayTransition(viewer: Viewer, roles: readonly Role[], story: OwnedStory, action: string): void {
  requireRole(viewer, roles);
  if (hasRole(viewer, 'EDITOR')) return;
  if (!(viewer.kind === 'staff' && story.createdById === viewer.userId))
    throw new ForbiddenError(`You may ${action} only your own stories`);
}

export function assertMayCreate(viewer: Viewer): void {
  requireRole(viewer, CREATE_ROLES);
}
