import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { userIdOf, type Viewer } from '../../../auth/viewer.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import type { EventStandingInput } from '../dto/set-event-standings.input.js';
import type { DeskRow } from '../results-desk.rules.js';
import { diffRows, type RowChange } from './result-diff.js';
import { ResultHistoryRepository, type SubjectType } from './result-history.repository.js';
import { byCompetitor, resultValues, standingValues } from './row-values.js';

type Tx = Prisma.TransactionClient;

/** Who changed which row of a results set from what to what: written in the save's transaction. */
@Injectable()
export class ResultHistory {
  constructor(private readonly repository: ResultHistoryRepository) {}

  /** Call before the rows are replaced: compares the stored rows with `rows` and records the difference. */
  async recordUnit(tx: Tx, unitId: string, rows: readonly DeskRow[], viewer: Viewer) {
    const stored = await this.repository.unitRows(tx, unitId);
    const before = byCompetitor(stored, (row) =>
      resultValues({ ...row, recordMarks: row.recordMarks.map((m) => m.recordTypeCode), details: row.details }),
    );
    await this.write(tx, 'UNIT', unitId, diffRows(before, byCompetitor(rows, resultValues)), viewer);
  }

  /** Call before the standings are replaced. */
  async recordEvent(tx: Tx, eventId: string, standings: readonly EventStandingInput[], viewer: Viewer) {
    const before = byCompetitor(await this.repository.eventStandings(tx, eventId), standingValues);
    await this.write(tx, 'EVENT', eventId, diffRows(before, byCompetitor(standings, standingValues)), viewer);
  }

  private write(tx: Tx, subjectType: SubjectType, subjectId: string, changes: RowChange[], viewer: Viewer) {
    const changeSetId = randomUUID();
    const changedById = userIdOf(viewer);
    return this.repository.insert(
      tx,
      changes.map((change) => ({
        subjectType,
        subjectId,
        competitorId: change.competitorId,
        action: change.action,
        before: (change.before ?? undefined) as Prisma.InputJsonObject | undefined,
        after: (change.after ?? undefined) as Prisma.InputJsonObject | undefined,
        changeSetId,
        changedById,
      })),
    );
  }
}
