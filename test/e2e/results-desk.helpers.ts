// Shared by the results desk e2e files: the demo unit, the mutations, and a view of what is stored.
import type { TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

export const SET_UNIT_RESULTS = `mutation($input: SetUnitResultsInput!) {
  setUnitResults(input: $input) {
    id version resultStatus
    results { id rank displayOrder displayValue behind medal irm lane competitor { person { slug } team { slug } } recordMarks { code } }
  }
}`;

export const IMPORT_UNIT_RESULTS = `mutation($input: ImportUnitResultsInput!) {
  importUnitResults(input: $input) {
    id version resultStatus
    results { id rank rankEqual displayOrder displayValue behind timeMs medal competitor { person { slug } } recordMarks { code } }
  }
}`;

const DEMO_EVENT = `{
  competition(slug: "milano-cortina-2026") {
    event(key: "SSK-W-1000M") {
      id version
      units { id version resultStatus results { id competitor { person { slug } } } }
      competitors { id person { slug } }
    }
  }
}`;

export interface DemoUnit {
  eventId: string;
  eventVersion: number;
  unitId: string;
  version: number;
  /** person slug → competitor id */
  competitor: Record<string, string>;
  /** person slug → result id */
  resultId: Record<string, string>;
}

export async function demoUnit(api: TestApp): Promise<DemoUnit> {
  const response = await api.gql(DEMO_EVENT);
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const event = response.data!.competition.event;
  const [unit] = event.units;
  return {
    eventId: event.id,
    eventVersion: event.version,
    unitId: unit.id,
    version: unit.version,
    competitor: Object.fromEntries(event.competitors.map((c: any) => [c.person.slug, c.id])),
    resultId: Object.fromEntries(unit.results.map((r: any) => [r.competitor.person.slug, r.id])),
  };
}

/** Everything stored for a unit, to prove that a refused save changed nothing. */
export async function storedUnit(api: TestApp, unitId: string) {
  const unit = await api.prisma.unit.findUniqueOrThrow({
    where: { id: keyOf(unitId) },
    select: {
      version: true,
      resultStatus: true,
      results: {
        orderBy: { displayOrder: 'asc' },
        include: { recordMarks: { orderBy: { recordTypeCode: 'asc' } }, details: { orderBy: [{ kind: 'asc' }, { seq: 'asc' }] } },
      },
    },
  });
  // Ids as the API gives them out, to compare with what it answered.
  return {
    ...unit,
    results: unit.results.map((row) => ({
      ...row,
      id: globalId('Result', row.id),
      competitorId: globalId('Competitor', row.competitorId),
    })),
  };
}

/** Creates a person through the API and enters them in the event; returns the competitor id. */
export async function registerPerson(api: TestApp, eventId: string, displayName: string, nocCode: string): Promise<string> {
  const person = await api.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
    input: { displayName, nocCode },
  });
  if (person.errors) throw new Error(JSON.stringify(person.errors));
  const competitor = await api.gql(`mutation($input: RegisterCompetitorInput!) { registerCompetitor(input: $input) { id } }`, {
    input: { eventId, personId: person.data!.createPerson.id },
  });
  if (competitor.errors) throw new Error(JSON.stringify(competitor.errors));
  return competitor.data!.registerCompetitor.id;
}

/** The issues of a RESULTS_INVALID error as [row, field, code] triples. */
export function issueTriples(response: { errors?: { extensions: Record<string, unknown> }[] }): Array<[unknown, unknown, unknown]> {
  const issues = (response.errors?.[0]?.extensions.issues ?? []) as Array<{ row: unknown; field: unknown; code: unknown }>;
  return issues.map((issue) => [issue.row, issue.field, issue.code]);
}
