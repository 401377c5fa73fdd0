import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import { recordAudit } from '../../audit/audit-log.js';
import type { SetEventStandingsInput } from './dto/set-event-standings.input.js';
import { announceResultChange } from './result-changes.js';
import { listIssues, ResultsInvalidError } from './results.errors.js';
import { validateStandings } from './standings.rules.js';
import { ResultHistory } from './history/result-history.js';

@Injectable()
export class StandingsDeskService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly history: ResultHistory,
  ) {}

  /**
   * Replaces the event's final standings. Nothing references a standing row by id, so the
   * old rows are simply deleted; the version-guarded bump comes first and holds the lock.
   */
  setEventStandings(input: SetEventStandingsInput, viewer: Viewer) {
    const { eventId, expectedVersion, standings } = input;
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.event, 'Event', eventId, expectedVersion, {});
      const competitors = await tx.competitor.findMany({ where: { eventId }, select: { id: true } });
      const issues = validateStandings(standings, new Set(competitors.map((c) => c.id)));
      if (issues.length > 0) throw new ResultsInvalidError(listIssues('input.standings', issues));
      await this.history.recordEvent(tx, eventId, standings, viewer);
      await tx.eventStanding.deleteMany({ where: { eventId } });
      if (standings.length > 0) {
        await tx.eventStanding.createMany({
          data: standings.map((s) => ({
            eventId,
            competitorId: s.competitorId,
            rank: s.rank ?? null,
            rankEqual: s.rankEqual ?? false,
            irm: s.irm ?? null,
            medal: s.medal ?? null,
          })),
        });
      }
      const medals = standings.filter((s) => s.medal).length;
      await recordAudit(tx, viewer, {
        action: 'event.setStandings',
        objectType: 'Event',
        objectId: eventId,
        summary: { standings: standings.length, medals, fromVersion: expectedVersion, toVersion: expectedVersion + 1 },
      });
      const saved = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
      await announceResultChange(tx, { type: 'EVENT', id: eventId }, saved.version);
      return saved;
    });
  }
}
