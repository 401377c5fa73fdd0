import { Injectable } from '@nestjs/common';
import { Prisma } from '../../generated/prisma/client.js';
import type { Award } from '../../generated/prisma/client.js';
import { PrismaService } from '../../database/prisma.service.js';

/** A competition's awards: createAward refuses more, reads never return more. */
export const MAX_AWARDS_PER_COMPETITION = 200;
/** The awards listed with a person. */
export const MAX_AWARDS_PER_PERSON = 100;

const uuids = (ids: readonly string[]) => Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`));

@Injectable()
export class AwardsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.award.findMany({ where: { id: { in: [...ids] } } });
  }

  /** By kind (in the enum's order), then seq: the team of the tournament's places in order. */
  findByCompetitions(competitionIds: readonly string[]) {
    return this.prisma.$queryRaw<Award[]>`
      SELECT ranked.* FROM (
        SELECT a.*, row_number() OVER (PARTITION BY a."competitionId" ORDER BY a.kind, a.seq, a.id)::int AS n
        FROM "Award" a WHERE a."competitionId" IN (${uuids(competitionIds)})
      ) ranked WHERE ranked.n <= ${MAX_AWARDS_PER_COMPETITION}
      ORDER BY ranked."competitionId", ranked.n`;
  }

  /** Newest competition first. */
  findByPeople(personIds: readonly string[]) {
    return this.prisma.$queryRaw<Award[]>`
      SELECT ranked.* FROM (
        SELECT a.*, row_number() OVER (PARTITION BY a."personId" ORDER BY c."startDate" DESC, a.kind, a.seq, a.id)::int AS n
        FROM "Award" a JOIN "Competition" c ON c.id = a."competitionId" WHERE a."personId" IN (${uuids(personIds)})
      ) ranked WHERE ranked.n <= ${MAX_AWARDS_PER_PERSON}
      ORDER BY ranked."personId", ranked.n`;
  }
}
