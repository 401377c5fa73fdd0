import { Injectable } from '@nestjs/common';
import { firstPerParent } from '../../database/first-per-parent.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Record as SportsRecordRow } from '../../generated/prisma/client.js';

@Injectable()
export class RecordsRepository {
  constructor(private readonly prisma: PrismaService) {}

  findByIds(ids: readonly string[]) {
    return this.prisma.record.findMany({ where: { id: { in: [...ids] } } });
  }

  /** Every record of these event families; validity on a date is filtered per field, from the cached rows. */
  findByRecurringKeys(keys: readonly string[]) {
    return this.prisma.record.findMany({
      where: { recurringKey: { in: [...keys] } },
      orderBy: [{ recordTypeCode: 'asc' }, { setOn: 'desc' }],
    });
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
