import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Decision, ResultStatus } from '../../generated/prisma/enums.js';
import type { IssueSink, ResultIssue } from './domain/result-row.js';
import { computeRanks, validateResultSet } from './domain/result-set-rules.js';
import { parseResultsCsv, parseResultsJson, type ResultImportRow } from './domain/results-import.js';
import type { ImportUnitResultsInput } from './dto/import-unit-results.input.js';
import type { SetUnitResultsInput } from './dto/set-unit-results.input.js';
import { ResultsDeskRepository, type UnitResultContext } from './results-desk.repository.js';
import { checkStorable, type DeskRow, recordCodesOf, sortIssues } from './results-desk.rules.js';
import { announceResultChange } from './result-changes.js';
import { documentIssues, listIssues, type ResultFieldIssue, ResultsInvalidError } from './results.errors.js';
import { uuidOfGlobalId } from '../../graphql/relay/global-id.js';
import { ResultHistory } from './history/result-history.js';
import { recordAudit, type AuditRecord } from '../../audit/audit-log.js';
import { phaseTableKey, unitResultsKey } from '../../read-model/dependency-keys.js';
import { parseIncidentDrafts, type IncidentDraft } from '../incidents/domain/incident-drafts.js';
import type { IncidentCandidate, IncidentIssue } from '../incidents/domain/incident-rules.js';
import { incidentIssues } from '../incidents/incidents.errors.js';
import { IncidentsService } from '../incidents/incidents.service.js';

type Tx = Prisma.TransactionClient;

interface ResultSetTarget {
  unitId: string;
  expectedVersion: number;
  resultStatus?: ResultStatus;
  /** How the match was decided; null clears it (a save replaces the whole result). */
  decision: Decision | null;
}

/** Who saves, and how the save is named in the audit log (the row counts are added to `summary`). */
interface ResultSetAudit {
  viewer: Viewer;
  action: string;
  summary: NonNullable<AuditRecord['summary']>;
}

/**
 * Turns the prepared rows' issues (row = index into the rows) into what the client sees; with
 * `incidents`, the unit's incidents are replaced too, checked against the new rows.
 */
type PreparedRows = {
  rows: DeskRow[];
  rowLabel?: string;
  locate: (issues: ResultIssue[]) => ResultFieldIssue[];
  incidents?: (rows: readonly DeskRow[]) => Promise<{ incidents: IncidentCandidate[]; issues: ResultFieldIssue[] }>;
};

const INCIDENTS_IN_DOCUMENT = 'input.document.incidents';

/** Large imports hold the unit's lock for a few seconds at most; Prisma's default of 5 s is too tight on a busy machine. */
const TRANSACTION_OPTIONS = { timeout: 20_000, maxWait: 5_000 };

