import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import { Prisma, type Webhook, type WebhookDeliveryStatus } from '../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';

type Tx = Prisma.TransactionClient;

/** A delivery row with its event's type, as the delivery log shows it. */
export interface DeliveryRow {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  lastAttemptAt: Date | null;
  deliveredAt: Date | null;
}

export const NEWEST_WEBHOOKS = new KeysetOrder<Webhook>([
  { field: 'createdAt', column: '"createdAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'desc' },
]);

/** Newest first: the order of the index on (webhookId, createdAt DESC, id DESC). */
export const NEWEST_DELIVERIES = new KeysetOrder<DeliveryRow>([
  { field: 'createdAt', column: 'd."createdAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'd.id', type: 'uuid', direction: 'desc' },
]);

@Injectable()
export class WebhooksRepository {
  constructor(private readonly prisma: PrismaService) {}

  findPage(page: KeysetPage<Webhook>) {
    return this.prisma.webhook.findMany({ where: page.prismaWhere(), orderBy: page.prismaOrderBy(), take: page.take });
  }

  findById(tx: Tx, id: string) {
    return tx.webhook.findUnique({ where: { id } });
  }

  create(tx: Tx, data: Prisma.WebhookUncheckedCreateInput) {
    return tx.webhook.create({ data });
  }

  /** One page of deliveries for each webhook, in one statement (a lateral join over the webhook's index). */
  deliveriesOf(webhookIds: readonly string[], page: KeysetPage<DeliveryRow>, status: WebhookDeliveryStatus | undefined) {
    const ids = Prisma.join(webhookIds.map((id) => Prisma.sql`${id}::uuid`));
    const onlyStatus = status ? Prisma.sql`AND d.status = ${status}::"WebhookDeliveryStatus"` : Prisma.empty;
    return this.prisma.$queryRaw<DeliveryRow[]>`
      SELECT p.* FROM unnest(ARRAY[${ids}]) AS k(id)
      CROSS JOIN LATERAL (
        SELECT d.id, d."webhookId", d."eventId", e.type AS "eventType", d.status, d.attempts, d."responseStatus",
               d."lastError", d."createdAt", d."lastAttemptAt", d."deliveredAt"
        FROM "WebhookDelivery" d JOIN "OutboxEvent" e ON e.id = d."eventId"
        WHERE d."webhookId" = k.id ${onlyStatus} AND ${page.sqlWhere()}
        ORDER BY ${page.sqlOrderBy()} LIMIT ${page.take}
      ) p`;
  }
}
