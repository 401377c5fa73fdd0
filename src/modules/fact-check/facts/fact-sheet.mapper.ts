import type { Decision, Gender, Irm, Medal, NameOrder, ResultType, TimeRounding } from '../../../generated/prisma/enums.js';
import { behind, displayValue, leaderOf } from '../../results/domain/result-value.js';
import { formatTime } from '../../results/domain/time-format.js';
import type { FactEntity, FactMatch, FactMedal, FactRecord, FactResult, FactStandingRecord, FactUnit } from '../engine/fact-sheet.js';

/** A unit as the repository reads it, with its event, discipline and competition. */
export interface UnitRow {
  id: string;
  scheduledAt: Date | null;
  decision: Decision | null;
  timezone: string | null;
  phaseKind: string;
  eventId: string;
  eventName: string;
  style: 'RANKED' | 'HEAD_TO_HEAD';
  resultType: ResultType;
  recurringKey: string;
  disciplineCode: string;
  timeDecimals: number;
  timeRounding: TimeRounding;
  competitionName: string;
  competitionKind: string;
}

export interface RecordTypeRow {
  code: string;
  scope: FactRecord['scope'];
  equalled: boolean;
}

/** A result row with its competitor, record marks and shoot-out kicks scored (null: no shoot-out). */
export interface ResultRow {
  unitId: string;
  displayOrder: number;
  rank: number | null;
  irm: Irm | null;
  medal: Medal | null;
  timeMs: number | null;
  points: { toString(): string } | null;
  score: number | null;
  markMm: number | null;
  startGroup: number | null;
  designation: 'HOME' | 'AWAY' | 'NEUTRAL' | null;
  personId: string | null;
  teamId: string | null;
  marks: RecordTypeRow[];
  shootout: number | null;
}

export interface GoalRow {
  unitId: string;
  personId: string;
  minute: number | null;
  /** The side it counts for: the team, or the person in an individual event. */
  sideId: string;
}

export interface PersonRow {
  id: string;
  displayName: string;
  givenName: string | null;
  familyName: string | null;
  nameOrder: NameOrder;
  aliases: string[];
  birthDate: Date | null;
  gender: Gender | null;
}

export interface OrganisationRow {
  id: string;
  name: string;
  shortName: string | null;
  aliases: string[];
}

export interface MedalRow {
  entityId: string;
  medal: Medal;
  competitionKind: string;
  competitionName: string;
  eventName: string;
  date: Date | null;
}

export interface RecordRow extends RecordTypeRow {
  disciplineCode: string;
  recurringKey: string;
  holderPersonId: string | null;
  holderTeamId: string | null;
  valueMs: number | null;
  valueNum: { toString(): string } | null;
  setOn: Date | null;
}

const isoDate = (date: Date | null): string | null => (date ? date.toISOString().slice(0, 10) : null);

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant at the venue (a late race in Milan is still that day there), UTC when the zone is unknown. */
export function localDay(instant: Date | null, timeZone: string | null): string | null {
  if (!instant) return null;
  if (!timeZone) return isoDate(instant);
  try {
    let format = dayFormats.get(timeZone);
    if (!format) dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' })));
    return format.format(instant);
  } catch {
    return isoDate(instant);
  }
}

const entityOf = (row: { personId: string | null; teamId: string | null }): string | null => row.teamId ?? row.personId;

const timeRule = (unit: UnitRow) => ({ timeDecimals: unit.timeDecimals, timeRounding: unit.timeRounding });

function factResult(row: ResultRow, leader: ResultRow | null, unit: UnitRow): FactResult {
  const shown = displayValue(row, unit, timeRule(unit));
  return {
    entityId: entityOf(row) ?? '',
    rank: row.rank,
    irm: row.irm,
    medal: row.medal,
    timeMs: row.timeMs,
    // An IRM row without a value prints its code; the code is `irm`, not a value.
    display: shown === row.irm ? null : shown,
    behind: behind(row, leader, unit, timeRule(unit)),
    points: row.points === null ? null : Number(row.points.toString()),
    score: row.score,
    records: row.marks.map(({ code, scope, equalled }) => ({ code, scope, equalled })),
    startGroup: row.startGroup,
  };
}

