import { registerEnumType } from '@nestjs/graphql';
import { EventType } from '../../events/event-types.js';

/** The events a webhook can subscribe to: a closed list, each the name of an outbox event type. */
export enum WebhookEvent {
  ARTICLE_PUBLISHED = 'ARTICLE_PUBLISHED',
  ARTICLE_UNPUBLISHED = 'ARTICLE_UNPUBLISHED',
  ARTICLE_CORRECTED = 'ARTICLE_CORRECTED',
  RESULT_CHANGED = 'RESULT_CHANGED',
  MEDIA_RIGHTS_EXPIRING = 'MEDIA_RIGHTS_EXPIRING',
  MEDIA_RIGHTS_EXPIRED = 'MEDIA_RIGHTS_EXPIRED',
  ARTICLE_FACTS_CHANGED = 'ARTICLE_FACTS_CHANGED',
}

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'What a webhook is told about.',
  valuesMap: {
    ARTICLE_PUBLISHED: { description: 'A story was published (`article.published`).' },
    ARTICLE_UNPUBLISHED: { description: 'A published story was taken down (`article.unpublished`).' },
    ARTICLE_CORRECTED: { description: 'A published story was corrected (`article.corrected`).' },
    RESULT_CHANGED: { description: 'Results or standings shown in a published story changed (`result.changed`).' },
    MEDIA_RIGHTS_EXPIRING: {
      description:
        'A photo placed in a published story reaches the end of its rights within MEDIA_RIGHTS_WARNING_DAYS (`media.rightsExpiring`).',
    },
    MEDIA_RIGHTS_EXPIRED: {
      description: "A photo placed in a published story has expired and the supplier's policy was applied (`media.rightsExpired`).",
    },
    ARTICLE_FACTS_CHANGED: {
      description:
        'A change of the data (a corrected result, a record, a person) contradicts the prose of a published story, which now needs review; the published text is unchanged (`article.facts_changed`).',
    },
  },
});

const TYPE_OF: Record<WebhookEvent, EventType> = {
  ARTICLE_PUBLISHED: EventType.ARTICLE_PUBLISHED,
  ARTICLE_UNPUBLISHED: EventType.ARTICLE_UNPUBLISHED,
  ARTICLE_CORRECTED: EventType.ARTICLE_CORRECTED,
  RESULT_CHANGED: EventType.RESULT_CHANGED,
  MEDIA_RIGHTS_EXPIRING: EventType.MEDIA_RIGHTS_EXPIRING,
  MEDIA_RIGHTS_EXPIRED: EventType.MEDIA_RIGHTS_EXPIRED,
  ARTICLE_FACTS_CHANGED: EventType.ARTICLE_FACTS_CHANGED,
};
const EVENT_OF = new Map<string, WebhookEvent>(Object.values(WebhookEvent).map((event) => [TYPE_OF[event], event]));

export function eventTypeOf(event: WebhookEvent): EventType {
  return TYPE_OF[event];
}

/** The enum value of a stored event type; null for a type no longer offered. */
export function webhookEventOf(type: string): WebhookEvent | null {
  return EVENT_OF.get(type) ?? null;
}
