import { recordAudit } from '../../audit/audit-log.js';
import type { Viewer } from '../../auth/viewer.js';
import { BadInputError, NotFoundError } from '../../common/errors/domain-error.js';
import { slugify } from '../../common/validation/slug.js';
import type { Competition, PrismaClient } from '../../generated/prisma/client.js';
import type { CompetitionKind, Prisma } from '../../generated/prisma/client.js';
import { eventPartsKey, MAX_KEYS_PER_CHANGE, phaseTableKey, unitResultsKey } from '../../read-model/dependency-keys.js';
import { MAX_UNITS_PER_EVENT } from '../units/units.repository.js';
import { checkTimezone } from './feeds/feed-helpers.js';
import { FootballJsonFeed } from './feeds/football-json.feed.js';
import type { FeedIssue, NormalisedMatch, NormalisedSeason, SeasonFeed } from './feeds/season-feed.js';
import { fingerprint, SeasonImportRepository, type StoredUnit, type UnitState } from './season-import.repository.js';

/** The discipline the football feeds import into. */
const FOOTBALL = 'FBL';

type Tx = Prisma.TransactionClient;

export type SeasonFeedFormat = 'FOOTBALL_JSON';

/** The feeds the importer knows, by format; a new feed is one line here. */
const FEEDS: Readonly<Record<SeasonFeedFormat, SeasonFeed>> = { FOOTBALL_JSON: new FootballJsonFeed() };

export interface ImportSeasonRequest {
  format: SeasonFeedFormat;
  document: string;
  competition: { slug: string; name?: string | null; kind?: CompetitionKind | null };
  timezone?: string | null;
  createMissingTeams?: boolean | null;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface SeasonImportReport {
  competition: Competition;
  eventId: string;
  /** Rows in the document. */
  rows: number;
  phases: ImportCounts;
  teams: ImportCounts;
  matches: ImportCounts & { unscored: number; refused: number };
  issues: FeedIssue[];
  /** False when the import changed nothing (a re-import of the same file). */
  changed: boolean;
}

/** A big season holds a lock on its units for a few seconds at most; Prisma's default 5 s is too tight on a busy machine. */
const TRANSACTION_OPTIONS = { timeout: 60_000, maxWait: 10_000 };

/**
 * Imports a season feed into a competition: one FBL men's event, its phases, clubs (matched
 * by name or alias, created when missing), units with results and periods. Every row is
 * checked; what is valid is stored, the rest is reported. One transaction, a few statements
 * per season; a re-import of the same document changes nothing.
 */
export class SeasonImporter {
  private readonly repository = new SeasonImportRepository();

  constructor(private readonly prisma: Pick<PrismaClient, '$transaction'>) {}

  async import(request: ImportSeasonRequest, viewer: Viewer): Promise<SeasonImportReport> {
    const timezone = request.timezone ?? 'Europe/London';
    checkTimezone(timezone, 'input.timezone');
    const season = FEEDS[request.format].parse(request.document, { timezone });
    if (season.matches.length === 0) {
      throw new BadInputError('The document has no match that can be stored', [{ path: 'input.document', message: 'no valid match' }]);
    }
    if (season.matches.length > MAX_UNITS_PER_EVENT) {
      throw new BadInputError(`An event has at most ${MAX_UNITS_PER_EVENT} units`, [
        { path: 'input.document', message: 'too many matches' },
      ]);
    }
    return this.prisma.$transaction((tx) => this.store(tx, season, request, viewer), TRANSACTION_OPTIONS);
  }

