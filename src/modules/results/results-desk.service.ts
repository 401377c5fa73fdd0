import { Injectable } from '@nestjs/common';
import type { Viewer } from '../../auth/viewer.js';
import { updateAtVersion } from '../../database/optimistic-update.js';
import { PrismaService } from '../../database/prisma.service.js';
import type { Prisma } from '../../generated/prisma/client.js';
import type { ResultStatus } from '../../generated/prisma/enums.js';
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
import { unitResultsKey } from '../../read-model/dependency-keys.js';

type Tx = Prisma.TransactionClient;

interface ResultSetTarget {
  unitId: string;
  expectedVersion: number;
  resultStatus?: ResultStatus;
}

/** Who saves, and how the save is named in the audit log (the row counts are added to `summary`). */
interface ResultSetAudit {
  viewer: Viewer;
  action: string;
  summary: NonNullable<AuditRecord['summary']>;
}

/** Turns the prepared rows' issues (row = index into the rows) into what the client sees. */
type PreparedRows = { rows: DeskRow[]; rowLabel?: string; locate: (issues: ResultIssue[]) => ResultFieldIssue[] };

/** Large imports hold the unit's lock for a few seconds at most; Prisma's default of 5 s is too tight on a busy machine. */
const TRANSACTION_OPTIONS = { timeout: 20_000, maxWait: 5_000 };

@Injectable()
export class ResultsDeskService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: ResultsDeskRepository,
    private readonly history: ResultHistory,
  ) {}

  setUnitResults(input: SetUnitResultsInput, viewer: Viewer) {
    const rows: DeskRow[] = input.rows.map((row) => ({ ...row }));
    const audit = { viewer, action: 'unit.setResults', summary: input.resultStatus ? { resultStatus: input.resultStatus } : {} };
    return this.replaceResults(input, audit, () => Promise.resolve({ rows, locate: (issues) => listIssues('input.rows', issues) }));
  }

  importUnitResults(input: ImportUnitResultsInput, viewer: Viewer) {
    const parsed = input.format === 'CSV' ? parseResultsCsv(input.document) : parseResultsJson(input.document);
    const rowLabel = input.format === 'CSV' ? 'line' : 'index';
    if (parsed.issues.length > 0) throw new ResultsInvalidError(documentIssues(sortIssues(parsed.issues), null), rowLabel);
    const summary = {
      format: input.format,
      computeRanks: input.computeRanks ?? false,
      ...(input.resultStatus ? { resultStatus: input.resultStatus } : {}),
    };
    return this.replaceResults(input, { viewer, action: 'unit.importResults', summary }, async (tx, context) => {
      let rows = await this.resolveCompetitors(tx, context.event.id, parsed.rows);
      if (input.computeRanks) {
        const { resultType, discipline } = context.event;
        const timeRule = { decimals: discipline.timeDecimals, rounding: discipline.timeRounding };
        rows = computeRanks(rows, { resultType, tiePolicy: discipline.tiePolicy, timeRule });
      }
      return { rows, rowLabel, locate: (issues) => documentIssues(issues, parsed.rows) };
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
      const data = target.resultStatus ? { resultStatus: target.resultStatus } : {};
      await updateAtVersion(tx.unit, 'Unit', target.unitId, target.expectedVersion, data);
      const context = await this.repository.loadUnitContext(tx, target.unitId);
      const { rows, rowLabel, locate } = await prepare(tx, context);
      const issues = validateResultSet(rows, {
        resultStatus: context.unit.resultStatus,
        style: context.event.style,
        resultType: context.event.resultType,
        tiePolicy: context.event.discipline.tiePolicy,
        eventCompetitorIds: context.competitorIds,
      });
      const add: IssueSink = (row, field, code, message) => issues.push({ row, field, code, message });
      checkStorable(rows, await this.repository.knownRecordTypes(tx, recordCodesOf(rows)), add);
      if (issues.length > 0) throw new ResultsInvalidError(locate(sortIssues(issues)), rowLabel);
      await this.history.recordUnit(tx, target.unitId, rows, audit.viewer);
      const counts = await this.repository.replaceRows(tx, target.unitId, rows);
      await recordAudit(tx, audit.viewer, {
        action: audit.action,
        objectType: 'Unit',
        objectId: target.unitId,
        changesObject: Boolean(target.resultStatus),
        alsoChanges: [unitResultsKey(target.unitId)],
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
    return rows.map(({ source: _source, competitor, ...row }) => {
      const competitorId =
        (competitor.by === 'competitorId'
          ? uuidOfGlobalId(competitor.value, ['Competitor'])
          : bySlug[competitor.by].get(competitor.value)) ?? `${competitor.by}:${competitor.value}`;
      return { ...row, competitorId };
    });
  }
}
