import { recordAudit } from '../../../../audit/audit-log.js';
import type { Viewer } from '../../../../auth/viewer.js';
import { EventType } from '../../../../events/event-types.js';
import { emitEvent } from '../../../../events/outbox.js';
import type { Prisma } from '../../../../generated/prisma/client.js';
import type { RightsExpiryPolicy } from '../../../../generated/prisma/enums.js';
import { toGlobalId } from '../../../../graphql/relay/global-id.js';
import type { ExpiryActionReason, MediaUse } from './media-use.js';
import { RIGHTS_EXPIRED_ACTION, RIGHTS_EXPIRING_ACTION } from './media-uses.repository.js';

/** What was (or, before the expiry, will be) done about a use. */
export interface Outcome {
  action: RightsExpiryPolicy;
  reason: ExpiryActionReason | null;
  fallbackAssetId?: string | null;
}

/**
 * Reports one use, in the transaction that acted on it: an audit entry on the photo (which
 * also marks the use as reported at this expiry, so the next run leaves it) and the outbox
 * event webhooks subscribe to, `media.rightsExpiring` before the expiry and
 * `media.rightsExpired` after it. Readers see nothing of either: the workflow's own entries
 * record a story taken down or republished.
 */
export async function reportUse(tx: Prisma.TransactionClient, viewer: Viewer, use: MediaUse, outcome: Outcome): Promise<void> {
  const fallbackAssetId = outcome.fallbackAssetId ?? null;
  await recordAudit(tx, viewer, {
    action: use.expired ? RIGHTS_EXPIRED_ACTION : RIGHTS_EXPIRING_ACTION,
    objectType: 'MediaAsset',
    objectId: use.assetId,
    summary: {
      articleId: use.articleId,
      slug: use.slug,
      expiresAt: use.expiresAt.toISOString(),
      policy: use.policy,
      action: outcome.action,
      reason: outcome.reason,
      fallbackAssetId,
    },
    changesPublicData: false,
  });
  await emitEvent(tx, {
    type: use.expired ? EventType.MEDIA_RIGHTS_EXPIRED : EventType.MEDIA_RIGHTS_EXPIRING,
    objectType: 'MediaAsset',
    objectId: use.assetId,
    payload: {
      asset: { id: toGlobalId('MediaAsset', use.assetId) },
      article: { id: toGlobalId('Article', use.articleId), slug: use.slug },
      expiresAt: use.expiresAt.toISOString(),
      agency: use.agencyId ? { id: toGlobalId('Agency', use.agencyId) } : null,
      policy: use.policy,
      action: outcome.action,
      reason: outcome.reason,
      fallbackAsset: fallbackAssetId ? { id: toGlobalId('MediaAsset', fallbackAssetId) } : null,
    },
  });
}
