import { BadInputError } from '../../../common/errors/domain-error.js';
import type { ArticleStatus } from '../../../generated/prisma/enums.js';
import type { Role } from '../../../auth/viewer.js';

/** A workflow step a story can take, named as its mutation does. */
export type WorkflowAction = 'submit' | 'sendBack' | 'schedule' | 'unschedule' | 'publish' | 'unpublish' | 'archive';

interface Transition {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** Who may take it; ADMIN always may. A writer submits only their own story (checked with the story). */
  roles: readonly Role[];
}

const ALL: readonly ArticleStatus[] = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'ARCHIVED'];

/**
 * The workflow: DRAFT → IN_REVIEW → SCHEDULED → PUBLISHED → UNPUBLISHED, plus ARCHIVED.
 * Editors may publish straight from any state but ARCHIVED (breaking news skips review),
 * republish a published story (an edit or a correction), and send back what is not out yet.
 */
export const TRANSITIONS: Record<WorkflowAction, Transition> = {
  submit: { from: ['DRAFT'], to: 'IN_REVIEW', roles: ['WRITER', 'EDITOR'] },
  sendBack: { from: ['IN_REVIEW', 'SCHEDULED'], to: 'DRAFT', roles: ['EDITOR'] },
  schedule: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'UNPUBLISHED'], to: 'SCHEDULED', roles: ['EDITOR'] },
  unschedule: { from: ['SCHEDULED'], to: 'IN_REVIEW', roles: ['EDITOR'] },
  publish: { from: ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'], to: 'PUBLISHED', roles: ['EDITOR'] },
  unpublish: { from: ['PUBLISHED'], to: 'UNPUBLISHED', roles: ['EDITOR'] },
  archive: { from: ALL.filter((s) => s !== 'ARCHIVED'), to: 'ARCHIVED', roles: ['EDITOR'] },
};

/** The actions a story in `status` can take. */
export function allowedActions(status: ArticleStatus): WorkflowAction[] {
  return (Object.keys(TRANSITIONS) as WorkflowAction[]).filter((action) => TRANSITIONS[action].from.includes(status));
}

/** The status the action leads to; BAD_USER_INPUT naming the allowed actions when the story cannot take it from `status`. */
export function targetStatus(action: WorkflowAction, status: ArticleStatus): ArticleStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(status)) {
    const allowed = allowedActions(status);
    throw new BadInputError(`A story in ${status} cannot ${action}; allowed: ${allowed.join(', ') || 'nothing'}`, [
      { path: 'input.id', code: 'TRANSITION_NOT_ALLOWED', message: `from ${status} the story can: ${allowed.join(', ') || 'nothing'}` },
    ]);
  }
  return transition.to;
}
