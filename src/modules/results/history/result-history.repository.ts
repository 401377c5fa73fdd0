import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../../database/prisma.service.js';
import { Prisma } from '../../../generated/prisma/client.js';
import type { ResultChange } from '../../../generated/prisma/client.js';
import { KeysetOrder, type KeysetPage } from '../../../graphql/pagination/keyset.js';

type Tx = Prisma.TransactionClient;

export type SubjectType = 'UNIT' | 'EVENT';

/** Newest first: the order of the index on (subjectType, subjectId, changedAt DESC, id DESC). */
export const NEWEST_CHANGES = new KeysetOrder<ResultChange>([
  { field: 'changedAt', column: '"changedAt"', type: 'timestamp', direction: 'desc' },
  { field: 'id', column: 'id', type: 'uuid', direction: 'desc' },
]);

const uuidArray = (ids: readonly string[]) => Prisma.sql`ARRAY[${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))}]`;

@Injectable()
export class ResultHistoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** A unit's rows as stored, with the record marks and details a save replaces. */
  unitRows(tx: Tx, unitId: string) {
    return tx.result.findMany({
      where: { unitId },
      include: { recordMarks: { select: { recordTypeCode: true } }, details: true },
    });
  }

  eventStandings(tx: Tx, eventId: string) {
    return tx.eventStanding.findMany({ where: { eventId } });
  }

  async insert(tx: Tx, rows: Prisma.ResultChangeCreateManyInput[]) {
    if (rows.length > 0) await tx.resultChange.createMany({ data: rows });
  }

  /** One page of changes for each subject, all subjects in one statement. */
  pageBySubjects(subjectType: SubjectType, subjectIds: readonly string[], page: KeysetPage<ResultChange>): Promise<ResultChange[]> {
    return this.prisma.$queryRaw<ResultChange[]>`
      SELECT id, "subjectType", "subjectId", "competitorId", action, before, after, "changeSetId", "changedById", "changedAt" FROM (
        SELECT *, row_number() OVER (PARTITION BY "subjectId" ORDER BY ${page.sqlOrderBy()}) AS n
        FROM "ResultChange"
        WHERE "subjectType" = ${subjectType} AND "subjectId" = ANY(${uuidArray(subjectIds)}) AND ${page.sqlWhere()}
      ) AS c
      WHERE n <= ${page.take}
      ORDER BY "subjectId", n`;
  }

  usersByIds(ids: readonly string[]) {
    return this.prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, displayName: true } });
  }
}
