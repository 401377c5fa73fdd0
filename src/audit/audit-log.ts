import { auditActor, type Viewer } from '../auth/viewer.js';
import type { Prisma } from '../generated/prisma/client.js';
import { CACHE_INVALIDATION_CHANNEL } from '../graphql/response-cache/cache-generation.js';

export interface AuditRecord {
  /** What was done, `<object>.<verb>`: "article.publish", "unit.setResults". */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** What changed, small: the fields touched, versions, counts; never a whole document. */
  summary?: Prisma.InputJsonObject;
  /** False for writes no reader can see (sign-ins, keys, webhooks): they leave the response cache alone. */
  changesPublicData?: boolean;
}

/**
 * Writes who did what in the caller's transaction: the entry exists exactly when the change
 * does. It also tells every instance's response cache of the write: PostgreSQL delivers a
 * NOTIFY sent in a transaction when, and only if, it commits.
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
  if (record.changesPublicData !== false) await tx.$executeRaw`SELECT pg_notify(${CACHE_INVALIDATION_CHANNEL}, 'audited-write')`;
}
