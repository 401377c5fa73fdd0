// Shared by the match e2e files: builds a head-to-head unit through the API and reads what is stored.
import type { TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';

export async function call(api: TestApp, query: string, variables: Record<string, unknown> = {}) {
  const response = await api.gql(query, variables);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return Object.values(response.data!)[0] as Record<string, any>;
}

export interface MatchUnit {
  competitionId: string;
  eventId: string;
  phaseId: string;
  unitId: string;
  version: number;
}

let serial = 0;

/** A competition with one head-to-head SCORE event of the discipline, a phase of the kind, and one unit. */
export async function buildMatch(
  api: TestApp,
  disciplineCode: string,
  phaseKind: string,
  options: { competitionId?: string; eventId?: string; phaseId?: string; order?: number } = {},
): Promise<MatchUnit> {
  serial += 1;
  const competitionId =
    options.competitionId ??
    (
      await call(api, `mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`, {
        input: {
          name: `${disciplineCode} Cup ${serial}`,
          kind: 'CUP',
          startDate: '2026-05-01',
          endDate: '2026-05-31',
          hostCountryIso2: 'DE',
        },
      })
    ).id;
  const eventId =
    options.eventId ??
    (
      await call(api, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
        input: {
          competitionId,
          disciplineCode,
          recurringKey: `${disciplineCode}-MATCH-${serial}`,
          name: `${disciplineCode} tournament`,
          gender: 'MEN',
          style: 'HEAD_TO_HEAD',
          resultType: 'SCORE',
        },
      })
    ).id;
  const phaseId =
    options.phaseId ??
    (
      await call(api, `mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }`, {
        input: { eventId, kind: phaseKind, name: phaseKind, order: 1 },
      })
    ).id;
  const unit = await call(api, `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id version } }`, {
    input: { phaseId, name: `Match ${serial}`, order: options.order ?? 1 },
  });
  return { competitionId, eventId, phaseId, unitId: unit.id, version: unit.version };
}

/** A new person (by display name) entered in the event; returns the person's and the competitor's ids. */
export async function enterPerson(api: TestApp, eventId: string, displayName: string) {
  const person = await call(api, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id slug } }`, {
    input: { displayName, nocCode: 'GER' },
  });
  const competitor = await call(api, `mutation($input: RegisterCompetitorInput!) { registerCompetitor(input: $input) { id } }`, {
    input: { eventId, personId: person.id },
  });
  return { personId: person.id as string, slug: person.slug as string, competitorId: competitor.id as string };
}

/** A new club entered in the event; returns the competitor id and the club's slug. */
export async function enterTeam(api: TestApp, eventId: string, name: string) {
  const team = await call(api, `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug } }`, {
    input: { name, kind: 'CLUB' },
  });
  const competitor = await call(api, `mutation($input: RegisterCompetitorInput!) { registerCompetitor(input: $input) { id } }`, {
    input: { eventId, teamId: team.id },
  });
  return { competitorId: competitor.id as string, slug: team.slug as string };
}

export async function createPerson(api: TestApp, displayName: string) {
  return call(api, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id slug } }`, {
    input: { displayName, nocCode: 'GER' },
  }) as Promise<{ id: string; slug: string }>;
}

/** What is stored of a unit's match: version, decision, rows with periods, incidents. */
export async function storedMatch(api: TestApp, unitId: string) {
  return api.prisma.unit.findUniqueOrThrow({
    where: { id: keyOf(unitId) },
    select: {
      version: true,
      decision: true,
      results: {
        orderBy: { displayOrder: 'asc' },
        select: { score: true, wlt: true, designation: true, periods: { orderBy: [{ kind: 'asc' }, { number: 'asc' }] } },
      },
      incidents: { orderBy: { seq: 'asc' } },
    },
  });
}

export const SET_RESULTS = `mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { id version decision } }`;
export const IMPORT_RESULTS = `mutation($input: ImportUnitResultsInput!) { importUnitResults(input: $input) { id version decision } }`;
export const SET_INCIDENTS = `mutation($input: SetUnitIncidentsInput!) { setUnitIncidents(input: $input) { id version } }`;

/** The issues of a RESULTS_INVALID error as [row, field, code] triples, with their paths. */
export function issuesOf(response: { errors?: { extensions: Record<string, unknown> }[] }) {
  const issues = (response.errors?.[0]?.extensions.issues ?? []) as Array<{ row: unknown; field: unknown; code: unknown; path: unknown }>;
  return issues.map((issue) => [issue.row, issue.field, issue.code, issue.path]);
}