@Injectable()
export class ResultsDeskService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: ResultsDeskRepository,
    private readonly history: ResultHistory,
    private readonly incidents: IncidentsService,
  ) {}

  setUnitResults(input: SetUnitResultsInput, viewer: Viewer) {
    const rows: DeskRow[] = input.rows.map((row) => ({ ...row }));
    const summary = {
      ...(input.resultStatus ? { resultStatus: input.resultStatus } : {}),
      ...(input.decision ? { decision: input.decision } : {}),
    };
    const target = { ...input, decision: input.decision ?? null };
    return this.replaceResults(target, { viewer, action: 'unit.setResults', summary }, () =>
      Promise.resolve({ rows, locate: (issues) => listIssues('input.rows', issues).map(unitLevel) }),
    );
  }

  importUnitResults(input: ImportUnitResultsInput, viewer: Viewer) {
    const parsed = input.format === 'CSV' ? parseResultsCsv(input.document) : parseResultsJson(input.document);
    const rowLabel = input.format === 'CSV' ? 'line' : 'index';
    const draftIssues: IncidentIssue[] = [];
    const drafts: IncidentDraft[] | null = parsed.incidents
      ? parseIncidentDrafts(parsed.incidents, (index, field, code, message) => draftIssues.push({ index, field, code, message }))
      : null;
    if (parsed.issues.length > 0 || draftIssues.length > 0) {
      const issues = [...documentIssues(sortIssues(parsed.issues), null), ...incidentIssues(INCIDENTS_IN_DOCUMENT, draftIssues)];
      throw new ResultsInvalidError(issues, rowLabel);
    }
    const summary = {
      format: input.format,
      computeRanks: input.computeRanks ?? false,
      ...(input.resultStatus ? { resultStatus: input.resultStatus } : {}),
      ...(parsed.decision ? { decision: parsed.decision } : {}),
      ...(drafts ? { incidents: drafts.length } : {}),
    };
    const target = { ...input, decision: parsed.decision };
    return this.replaceResults(target, { viewer, action: 'unit.importResults', summary }, async (tx, context) => {
      let rows = await this.resolveCompetitors(tx, context.event.id, parsed.rows);
      if (input.computeRanks) {
        const { resultType, discipline } = context.event;
        const timeRule = { decimals: discipline.timeDecimals, rounding: discipline.timeRounding };
        rows = computeRanks(rows, { resultType, tiePolicy: discipline.tiePolicy, timeRule });
      }
      const incidents = drafts
        ? async (saved: readonly DeskRow[]) => {
            const sides = saved.map((row) => ({ competitorId: row.competitorId, score: row.score ?? null, periods: row.periods ?? [] }));
            const target = { disciplineCode: context.event.discipline.code, eventId: context.event.id, sides };
            const prepared = await this.incidents.prepare(tx, target, drafts);
            return { incidents: prepared.incidents, issues: incidentIssues(INCIDENTS_IN_DOCUMENT, prepared.issues) };
          }
        : undefined;
      return { rows, rowLabel, locate: (issues) => documentIssues(issues, parsed.rows), incidents };
    });
  }

  /**
   * The one write path of a unit's results: the version-guarded bump comes first, so the
   * unit row stays locked until commit and a concurrent save waits, then sees the new
   * version and fails. Any issue rolls everything back.
   */
  private replaceResults(
    target: ResultSetTarget,
    audit: ResultSetAudit,
    prepare: (tx: Tx, context: UnitResultContext) => Promise<PreparedRows>,
  ) {
    return this.prisma.$transaction(async (tx) => {
      const data = { decision: target.decision, ...(target.resultStatus ? { resultStatus: target.resultStatus } : {}) };
      await updateAtVersion(tx.unit, 'Unit', target.unitId, target.expectedVersion, data);
      const context = await this.repository.loadUnitContext(tx, target.unitId);
      const { rows, rowLabel, locate, incidents } = await prepare(tx, context);
      const issues = validateResultSet(rows, {
        resultStatus: context.unit.resultStatus,
        style: context.event.style,
        resultType: context.event.resultType,
        tiePolicy: context.event.discipline.tiePolicy,
        eventCompetitorIds: context.competitorIds,
        match: {
          disciplineCode: context.event.discipline.code,
          decision: target.decision,
          phaseKind: context.phaseKind,
          leg: context.unit.leg,
        },
      });
      const add: IssueSink = (row, field, code, message) => issues.push({ row, field, code, message });
      checkStorable(rows, await this.repository.knownRecordTypes(tx, recordCodesOf(rows)), add);
      const preparedIncidents = incidents ? await incidents(rows) : null;
      if (issues.length > 0 || (preparedIncidents?.issues.length ?? 0) > 0) {
        throw new ResultsInvalidError([...locate(sortIssues(issues)), ...(preparedIncidents?.issues ?? [])], rowLabel);
      }
      await this.history.recordUnit(tx, target.unitId, rows, audit.viewer);
      const counts = await this.repository.replaceRows(tx, target.unitId, rows);
      if (preparedIncidents) await this.incidents.replace(tx, target.unitId, preparedIncidents.incidents);
      await recordAudit(tx, audit.viewer, {
        action: audit.action,
        objectType: 'Unit',
        objectId: target.unitId,
        changesObject: Boolean(target.resultStatus),
        alsoChanges: [unitResultsKey(target.unitId), phaseTableKey(context.unit.phaseId)],
        summary: {
          ...audit.summary,
          rows: rows.length,
          ...counts,
          fromVersion: target.expectedVersion,
          toVersion: target.expectedVersion + 1,
        },
      });
      await announceResultChange(tx, { type: 'UNIT', id: target.unitId }, context.unit.version);
      return context.unit;
    }, TRANSACTION_OPTIONS);
  }

  /**
   * Finds each row's competitor among the event's entries, one query per kind of
   * reference. An unknown reference keeps a placeholder id that is never an entry, so the
   * domain rules report it as COMPETITOR_NOT_IN_EVENT with the rest of the issues.
   */
  private async resolveCompetitors(tx: Tx, eventId: string, rows: readonly ResultImportRow[]): Promise<DeskRow[]> {
    const slugsOf = (by: 'person' | 'team') => [...new Set(rows.filter((r) => r.competitor.by === by).map((r) => r.competitor.value))];
    const bySlug = {
      person: await this.repository.competitorIdsBySlug(tx, eventId, 'person', slugsOf('person')),
      team: await this.repository.competitorIdsBySlug(tx, eventId, 'team', slugsOf('team')),
    };
    return rows.map(({ source: _source, decision: _decision, competitor, ...row }) => {
      const competitorId =
        (competitor.by === 'competitorId'
          ? uuidOfGlobalId(competitor.value, ['Competitor'])
          : bySlug[competitor.by].get(competitor.value)) ?? `${competitor.by}:${competitor.value}`;
      return { ...row, competitorId };
    });
  }
}

/** A unit-level issue (no row) of a GraphQL save points at the input field itself: `input.decision`, not `input.rows.decision`. */
function unitLevel(issue: ResultFieldIssue): ResultFieldIssue {
  return issue.row === null && issue.field ? { ...issue, path: `input.${issue.field}` } : issue;
}
