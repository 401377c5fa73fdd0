import { auditActor, type Viewer } from '../auth/viewer.js';
import type { Prisma } from '../generated/prisma/client.js';
import { entityKey } from '../read-model/dependency-keys.js';
import { queueFactRecheck } from '../events/fact-changes.js';
import { recordPublicChange } from '../read-model/public-change.js';

export interface AuditRecord {
  /** What was done, `<object>.<verb>`: "article.publish", "unit.setResults". */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** What changed, small: the fields touched, versions, counts; never a whole document. */
  summary?: Prisma.InputJsonObject;
  /** False for writes no reader can see (sign-ins, keys, webhooks, a story's working copy): they leave pages and caches alone. */
  changesPublicData?: boolean;
  /**
   * False when what readers see of the object itself is unchanged (a unit's results saved
   * without a new status: its rows changed, named in `alsoChanges`, not its card).
   */
  changesObject?: boolean;
  /**
   * What else readers see changed, as dependency keys ("Event:<id>", "StoriesAbout:Person:<id>"),
   * beside the object itself: pages that show any of them are rebuilt.
   */
  alsoChanges?: string[];
}

/**
 * Writes who did what in the caller's transaction: the entry exists exactly when the change
 * does. A write readers can see is also recorded as a public change, in the same transaction:
 * the stored pages that show the object become STALE, and every instance's response cache
 * hears of it when, and only if, the write commits; a change of the data published stories
 * state facts from queues their re-check.
 */
export async function recordAudit(tx: Prisma.TransactionClient, viewer: Viewer, record: AuditRecord): Promise<void> {
  const { actorType, actorId } = auditActor(viewer);
  await tx.auditEntry.create({
    data: {
      actorType,
      actorId,
      action: record.action,
      objectType: record.objectType,
      objectId: record.objectId ?? null,
      summary: record.summary ?? {},
    },
  });
  if (record.changesPublicData === false) return;
  const own = record.objectId && record.changesObject !== false ? [entityKey(record.objectType, record.objectId)] : [];
  const keys = [...own, ...(record.alsoChanges ?? [])];
  await recordPublicChange(tx, keys);
  // A corrected result, record or person may have made published prose wrong: re-checked in the background.
  await queueFactRecheck(tx, { action: record.action, objectType: record.objectType, objectId: record.objectId ?? null, keys });
}
