import { Injectable } from '@nestjs/common';
import { recordAudit } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import { phaseTableKey, unitResultsKey } from '../../read-model/dependency-keys.js';
import { sportRules } from '../disciplines/sport-rules.js';
import type { IncidentDraft } from './domain/incident-drafts.js';
import { type IncidentCandidate, type IncidentIssue, type IncidentSide, validateIncidents } from './domain/incident-rules.js';
import type { SetUnitIncidentsInput } from './dto/set-unit-incidents.input.js';
import { incidentIssues, IncidentsInvalidError } from './incidents.errors.js';
import { IncidentsRepository } from './incidents.repository.js';

type Tx = Prisma.TransactionClient;

/** What a set of incidents is checked against: the unit's discipline and event, and its sides. */
export interface IncidentTarget {
  disciplineCode: string;
  eventId: string;
  sides: readonly IncidentSide[];
}

/** Incidents ready to store, or the issues that stop them. */
export interface PreparedIncidents {
  incidents: IncidentCandidate[];
  issues: IncidentIssue[];
}

@Injectable()
export class IncidentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: IncidentsRepository,
  ) {}

  /** Replaces a unit's incidents in one transaction, at the unit's version; any issue stores nothing. */
  setUnitIncidents(input: SetUnitIncidentsInput, viewer: Viewer) {
    const drafts = input.incidents.map((incident): IncidentDraft => {
      const { competitorId, personId, person, relatedPersonId, relatedPerson, ...rest } = incident;
      return {
        kind: rest.kind,
        periodKind: rest.periodKind ?? null,
        periodNumber: rest.periodNumber ?? (rest.periodKind ? 1 : null),
        minute: rest.minute ?? null,
        addedMinute: rest.addedMinute ?? null,
        shootoutOrder: rest.shootoutOrder ?? null,
        outcome: rest.outcome ?? null,
        competitor: competitorId ? { by: 'competitorId', value: competitorId } : null,
        person: personId ? { by: 'id', value: personId } : person ? { by: 'slug', value: person } : null,
        relatedPerson: relatedPersonId ? { by: 'id', value: relatedPersonId } : relatedPerson ? { by: 'slug', value: relatedPerson } : null,
      };
    });
    return this.prisma.$transaction(async (tx) => {
      await updateAtVersion(tx.unit, 'Unit', input.unitId, input.expectedVersion, {});
      const context = await this.repository.loadUnitContext(tx, input.unitId);
      const prepared = await this.prepare(tx, context, drafts);
      if (prepared.issues.length > 0) throw new IncidentsInvalidError(incidentIssues('input.incidents', prepared.issues));
      const counts = await this.replace(tx, input.unitId, prepared.incidents);
      await recordAudit(tx, viewer, {
        action: 'unit.setIncidents',
        objectType: 'Unit',
        objectId: input.unitId,
        changesObject: false,
        // Tries count for rugby's bonus points in the phase's table.
        alsoChanges: [unitResultsKey(input.unitId), phaseTableKey(context.phaseId)],
        summary: { ...counts, fromVersion: input.expectedVersion, toVersion: input.expectedVersion + 1 },
      });
      return tx.unit.findUniqueOrThrow({ where: { id: input.unitId } });
    });
  }

  /**
   * Looks up the drafts' people and sides, then checks them against the target: one query
   * for the people, one for team slugs. Used by setUnitIncidents and by the results import,
   * inside the caller's transaction.
   */
  async prepare(tx: Tx, target: IncidentTarget, drafts: readonly IncidentDraft[]): Promise<PreparedIncidents> {
    const issues: IncidentIssue[] = [];
    const refs = drafts.flatMap((d) => [d.person, d.relatedPerson]).filter((ref) => ref !== null);
    const people = await this.repository.findPeople(
      tx,
      [...new Set(refs.filter((ref) => ref.by === 'id').map((ref) => ref.value))],
      [...new Set(refs.filter((ref) => ref.by === 'slug').map((ref) => ref.value))],
    );
    const byId = new Set(people.map((p) => p.id));
    const bySlug = new Map(people.map((p) => [p.slug, p.id]));
    const teams = await this.repository.findTeamCompetitors(tx, target.eventId, [
      ...new Set(drafts.flatMap((d) => (d.competitor?.by === 'team' ? [d.competitor.value] : []))),
    ]);
    const byTeam = new Map(teams.map((c) => [c.team?.slug ?? '', c.id]));
    const incidents = drafts.map((draft, i): IncidentCandidate => {
      const { competitor, person, relatedPerson, ...rest } = draft;
      const personKey = (ref: typeof person, field: 'person' | 'relatedPerson') => {
        if (!ref) return null;
        const key = ref.by === 'id' ? (byId.has(ref.value) ? ref.value : undefined) : bySlug.get(ref.value);
        if (key) return key;
        const named = ref.by === 'id' ? `${field}Id` : field;
        issues.push({
          index: i,
          field: named,
          code: 'UNKNOWN_PERSON',
          message: `no person ${ref.by === 'slug' ? `"${ref.value}"` : 'with that id'}`,
        });
        return null;
      };
      // An unknown team keeps a placeholder that is no side, so the rules report it with the rest.
      const competitorId =
        competitor?.by === 'team' ? (byTeam.get(competitor.value) ?? `team:${competitor.value}`) : (competitor?.value ?? null);
      return { ...rest, competitorId, personId: personKey(person, 'person'), relatedPersonId: personKey(relatedPerson, 'relatedPerson') };
    });
    const rules = sportRules(target.disciplineCode);
    issues.push(...validateIncidents(incidents, { rules, disciplineCode: target.disciplineCode, sides: target.sides }));
    return { incidents, issues: issues.sort((a, b) => (a.index ?? -1) - (b.index ?? -1)) };
  }

  replace(tx: Tx, unitId: string, incidents: readonly IncidentCandidate[]) {
    return this.repository.replace(tx, unitId, incidents);
  }
}
