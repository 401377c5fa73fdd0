import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';
import { KeysetOrder, type KeysetPage } from '../../graphql/pagination/keyset.js';
import { Prisma } from '../../generated/prisma/client.js';
import type { Quote, QuoteContext } from '../../generated/prisma/client.js';

export interface QuoteQuery {
  speaker?: string;
  event?: string;
  unit?: string;
  context?: QuoteContext;
  page: KeysetPage<Quote>;
}

/** Newest first, undated quotes last: the order of the index on (saidAt DESC, id DESC). */
export const NEWEST_QUOTES = new KeysetOrder<Quote>([
  { field: 'saidAt', column: '"saidAt"', type: 'timestamp', direction: 'desc', nulls: 'last' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'desc' },
]);

/** Newest first, undated quotes last. */
const NEWEST_FIRST = Prisma.sql`ORDER BY "saidAt" DESC NULLS LAST, id DESC`;
const uuidArray = (ids: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}]`;

@Injectable()
export class QuotesRepository {
  constructor(private readonly prisma: PrismaService) {}

  findQuotesByIds(ids: readonly string[]) {
    return this.prisma.quote.findMany({ where: { id: { in: [...ids] } } });
  }

  findSocialPostsByIds(ids: readonly string[]) {
    return this.prisma.socialPost.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The newest `limit` quotes of each person, in one statement (a lateral join uses the (speaker, saidAt) index). */
  findBySpeakers(personIds: readonly string[], limit: number) {
    return this.prisma.$queryRaw<Quote[]>`
      SELECT q.* FROM unnest(${uuidArray(personIds)}) AS k(id)
      CROSS JOIN LATERAL (SELECT * FROM "Quote" WHERE "speakerPersonId" = k.id ${NEWEST_FIRST} LIMIT ${limit}) q`;
  }

  /** The newest `limit` quotes said at each event, in one statement. */
  findByEvents(eventIds: readonly string[], limit: number) {
    return this.prisma.$queryRaw<Quote[]>`
      SELECT q.* FROM unnest(${uuidArray(eventIds)}) AS k(id)
      CROSS JOIN LATERAL (SELECT * FROM "Quote" WHERE "eventId" = k.id ${NEWEST_FIRST} LIMIT ${limit}) q`;
  }

  /** One page in NEWEST_QUOTES order. */
  findPage({ speaker, event, unit, context, page }: QuoteQuery) {
    const where: Prisma.QuoteWhereInput = {
      ...(speaker ? { speakerPerson: { slug: speaker } } : {}),
      ...(event ? { eventId: event } : {}),
      ...(unit ? { unitId: unit } : {}),
      ...(context ? { context } : {}),
      ...page.prismaWhere(),
    };
    return this.prisma.quote.findMany({ where, orderBy: page.prismaOrderBy(), take: page.take });
  }
}
