import { NotFoundError, VersionConflictError } from '../../../common/errors/domain-error.js';
import { ArticleVersionConflictError } from '../revisions/revisions.errors.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { ArticleStatus } from '../../../generated/prisma/enums.js';
import { recordAudit } from '../../../audit/audit-log.js';
import { userIdOf, type Viewer } from '../../../auth/viewer.js';
import { assertMayTransition } from './story-access.js';
import { targetStatus, TRANSITIONS, type WorkflowAction } from './transitions.js';

type Tx = Prisma.TransactionClient;

/** The scheduled-publish task, and the key of a story's one pending job (re-scheduling replaces it). */
export const PUBLISH_TASK = 'article.publishScheduled';
export const publishJobKey = (articleId: string) => `article.publish:${articleId}`;

export interface StepInput {
  id: string;
  expectedVersion: number;
}

/** The story as a transition found it, locked for the rest of the transaction. */
export interface LockedStory {
  id: string;
  status: ArticleStatus;
  version: number;
  createdById: string | null;
  publishedAt: Date | null;
}

interface LastSave {
  updatedAt: Date;
  updatedById: string | null;
  updatedByName: string | null;
}

/**
 * Locks the story, then checks in this order: it exists, the viewer's role (and, for a
 * writer, ownership), the version, and that the action is allowed from its status. Only
 * then is anything written, so a refused step changes nothing.
 */
export async function lockForStep(
  tx: Tx,
  viewer: Viewer,
  action: WorkflowAction,
  { id, expectedVersion }: StepInput,
): Promise<LockedStory> {
  const rows = await tx.$queryRaw<(LockedStory & LastSave)[]>`
    SELECT a.id, a.status, a.version, a."createdById", a."publishedAt", a."updatedAt", u.id AS "updatedById", u."displayName" AS "updatedByName"
    FROM "Article" a LEFT JOIN "User" u ON u.id = a."updatedById" WHERE a.id = ${id}::uuid FOR UPDATE OF a`;
  const row = rows.at(0);
  if (!row) throw new NotFoundError('Article', { id });
  const { updatedAt, updatedById, updatedByName, ...story } = row;
  assertMayTransition(viewer, TRANSITIONS[action].roles, story, action);
  if (story.version !== expectedVersion) {
    throw new ArticleVersionConflictError(new VersionConflictError('Article', id, expectedVersion, story.version), {
      currentVersion: story.version,
      savedBy: updatedById && updatedByName !== null ? { id: updatedById, displayName: updatedByName } : null,
      savedAt: updatedAt,
      rejectedRevisionId: null,
    });
  }
  targetStatus(action, story.status);
  return story;
}

/**
 * Writes the new status (and `data`) at the next version, with the audit entry, in `tx`.
 * `publicChange` lists what readers see change when the step publishes or takes the story
 * down; the other steps change only the working copy.
 */
export async function applyStep(
  tx: Tx,
  viewer: Viewer,
  action: WorkflowAction,
  story: LockedStory,
  data: Prisma.ArticleUpdateInput = {},
  summary: Prisma.InputJsonObject = {},
  publicChange: string[] | null = null,
) {
  const to = targetStatus(action, story.status);
  const article = await tx.article.update({
    where: { id: story.id },
    data: { ...data, status: to, version: story.version + 1, updatedBy: connectUser(viewer) },
  });
  await recordAudit(tx, viewer, {
    action: `article.${action}`,
    objectType: 'Article',
    objectId: story.id,
    summary: { from: story.status, to, fromVersion: story.version, toVersion: article.version, ...summary },
    changesPublicData: publicChange !== null,
    alsoChanges: publicChange ?? [],
  });
  return article;
}

function connectUser(viewer: Viewer): Prisma.ArticleUpdateInput['updatedBy'] {
  const userId = userIdOf(viewer);
  return userId ? { connect: { id: userId } } : { disconnect: true };
}
