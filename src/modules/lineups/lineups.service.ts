import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { BadInputError, type FieldIssue } from '../../common/errors/domain-error.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { unitResultsKey } from '../../read-model/dependency-keys.js';
import type { PersonRefInput } from './dto/person-ref.input.js';
import type { SetUnitLineupInput } from './dto/set-unit-lineup.input.js';
import type { SetUnitOfficialsInput } from './dto/set-unit-officials.input.js';
import { type LineupIssue, lineupIssues } from './lineup-rules.js';
import { LineupsRepository } from './lineups.repository.js';

type Tx = Prisma.TransactionClient;

/** An issue as clients see it in `extensions.issues`: the path into the list, the entry index, the field and a code. */
const toFieldIssue = (list: string, { index, field, code, message }: LineupIssue): FieldIssue & { field: string } => ({
  path: index === null ? `input.${field}` : `input.${list}.${index}.${field}`,
  row: index,
  field,
  code,
  message,
});

function refused(what: string, list: string, issues: LineupIssue[]): never {
  const sorted = [...issues].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  const first = toFieldIssue(list, sorted[0]);
  const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more)` : '';
  throw new BadInputError(
    `The ${what} cannot be stored: ${first.path}: ${first.code}, ${first.message}${more}`,
    sorted.map((issue) => toFieldIssue(list, issue)),
  );
}

@Injectable()
export class LineupsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: LineupsRepository,
  ) {}

  /**
   * Replaces one side's line-up. The unit's version is bumped first, so the unit stays
   * locked until commit: a save of the other side waits, then fails with VERSION_CONFLICT,
   * and "in both line-ups" is checked against what is really stored. Any issue stores nothing.
   */
  setLineup(input: SetUnitLineupInput, viewer: Viewer) {
    const { unitId, competitorId, expectedVersion, entries } = input;
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.unit, 'Unit', unitId, expectedVersion, {});
      const issues: LineupIssue[] = [];
      const eventId = await this.repository.unitEvent(tx, unitId);
      const competitor = await this.repository.findCompetitor(tx, competitorId);
      if (!competitor || competitor.eventId !== eventId) {
        issues.push({ index: null, field: 'competitorId', code: 'COMPETITOR_NOT_IN_EVENT', message: "not an entry of the unit's event" });
      } else if (!competitor.teamId) {
        issues.push({ index: null, field: 'competitorId', code: 'NOT_A_TEAM', message: 'a line-up belongs to a team entry' });
      }
      const personIds = await this.resolvePeople(
        tx,
        entries.map((e) => e.person),
        issues,
      );
      const drafts = entries.map((entry, index) => ({ ...entry, personId: personIds[index] }));
      issues.push(...lineupIssues(drafts, await this.repository.otherSidesPeople(tx, unitId, competitorId)));
      if (issues.length) refused('line-up', 'entries', issues);
      const removed = await this.repository.replaceSide(
        tx,
        unitId,
        competitorId,
        drafts.map((entry, index) => ({
          personId: entry.personId as string,
          role: entry.role,
          seq: index + 1,
          shirtNumber: entry.shirtNumber ?? null,
          position: entry.position ?? null,
          captain: entry.captain ?? false,
          minutesPlayed: entry.minutesPlayed ?? null,
        })),
      );
      await recordAudit(tx, viewer, {
        action: 'unit.setLineup',
        objectType: 'Unit',
        objectId: unitId,
        changesObject: false,
        alsoChanges: [unitResultsKey(unitId)],
        summary: { competitorId, entries: entries.length, removed, fromVersion: expectedVersion, toVersion: expectedVersion + 1 },
      });
      return tx.unit.findUniqueOrThrow({ where: { id: unitId } });
    });
  }

  /** Replaces a unit's officials, at the unit's version; any issue stores nothing. */
  setOfficials(input: SetUnitOfficialsInput, viewer: Viewer) {
    const { unitId, expectedVersion, officials } = input;
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.unit, 'Unit', unitId, expectedVersion, {});
      const issues: LineupIssue[] = [];
      const personIds = await this.resolvePeople(
        tx,
        officials.map((o) => o.person),
        issues,
      );
      const codes = await this.repository.knownCodes(
        tx,
        officials.flatMap((o) => (o.noc ? [o.noc] : [])),
        officials.flatMap((o) => (o.association ? [o.association] : [])),
      );
      const seen = new Set<string>();
      officials.forEach((official, index) => {
        const add = (field: string, code: string, message: string) => issues.push({ index, field, code, message });
        if (official.noc && official.association) add('association', 'NATIONALITY_TWICE', 'give noc or association, not both');
        if (official.noc && !codes.nocs.has(official.noc)) {
          add(
            'noc',
            'UNKNOWN_NOC',
            codes.associations.has(official.noc) ? `a member association: use association: "${official.noc}"` : 'no such NOC',
          );
        }
        if (official.association && !codes.associations.has(official.association))
          add('association', 'UNKNOWN_ASSOCIATION', 'no such member association');
        const personId = personIds[index];
        if (personId) {
          const key = `${personId}:${official.role}`;
          if (seen.has(key)) add('role', 'DUPLICATE_OFFICIAL', 'the same person in the same role twice');
          seen.add(key);
        }
      });
      if (issues.length) refused('officials', 'officials', issues);
      const removed = await this.repository.replaceOfficials(
        tx,
        unitId,
        officials.map((official, index) => ({
          personId: personIds[index] as string,
          role: official.role,
          seq: index + 1,
          nocCode: official.noc ?? null,
          associationCode: official.association ?? null,
        })),
      );
      await recordAudit(tx, viewer, {
        action: 'unit.setOfficials',
        objectType: 'Unit',
        objectId: unitId,
        changesObject: false,
        alsoChanges: [unitResultsKey(unitId)],
        summary: { officials: officials.length, removed, fromVersion: expectedVersion, toVersion: expectedVersion + 1 },
      });
      return tx.unit.findUniqueOrThrow({ where: { id: unitId } });
    });
  }

  /** Each reference's person key, in order; null (with an issue) where it names no one or is not exactly one of id and slug. */
  private async resolvePeople(tx: Tx, refs: readonly PersonRefInput[], issues: LineupIssue[]): Promise<(string | null)[]> {
    const ids = refs.flatMap((ref) => (ref.id ? [ref.id] : []));
    const slugs = refs.flatMap((ref) => (ref.slug ? [ref.slug] : []));
    const found = await this.repository.findPeople(tx, ids, slugs);
    return refs.map((ref, index) => {
      if (Boolean(ref.id) === Boolean(ref.slug)) {
        issues.push({ index, field: 'person', code: 'PERSON_REFERENCE', message: 'give exactly one of id and slug' });
        return null;
      }
      const key = ref.id ? (found.byId.has(ref.id) ? ref.id : null) : (found.bySlug.get(ref.slug as string) ?? null);
      if (!key)
        issues.push({
          index,
          field: 'person',
          code: 'UNKNOWN_PERSON',
          message: `no person ${ref.id ? 'with this id' : `with slug ${ref.slug}`}`,
        });
      return key;
    });
  }
}
