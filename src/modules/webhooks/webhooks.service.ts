import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import { userIdOf, type Viewer } from '../../auth/viewer.js';
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

  async create(input: CreateWebhookInput, viewer: Viewer): Promise<WebhookWithSecretRow> {
    await this.checkReachable(input.url);
    const secret = newWebhookSecret();
    const webhook = await this.prisma.$transaction(async (tx) => {
      const created = await this.repository.create(tx, {
        url: input.url,
        description: input.description ?? null,
        events: input.events.map(eventTypeOf),
        active: input.active ?? true,
        secret,
        createdById: userIdOf(viewer),
      });
      await recordAudit(tx, viewer, {
        changesPublicData: false,
        action: 'webhook.create',
        objectType: 'Webhook',
        objectId: created.id,
        summary: { url: created.url, events: created.events, active: created.active },
      });
      return created;
    });
    return { webhook, secret };
  }

  async update(input: UpdateWebhookInput, viewer: Viewer): Promise<Webhook> {
    const { id, expectedVersion, url, events, description, active } = input;
    if (url !== undefined) await this.checkReachable(url);
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.webhook, 'Webhook', id, expectedVersion, {
        ...(url !== undefined ? { url } : {}),
        ...(events !== undefined ? { events: events.map(eventTypeOf) } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(active !== undefined ? { active } : {}),
      });
      const fields = Object.entries({ url, events, description, active })
        .filter(([, value]) => value !== undefined)
        .map(([field]) => field);
      await recordAudit(tx, viewer, {
        changesPublicData: false,
        action: 'webhook.update',
        objectType: 'Webhook',
        objectId: id,
        summary: { fields, fromVersion: expectedVersion, toVersion: expectedVersion + 1 },
      });
      return tx.webhook.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Deletes the webhook and its delivery log; pending deliveries find it gone and stop. */
  async delete(input: DeleteWebhookInput, viewer: Viewer): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const found = await this.repository.findById(tx, input.id);
      if (!found) throw new NotFoundError('Webhook', { id: input.id });
      await updateAtVersion(tx.webhook, 'Webhook', input.id, input.expectedVersion, {});
      await tx.webhook.delete({ where: { id: input.id } });
      await recordAudit(tx, viewer, {
        changesPublicData: false,
        action: 'webhook.delete',
        objectType: 'Webhook',
        objectId: input.id,
        summary: { url: found.url, version: input.expectedVersion },
      });
      return input.id;
    });
  }

  /** A new secret at once: deliveries from now on are signed with it. */
  async rotateSecret(input: RotateWebhookSecretInput, viewer: Viewer): Promise<WebhookWithSecretRow> {
    const secret = newWebhookSecret();
    const webhook = await this.prisma.$transaction(async (tx) => {
      const found = await this.repository.findById(tx, input.id);
      if (!found) throw new NotFoundError('Webhook', { id: input.id });
      await updateAtVersion(tx.webhook, 'Webhook', input.id, found.version, { secret });
      await recordAudit(tx, viewer, {
        changesPublicData: false,
        action: 'webhook.rotateSecret',
        objectType: 'Webhook',
        objectId: input.id,
        summary: {},
      });
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
