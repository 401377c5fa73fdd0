import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import type { Event } from '../../generated/prisma/client.js';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';

/** The most events a competition lists (Competition.events); an Olympic Games has about 330. */
export const MAX_EVENTS_PER_COMPETITION = 500;

@Injectable()
export class EventsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.event.findMany({ where: { id: { in: [...ids] } } });
  }

  findByCompetitions(competitionIds: readonly string[]) {
    return firstPerParent<Event>(
      this.prisma,
      { table: '"Event"', parent: '"competitionId"', order: '"disciplineCode", name, id', limit: MAX_EVENTS_PER_COMPETITION },
      competitionIds,
    );
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
