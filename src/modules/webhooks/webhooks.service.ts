import { Injectable } from '@nestjs/common';
import { BadInputError, NotFoundError } from '../../common/errors/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Webhook } from '../../generated/prisma/client.js';
import { privateHostReason } from './delivery/network-policy.js';
import { newWebhookSecret } from './delivery/signature.js';
import type { CreateWebhookInput, DeleteWebhookInput, RotateWebhookSecretInput, UpdateWebhookInput } from './dto/webhook.inputs.js';
import { eventTypeOf } from './webhook-events.js';
import { WebhooksRepository } from './webhooks.repository.js';

export interface WebhookWithSecretRow {
  webhook: Webhook;
  secret: string;
}

@Injectable()
export class WebhooksService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: WebhooksRepository,
    private readonly config: AppConfig,
  ) {}

  async create(input: CreateWebhookInput, createdById: string | null): Promise<WebhookWithSecretRow> {
    await this.checkReachable(input.url);
    const secret = newWebhookSecret();
    const webhook = await this.prisma.$transaction((tx) =>
      this.repository.create(tx, {
        url: input.url,
        description: input.description ?? null,
        events: input.events.map(eventTypeOf),
        active: input.active ?? true,
        secret,
        createdById,
      }),
    );
    return { webhook, secret };
  }

  async update(input: UpdateWebhookInput): Promise<Webhook> {
    const { id, expectedVersion, url, events, description, active } = input;
    if (url !== undefined) await this.checkReachable(url);
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.webhook, 'Webhook', id, expectedVersion, {
        ...(url !== undefined ? { url } : {}),
        ...(events !== undefined ? { events: events.map(eventTypeOf) } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(active !== undefined ? { active } : {}),
      });
      return tx.webhook.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Deletes the webhook and its delivery log; pending deliveries find it gone and stop. */
  async delete(input: DeleteWebhookInput): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const found = await this.repository.findById(tx, input.id);
      if (!found) throw new NotFoundError('Webhook', { id: input.id });
      await updateAtVersion(tx.webhook, 'Webhook', input.id, input.expectedVersion, {});
      await tx.webhook.delete({ where: { id: input.id } });
      return input.id;
    });
  }

  /** A new secret at once: deliveries from now on are signed with it. */
  async rotateSecret(input: RotateWebhookSecretInput): Promise<WebhookWithSecretRow> {
    const secret = newWebhookSecret();
    const webhook = await this.prisma.$transaction(async (tx) => {
      const found = await this.repository.findById(tx, input.id);
      if (!found) throw new NotFoundError('Webhook', { id: input.id });
      await updateAtVersion(tx.webhook, 'Webhook', input.id, found.version, { secret });
      return tx.webhook.findUniqueOrThrow({ where: { id: input.id } });
    });
    return { webhook, secret };
  }

  private async checkReachable(url: string): Promise<void> {
    if (this.config.webhooks.allowPrivateNetworks) return;
    const reason = await privateHostReason(url).catch(
      (error: unknown) => `${new URL(url).hostname} does not resolve (${(error as Error).message})`,
    );
    if (reason) throw new BadInputError(`The webhook URL cannot be used: ${reason}`, [{ path: 'input.url', message: reason }]);
  }
}