/** The two sides of a head-to-head unit, home first where designated, else in display order. */
function factMatch(unit: UnitRow, rows: readonly ResultRow[], goals: readonly GoalRow[]): FactMatch | null {
  if (unit.style !== 'HEAD_TO_HEAD' || rows.length !== 2) return null;
  const [home, away] = [...rows].sort((a, b) => Number(b.designation === 'HOME') - Number(a.designation === 'HOME'));
  const homeId = entityOf(home);
  const awayId = entityOf(away);
  if (!homeId || !awayId || home.score === null || away.score === null) return null;
  const hadShootout = home.shootout !== null || away.shootout !== null;
  return {
    homeId,
    awayId,
    homeScore: home.score,
    awayScore: away.score,
    decision: unit.decision,
    shootout: hadShootout ? { home: home.shootout ?? 0, away: away.shootout ?? 0 } : null,
    goals: goals.map(({ personId, sideId, minute }) => ({ personId, teamId: sideId, minute })),
  };
}

/** Units with their results, gaps in the discipline's format, record marks and, for matches, score and goals. */
export function factUnits(units: readonly UnitRow[], results: readonly ResultRow[], goals: readonly GoalRow[]): FactUnit[] {
  const rowsOf = groupBy(results, (row) => row.unitId);
  const goalsOf = groupBy(goals, (goal) => goal.unitId);
  return units.map((unit) => {
    const rows = (rowsOf.get(unit.id) ?? []).filter((row) => entityOf(row));
    const leader = leaderOf(rows, unit);
    return {
      id: unit.id,
      eventName: unit.eventName,
      competitionName: unit.competitionName,
      competitionKind: unit.competitionKind,
      date: localDay(unit.scheduledAt, unit.timezone),
      resultType: unit.resultType,
      medalUnit: unit.phaseKind === 'FINAL' || rows.some((row) => row.medal),
      timeDecimals: unit.timeDecimals,
      timeRounding: unit.timeRounding,
      results: rows.map((row) => factResult(row, leader, unit)),
      match: factMatch(unit, rows, goalsOf.get(unit.id) ?? []),
    };
  });
}

/** Other names the prose may use: the family name, the name in the other order, aliases; never the bare given name ("Erin"). */
function personNames(person: PersonRow): string[] {
  const { givenName, familyName } = person;
  const names = [
    familyName,
    givenName && familyName ? `${givenName} ${familyName}` : null,
    givenName && familyName ? `${familyName} ${givenName}` : null,
    ...person.aliases,
  ];
  return unique(names.filter((name): name is string => Boolean(name?.trim()) && name !== person.displayName));
}

/** People and teams with their names, birth dates and medals up to the story's date, oldest first. */
export function factEntities(
  people: readonly PersonRow[],
  organisations: readonly OrganisationRow[],
  medals: readonly MedalRow[],
): FactEntity[] {
  const medalsOf = groupBy(medals, (medal) => medal.entityId);
  const medalList = (id: string): FactMedal[] =>
    (medalsOf.get(id) ?? []).map(({ medal, competitionKind, competitionName, eventName, date }) => ({
      medal,
      competitionKind,
      competitionName,
      eventName,
      date: isoDate(date),
    }));
  return [
    ...people.map((person): FactEntity => ({
      id: person.id,
      type: 'PERSON',
      name: person.displayName,
      otherNames: personNames(person),
      birthDate: isoDate(person.birthDate),
      gender: person.gender,
      medals: medalList(person.id),
    })),
    ...organisations.map((organisation): FactEntity => ({
      id: organisation.id,
      type: 'ORGANISATION',
      name: organisation.name,
      otherNames: unique([organisation.shortName, ...organisation.aliases].filter((n): n is string => Boolean(n?.trim()))),
      birthDate: null,
      gender: null,
      medals: medalList(organisation.id),
    })),
  ];
}

/** Records standing on the story's date, tied to the sheet's units of the event they are kept for. */
export function factRecords(records: readonly RecordRow[], units: readonly UnitRow[]): FactStandingRecord[] {
  const eventKey = (disciplineCode: string, recurringKey: string) => `${disciplineCode}|${recurringKey}`;
  const unitsOf = groupBy(units, (unit) => eventKey(unit.disciplineCode, unit.recurringKey));
  return records.flatMap((record) => {
    const tied = unitsOf.get(eventKey(record.disciplineCode, record.recurringKey)) ?? [];
    if (!tied.length) return [];
    const [unit] = tied;
    const rule = { decimals: unit.timeDecimals, rounding: unit.timeRounding };
    return [
      {
        code: record.code,
        scope: record.scope,
        equalled: record.equalled,
        holderId: record.holderTeamId ?? record.holderPersonId,
        eventName: unit.eventName,
        unitIds: tied.map((unit) => unit.id),
        timeMs: record.valueMs,
        display: record.valueMs !== null ? formatTime(record.valueMs, rule) : record.valueNum !== null ? record.valueNum.toString() : null,
        setOn: isoDate(record.setOn),
      },
    ];
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const unique = (names: string[]) => [...new Set(names)];