  private async store(tx: Tx, season: NormalisedSeason, request: ImportSeasonRequest, viewer: Viewer): Promise<SeasonImportReport> {
    const issues = [...season.issues];
    // Reference data comes from the seed (npm run db:seed, or the CLI's own); without it no match can be stored.
    if (!(await tx.discipline.findUnique({ where: { code: FOOTBALL }, select: { code: true } }))) {
      throw new NotFoundError('Discipline', { code: FOOTBALL });
    }
    const { competition, created: competitionCreated } = await this.competition(tx, season, request);
    const recurringKey = `${FOOTBALL}-M-${slugify(competition.name.replace(/\b\d{4}(\/\d{2,4})?\b/g, '')).toUpperCase()}`;
    let event = await tx.event.findUnique({ where: { competitionId_recurringKey: { competitionId: competition.id, recurringKey } } });
    const eventCreated = !event;
    event ??= await tx.event.create({
      data: {
        competitionId: competition.id,
        disciplineCode: FOOTBALL,
        recurringKey,
        name: season.kind === 'LEAGUE_SEASON' ? 'Men' : "Men's tournament",
        gender: 'MEN',
        style: 'HEAD_TO_HEAD',
        resultType: 'SCORE',
      },
    });

    // Phases: matched by kind and name, new ones after the existing.
    const existingPhases = await tx.phase.findMany({ where: { eventId: event.id } });
    const phaseIdOf = new Map<string, string>();
    let nextOrder = Math.max(0, ...existingPhases.map((p) => p.order));
    const newPhases = [];
    for (const phase of season.phases) {
      const found = existingPhases.find((p) => p.kind === phase.kind && p.name === phase.name);
      if (found) phaseIdOf.set(phase.key, found.id);
      else newPhases.push({ key: phase.key, data: { eventId: event.id, kind: phase.kind, name: phase.name, order: (nextOrder += 1) } });
    }
    if (newPhases.length > 0) {
      const created = await tx.phase.createManyAndReturn({ data: newPhases.map((p) => p.data), select: { id: true, order: true } });
      for (const p of newPhases) phaseIdOf.set(p.key, created.find((c) => c.order === p.data.order)?.id ?? '');
    }

    // Clubs: matched by name or alias; created when missing (or refused with a suggestion).
    const teams = await this.teams(tx, season, request.createMissingTeams ?? true);
    const matches = season.matches.filter((m) => {
      const unknown = [m.home, m.away].find((key) => !teams.clubOf.has(key));
      if (!unknown) return true;
      const suggestion = teams.suggestions.get(unknown) ?? null;
      issues.push({
        row: m.row,
        outcome: 'REFUSED',
        code: 'UNKNOWN_TEAM',
        reason: `no club is called "${unknown}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        round: m.sourceKey.split('|')[0],
        team1: m.home,
        team2: m.away,
        suggestion,
      });
      return false;
    });
    const clubIds = [...new Set([...teams.clubOf.values()])];
    const { byClub } = await this.repository.competitorsForClubs(tx, event.id, clubIds);
    const competitorOf = (teamKey: string) => byClub.get(teams.clubOf.get(teamKey) ?? '') ?? '';

    // Units: by (phase, sourceKey); unchanged ones are left alone, changed ones updated in place.
    const stored = await this.repository.unitsOfPhases(tx, [...phaseIdOf.values()]);
    const storedByKey = new Map(stored.map((s) => [`${s.phaseId}|${s.sourceKey}`, s]));
    const maxOrder = new Map<string, number>();
    for (const s of stored) maxOrder.set(s.phaseId, Math.max(maxOrder.get(s.phaseId) ?? 0, s.order));
    const toCreate: (UnitState & { phaseId: string; sourceKey: string; order: number })[] = [];
    const toUpdate: (UnitState & { id: string; storedResults: StoredUnit['results'] })[] = [];
    let unchanged = 0;
    const touchedPhases = new Set<string>();
    for (const match of matches) {
      const phaseId = phaseIdOf.get(match.phaseKey) ?? '';
      const state = unitState(match, competitorOf);
      const existing = storedByKey.get(`${phaseId}|${match.sourceKey}`);
      if (!existing) {
        const order = (maxOrder.get(phaseId) ?? 0) + 1;
        maxOrder.set(phaseId, order);
        toCreate.push({ ...state, phaseId, sourceKey: match.sourceKey, order });
        touchedPhases.add(phaseId);
      } else if (fingerprint(existing) !== fingerprint(state)) {
        toUpdate.push({ ...state, id: existing.id, storedResults: existing.results });
        touchedPhases.add(phaseId);
      } else {
        unchanged += 1;
      }
    }
    if (stored.length + toCreate.length > MAX_UNITS_PER_EVENT) {
      throw new BadInputError(`An event has at most ${MAX_UNITS_PER_EVENT} units`, [
        { path: 'input.document', message: 'too many matches' },
      ]);
    }
    const createdUnits =
      toCreate.length > 0
        ? await tx.unit.createManyAndReturn({
            data: toCreate.map(({ results: _results, ...u }) => u),
            select: { id: true, phaseId: true, sourceKey: true },
          })
        : [];
    const createdId = new Map(createdUnits.map((u) => [`${u.phaseId}|${u.sourceKey}`, u.id]));
    await this.repository.updateUnits(tx, toUpdate);
    // A changed match keeps its result rows (same ids), updated in place with their periods replaced.
    const freshRows = await this.repository.replaceResults(
      tx,
      toUpdate.map((u) => ({ unitId: u.id, stored: u.storedResults, results: u.results })),
    );
    await this.repository.insertResults(tx, [
      ...toCreate.map((u) => ({ unitId: createdId.get(`${u.phaseId}|${u.sourceKey}`) ?? '', results: u.results })),
      ...freshRows,
    ]);

    const changed =
      competitionCreated || eventCreated || newPhases.length > 0 || teams.created > 0 || toCreate.length + toUpdate.length > 0;
    const report: SeasonImportReport = {
      competition,
      eventId: event.id,
      rows: season.rows,
      phases: { created: newPhases.length, updated: 0, unchanged: season.phases.length - newPhases.length },
      teams: { created: teams.created, updated: 0, unchanged: teams.clubOf.size - teams.created },
      matches: {
        created: toCreate.length,
        updated: toUpdate.length,
        unchanged,
        unscored: issues.filter((i) => i.outcome === 'UNSCORED').length,
        refused: issues.filter((i) => i.outcome === 'REFUSED').length,
      },
      issues: issues.sort((a, b) => a.row - b.row),
      changed,
    };
    const keys = [eventPartsKey(event.id), ...[...touchedPhases].map(phaseTableKey), ...toUpdate.map((u) => unitResultsKey(u.id))].slice(
      0,
      MAX_KEYS_PER_CHANGE,
    );
    await recordAudit(tx, viewer, {
      action: 'competition.importSeason',
      objectType: 'Competition',
      objectId: competition.id,
      changesObject: competitionCreated,
      changesPublicData: changed,
      alsoChanges: keys,
      summary: {
        format: request.format,
        rows: report.rows,
        phases: { ...report.phases },
        teams: { ...report.teams },
        matches: { ...report.matches },
      },
    });
    return report;
  }

  private async competition(tx: Tx, season: NormalisedSeason, request: ImportSeasonRequest) {
    const found = await tx.competition.findUnique({ where: { slug: request.competition.slug } });
    if (found) return { competition: found, created: false };
    const competition = await tx.competition.create({
      data: {
        slug: request.competition.slug,
        name: request.competition.name ?? season.name,
        kind: request.competition.kind ?? season.kind,
        startDate: new Date(`${season.firstDay}T00:00:00Z`),
        endDate: new Date(`${season.lastDay}T00:00:00Z`),
      },
    });
    return { competition, created: true };
  }

  /** Each team key's club id; missing clubs are created when allowed, else suggested. */
  private async teams(tx: Tx, season: NormalisedSeason, createMissing: boolean) {
    const names = [...new Set(season.teams.map((t) => t.name))];
    const found = await this.repository.clubsByName(tx, names);
    const clubOf = new Map<string, string>();
    const missing = season.teams.filter((t) => {
      const club = found.get(t.name);
      if (club) clubOf.set(t.key, club.id);
      return !club;
    });
    if (!createMissing) {
      return {
        clubOf,
        created: 0,
        suggestions: await this.suggestions(
          tx,
          season,
          missing.map((t) => t.name),
        ),
      };
    }
    const wanted = new Map<string, { name: string; countryIso2: string | null; keys: string[] }>();
    for (const team of missing) {
      const entry = wanted.get(team.name) ?? { name: team.name, countryIso2: team.countryIso2, keys: [] };
      entry.keys.push(team.key);
      wanted.set(team.name, entry);
    }
    if (wanted.size === 0) return { clubOf, created: 0, suggestions: new Map<string, string>() };
    const base = [...wanted.values()].map((w) => ({ ...w, slug: slugify(w.name) || 'club' }));
    const taken = await this.repository.takenSlugs(
      tx,
      base.flatMap((b) => [b.slug, `${b.slug}-${(b.countryIso2 ?? 'club').toLowerCase()}`]),
    );
    const used = new Set<string>();
    const data = base.map((b) => {
      let slug = b.slug;
      if (taken.has(slug) || used.has(slug)) slug = `${b.slug}-${(b.countryIso2 ?? 'club').toLowerCase()}`;
      for (let n = 2; taken.has(slug) || used.has(slug); n++) slug = `${b.slug}-${n}`;
      used.add(slug);
      return { slug, name: b.name, kind: 'CLUB' as const, countryIso2: b.countryIso2 };
    });
    const created = await tx.organisation.createManyAndReturn({ data, select: { id: true, name: true } });
    const idOfName = new Map(created.map((c) => [c.name, c.id]));
    for (const w of wanted.values()) for (const key of w.keys) clubOf.set(key, idOfName.get(w.name) ?? '');
    return { clubOf, created: created.length, suggestions: new Map<string, string>() };
  }

  private async suggestions(tx: Tx, season: NormalisedSeason, names: string[]): Promise<Map<string, string>> {
    const closest = await this.repository.closestOrganisations(tx, names);
    return new Map(season.teams.flatMap((t) => (closest.has(t.name) ? [[t.key, closest.get(t.name) ?? '']] : [])));
  }
}

/** What the unit of a match should be: FINISHED and OFFICIAL with its two result rows, or SCHEDULED without. */
function unitState(match: NormalisedMatch, competitorOf: (teamKey: string) => string): UnitState {
  const result = match.result;
  return {
    name: match.name,
    scheduledAt: match.scheduledAt,
    status: result ? 'FINISHED' : 'SCHEDULED',
    resultStatus: result ? 'OFFICIAL' : 'START_LIST',
    matchday: match.matchday,
    leg: match.leg,
    decision: result?.decision ?? null,
    // An unscored match keeps who plays it: its rows have no score or outcome yet.
    results: [match.home, match.away].map((teamKey, i) => {
      const side = result?.sides[i];
      return {
        competitorId: competitorOf(teamKey),
        displayOrder: i + 1,
        score: side?.score ?? null,
        wlt: side?.wlt ?? null,
        designation: match.designations[i],
        resultCode: result?.decision === 'PENALTIES' ? 'PEN' : result?.decision === 'EXTRA_TIME' ? 'AET' : null,
        periods: side?.periods ?? [],
      };
    }),
  };
}
