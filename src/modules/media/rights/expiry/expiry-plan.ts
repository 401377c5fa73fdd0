import { ExpiryActionReason, type MediaUse } from './media-use.js';

/** What the rights job does to one story whose photos have expired. */
export type StoryAction =
  | { action: 'NOTIFY'; uses: MediaUse[] }
  | { action: 'UNPUBLISH_STORY'; uses: MediaUse[]; reason: ExpiryActionReason | null }
  | { action: 'SWAP_FALLBACK'; uses: MediaUse[]; swaps: ReadonlyMap<string, string> };

export interface StoryPlan {
  /** Uses still within their rights that nobody was told of at this expiry yet. */
  warn: MediaUse[];
  /** What to do about the expired ones; null when there is nothing (more) to do. */
  expired: StoryAction | null;
}

/**
 * One story's plan from the uses of its published snapshot. The strongest action wins, since
 * every expired photo must be dealt with: a photo whose policy (or failed swap) unpublishes the
 * story takes it down; swaps are made together, unless an expired photo without a swap stays,
 * which would keep the story from being published again (the gates refuse it), so it is taken
 * down instead; photos that only notify are reported once per expiry.
 */
export function planStory(uses: readonly MediaUse[]): StoryPlan {
  const warn = uses.filter((use) => !use.expired && !use.noticeSentAt);
  const expired = uses.filter((use) => use.expired);
  return { warn, expired: planExpired(expired) };
}

function planExpired(expired: MediaUse[]): StoryAction | null {
  const unpublishing = expired.find((use) => use.action === 'UNPUBLISH_STORY');
  if (unpublishing) return { action: 'UNPUBLISH_STORY', uses: expired, reason: unpublishing.actionReason };
  const swapping = expired.filter((use) => use.action === 'SWAP_FALLBACK');
  if (swapping.length && swapping.length < expired.length) {
    return { action: 'UNPUBLISH_STORY', uses: expired, reason: ExpiryActionReason.OTHER_PHOTO_EXPIRED };
  }
  if (swapping.length) {
    // A use resolves to SWAP_FALLBACK only with a usable fallback.
    const swaps = new Map(swapping.flatMap((use) => (use.fallbackAssetId ? [[use.assetId, use.fallbackAssetId] as const] : [])));
    return { action: 'SWAP_FALLBACK', uses: expired, swaps };
  }
  const unreported = expired.filter((use) => !use.noticeSentAt);
  return unreported.length ? { action: 'NOTIFY', uses: unreported } : null;
}
