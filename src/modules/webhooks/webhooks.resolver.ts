import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator.js';
import { Roles } from '../../auth/roles.decorator.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppConfig } from '../../config/app-config.js';
import type { Webhook as WebhookRow } from '../../generated/prisma/client.js';
import { ConnectionType } from '../../graphql/pagination/connection.js';
import { pageRequest } from '../../graphql/pagination/page.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { toGlobalId } from '../../graphql/relay/global-id.js';
import {
  CreateWebhookInput,
  DeleteWebhookInput,
  RotateWebhookSecretInput,
  UpdateWebhookInput,
  WebhookDeliveriesArgs,
  WebhooksArgs,
} from './dto/webhook.inputs.js';
import { Webhook, WebhookDelivery, WebhookWithSecret } from './models/webhook.model.js';
import { WebhookEvent, webhookEventOf } from './webhook-events.js';
import { WebhooksLoaders } from './webhooks.loaders.js';
import { type DeliveryRow, NEWEST_DELIVERIES, NEWEST_WEBHOOKS, WebhooksRepository } from './webhooks.repository.js';
import { WebhooksService } from './webhooks.service.js';

const WebhookConnection = ConnectionType(Webhook, 'Webhook');
const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@Roles('ADMIN')
@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(
    private readonly service: WebhooksService,
    private readonly repository: WebhooksRepository,
    private readonly loaders: WebhooksLoaders,
    private readonly config: AppConfig,
  ) {}

  @Query(() => WebhookConnection, { description: 'The registered webhooks, newest first. Admins only.' })
  async webhooks(@Args() args: WebhooksArgs) {
    const page = NEWEST_WEBHOOKS.page(pageRequest(args, this.config.graphql.pageSizeMax));
    return page.connection(await this.repository.findPage(page));
  }

  @Mutation(() => WebhookWithSecret, { description: 'Registers a webhook endpoint; the answer holds its signing secret, shown only here.' })
  createWebhook(
    @Args('input', { description: 'The endpoint and the events it receives.' }) input: CreateWebhookInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(input, viewer);
  }

  @Mutation(() => Webhook, { description: 'Changes a webhook; fails with VERSION_CONFLICT if someone saved first.' })
  updateWebhook(
    @Args('input', { description: 'The changes and the version they were made to.' }) input: UpdateWebhookInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(input, viewer);
  }

  @Mutation(() => ID, { description: 'Deletes a webhook and its delivery log; answers its id.' })
  deleteWebhook(
    @Args('input', { description: 'The webhook and the version you saw.' }) input: DeleteWebhookInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.delete(input, viewer).then((id) => toGlobalId('Webhook', id));
  }

  @Mutation(() => WebhookWithSecret, {
    description: "Replaces a webhook's signing secret at once; the answer holds the new secret, shown only here.",
  })
  rotateWebhookSecret(@Args('input', { description: 'The webhook.' }) input: RotateWebhookSecretInput, @CurrentViewer() viewer: Viewer) {
    return this.service.rotateSecret(input, viewer);
  }

  @ResolveField(() => ID, { description: "The webhook's id." })
  id(@Parent() webhook: WebhookRow) {
    return toGlobalId('Webhook', webhook.id);
  }

  @ResolveField(() => [WebhookEvent], { description: 'The events it receives.' })
  events(@Parent() webhook: WebhookRow): WebhookEvent[] {
    return webhook.events.map(webhookEventOf).filter((event) => event !== null);
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first: the delivery log.' })
  async deliveries(@Parent() webhook: WebhookRow, @Args() args: WebhookDeliveriesArgs, @Context() ctx: RequestContext) {
    const page = NEWEST_DELIVERIES.page(pageRequest(args, this.config.graphql.pageSizeMax));
    const rows = await this.loaders.deliveries(ctx.loaders, page, args.status).load(webhook.id);
    return page.connection(rows);
  }
}

@Roles('ADMIN')
@Resolver(() => WebhookDelivery)
export class WebhookDeliveriesResolver {
  @ResolveField(() => ID, { description: "The delivery's id, sent as the Podium-Delivery header." })
  id(@Parent() delivery: DeliveryRow) {
    return toGlobalId('WebhookDelivery', delivery.id);
  }

  @ResolveField(() => ID, { description: "The event's id, sent as `id` in the body (the same for every webhook that receives it)." })
  eventId(@Parent() delivery: DeliveryRow) {
    return delivery.eventId;
  }

  @ResolveField(() => WebhookEvent, { nullable: true, description: 'What happened; null for an event type no longer offered.' })
  event(@Parent() delivery: DeliveryRow) {
    return webhookEventOf(delivery.eventType);
  }
}
