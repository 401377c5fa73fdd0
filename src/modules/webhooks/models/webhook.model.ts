import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WebhookDeliveryStatus } from '../../../generated/prisma/client.js';
import { DateTimeScalar } from '../../../graphql/scalars/index.js';
import { WebhookEvent } from '../webhook-events.js';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesMap: {
    PENDING: { description: 'Not yet delivered: the first attempt or a retry is due.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed; no more are made.' },
  },
});

@ObjectType({ description: 'An endpoint that receives HMAC-signed POSTs for the events it subscribes to. Admins only.' })
export class Webhook {
  @Field(() => ID, { description: "The webhook's id." })
  id: string;

  @Field({ description: 'Where deliveries are POSTed (http or https).' })
  url: string;

  @Field(() => String, { nullable: true, description: 'What the endpoint is for, for the admins.' })
  description: string | null;

  @Field(() => [WebhookEvent], { description: 'The events it receives.' })
  events: WebhookEvent[];

  @Field({ description: 'False: no deliveries are made to it.' })
  active: boolean;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when updating or deleting.' })
  version: number;

  @Field(() => DateTimeScalar, { description: 'When it was registered.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'One event sent to one webhook, with the outcome of its attempts.' })
export class WebhookDelivery {
  @Field(() => ID, { description: "The delivery's id, sent as the Podium-Delivery header." })
  id: string;

  @Field(() => ID, { description: "The event's id, sent as `id` in the body (the same for every webhook that receives it)." })
  eventId: string;

  @Field(() => WebhookEvent, { nullable: true, description: 'What happened; null for an event type no longer offered.' })
  event: WebhookEvent | null;

  @Field(() => WebhookDeliveryStatus, { description: 'Delivered, still being tried, or given up.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt; null when it got no answer.' })
  responseStatus: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed (HTTP status, timeout, connection error).' })
  lastError: string | null;

  @Field(() => DateTimeScalar, { description: 'When the event was queued for this webhook.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the endpoint accepted it.' })
  deliveredAt: Date | null;
}

@ObjectType({ description: 'A webhook with its signing secret, which is shown only in this answer.' })
export class WebhookWithSecret {
  @Field(() => Webhook, { description: 'The webhook.' })
  webhook: Webhook;

  @Field({ description: 'The HMAC-SHA256 key of the Podium-Signature header. Store it now: it is never shown again.' })
  secret: string;
}
