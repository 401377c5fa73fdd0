import { Injectable } from '@nestjs/common';
import type { WebhookDeliveryStatus } from '../../generated/prisma/client.js';
import type { LoaderRegistry } from '../../graphql/loader-registry.js';
import type { KeysetPage } from '../../graphql/pagination/keyset.js';
import { type DeliveryRow, WebhooksRepository } from './webhooks.repository.js';

@Injectable()
export class WebhooksLoaders {
  constructor(private readonly repository: WebhooksRepository) {}

  /** A page of deliveries per webhook; webhooks asked with the same arguments share one statement. */
  deliveries(loaders: LoaderRegistry, page: KeysetPage<DeliveryRow>, status: WebhookDeliveryStatus | undefined) {
    const { size, backward, after, before } = page.request;
    return loaders.many(
      `webhook.deliveries:${JSON.stringify([size, backward, after, before, status ?? null])}`,
      (ids: readonly string[]) => this.repository.deliveriesOf(ids, page, status),
      (row) => row.webhookId,
    );
  }
}
