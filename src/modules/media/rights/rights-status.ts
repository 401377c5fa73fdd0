import type { RightsWindow } from './rights-window.js';

/** Where a photo stands in its rights window at a given time. */
export const MediaRightsStatus = {
  CLEAR: 'CLEAR',
  EMBARGOED: 'EMBARGOED',
  EXPIRING: 'EXPIRING',
  EXPIRED: 'EXPIRED',
} as const;

export type MediaRightsStatus = (typeof MediaRightsStatus)[keyof typeof MediaRightsStatus];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The time `days` days after `from`. */
export const daysAfter = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY_MS);

/**
 * The status at `now`: EXPIRED from the expiry on, EMBARGOED until the embargo ends,
 * EXPIRING when the expiry falls within `warningDays`, else CLEAR. A valid window never
 * has an embargo running past its expiry, so the first two cannot both hold.
 */
export function rightsStatus({ embargoUntil, expiresAt }: RightsWindow, now: Date, warningDays: number): MediaRightsStatus {
  if (expiresAt && expiresAt.getTime() <= now.getTime()) return MediaRightsStatus.EXPIRED;
  if (embargoUntil && embargoUntil.getTime() > now.getTime()) return MediaRightsStatus.EMBARGOED;
  if (expiresAt && expiresAt.getTime() <= daysAfter(now, warningDays).getTime()) return MediaRightsStatus.EXPIRING;
  return MediaRightsStatus.CLEAR;
}
