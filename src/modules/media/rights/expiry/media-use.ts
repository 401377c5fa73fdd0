import type { RightsExpiryPolicy } from '../../../../generated/prisma/enums.js';

/** Why the rights job takes another action than the supplier's policy says. */
export const ExpiryActionReason = {
  /** SWAP_FALLBACK, but the agency has no fallback photo (or the fallback is the expired photo). */
  NO_FALLBACK: 'NO_FALLBACK',
  /** SWAP_FALLBACK, but the fallback photo is itself under embargo or expired. */
  FALLBACK_NOT_CLEAR: 'FALLBACK_NOT_CLEAR',
  /** SWAP_FALLBACK, but the working copy has changes not yet published, which the job must not publish. */
  UNPUBLISHED_CHANGES: 'UNPUBLISHED_CHANGES',
  /** SWAP_FALLBACK, but another expired photo stays in the story, so it cannot be published again. */
  OTHER_PHOTO_EXPIRED: 'OTHER_PHOTO_EXPIRED',
  /** SWAP_FALLBACK, but publishing the story with the fallback was refused (a gate, or a save meanwhile). */
  REPUBLISH_REFUSED: 'REPUBLISH_REFUSED',
} as const;

export type ExpiryActionReason = (typeof ExpiryActionReason)[keyof typeof ExpiryActionReason];

/** A photo placed in a published story (its published snapshot) whose rights expire within the horizon, or have. */
export interface MediaUse {
  articleId: string;
  /** The story's public slug. */
  slug: string;
  assetId: string;
  expiresAt: Date;
  /** Expired at the time the use was read for. */
  expired: boolean;
  /** The supplier; its policy applies (NOTIFY without one). */
  agencyId: string | null;
  policy: RightsExpiryPolicy;
  fallbackAssetId: string | null;
  /** What the job does for this photo alone (a SWAP_FALLBACK that cannot be made is UNPUBLISH_STORY). */
  action: RightsExpiryPolicy;
  actionReason: ExpiryActionReason | null;
  /** When the job last reported this use at this expiry: media.rightsExpiring before it, media.rightsExpired after. */
  noticeSentAt: Date | null;
}
