import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import type { Event } from '../../generated/prisma/client.js';
import { PrismaService } from '../../database/prisma.service.js';

@Injectable()
export class EventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.event.findMany({ where: { id: { in: [...ids] } } });
  }

  findByCompetitions(competitionIds: readonly string[]) {
    return this.prisma.event.findMany({
      where: { competitionId: { in: [...competitionIds] } },
      orderBy: [{ disciplineCode: 'asc' }, { name: 'asc' }, { id: 'asc' }],
    });
  }

  findByCompetitionKeys(keys: readonly { competitionId: string; recurringKey: string }[]) {
    return this.prisma.event.findMany({
      where: { OR: keys.map((k) => ({ competitionId: k.competitionId, recurringKey: k.recurringKey })) },
    });
  }

  findByCompetitionSlugAndKey(slug: string, recurringKey: string) {
    return this.prisma.event.findFirst({ where: { recurringKey, competition: { slug } } });
  }

  /** For each event, the edition of the same recurring key whose competition started last before its own. */
  findPreviousEditions(eventIds: readonly string[]) {
    return this.prisma.$queryRaw<(Event & { forEventId: string })[]>`
      SELECT DISTINCT ON (e.id) e.id AS "forEventId", p.*
      FROM "Event" e
      JOIN "Competition" c ON c.id = e."competitionId"
      JOIN "Event" p ON p."recurringKey" = e."recurringKey" AND p.id <> e.id
      JOIN "Competition" pc ON pc.id = p."competitionId"
      WHERE e.id IN (${Prisma.join(eventIds.map((id) => Prisma.sql`${id}::uuid`))}) AND pc."startDate" < c."startDate"
      ORDER BY e.id, pc."startDate" DESC`;
  }
}
