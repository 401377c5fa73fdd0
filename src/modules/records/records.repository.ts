import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../database/prisma.service.js';

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

  findByHolders(personIds: readonly string[]) {
    return this.prisma.record.findMany({ where: { holderPersonId: { in: [...personIds] } }, orderBy: [{ setOn: 'desc' }] });
  }
}
