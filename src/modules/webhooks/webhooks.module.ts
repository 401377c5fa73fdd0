import { Module } from '@nestjs/common';
import { OutboxModule } from '../../events/outbox.module.js';
import { JobsModule } from '../../jobs/jobs.module.js';
import { DeliveryRepository } from './delivery/delivery.repository.js';
import { WebhookDelivery } from './delivery/webhook-delivery.js';
import { WebhooksLoaders } from './webhooks.loaders.js';
import { WebhookDeliveriesResolver, WebhooksResolver } from './webhooks.resolver.js';
import { WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';

/** Webhook endpoints (admin API), their deliveries and the job that sends them. */
@Module({
  imports: [JobsModule, OutboxModule],
  providers: [
    WebhooksRepository,
    WebhooksService,
    WebhooksLoaders,
    WebhooksResolver,
    WebhookDeliveriesResolver,
    DeliveryRepository,
    WebhookDelivery,
  ],
})
export class WebhooksModule {}
