/** The event types written to the outbox; webhooks subscribe to them. */
export const EventType = {
  ARTICLE_PUBLISHED: 'article.published',
  ARTICLE_UNPUBLISHED: 'article.unpublished',
  ARTICLE_CORRECTED: 'article.corrected',
  RESULT_CHANGED: 'result.changed',
  MEDIA_RIGHTS_EXPIRING: 'media.rightsExpiring',
  MEDIA_RIGHTS_EXPIRED: 'media.rightsExpired',
  ARTICLE_FACTS_CHANGED: 'article.facts_changed',
} as const;

export type EventType = (typeof EventType)[keyof typeof EventType];

/** The job that fans an outbox event out to its consumers. */
export const DISPATCH_EVENT_TASK = 'dispatch-event';
