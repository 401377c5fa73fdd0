import { Injectable } from '@nestjs/common';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Record as SportsRecordRow } from '../../generated/prisma/client.js';

/**
 * Records kept for one event family (WR, OR, national records and their history): far more
 * than any family has, a ceiling so that Event.records never reads an unbounded history.
 */
export const MAX_RECORDS_PER_FAMILY = 1000;

@Injectable()
export class RecordsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.record.findMany({ where: { id: { in: [...ids] } } });
  }

  /** The records of these event families (at most MAX_RECORDS_PER_FAMILY each); validity on a date is filtered per field, from the cached rows. */
  findByRecurringKeys(keys: readonly string[]) {
    return firstPerParent<SportsRecordRow>(
      this.prisma,
      {
        table: '"Record"',
        parent: '"recurringKey"',
        parentType: 'text',
        order: '"recordTypeCode", "setOn" DESC',
        limit: MAX_RECORDS_PER_FAMILY,
      },
      keys,
    );
  }

  /** The newest `limit` records of each holder, in one statement. */
  findByHolders(personIds: readonly string[], limit: number) {
    return firstPerParent<SportsRecordRow>(
      this.prisma,
      { table: '"Record"', parent: '"holderPersonId"', order: '"setOn" DESC NULLS LAST, id', limit },
      personIds,
    );
  }
}
