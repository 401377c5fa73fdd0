import { randomUUID } from 'node:crypto';
import { globalId, keyOf } from '../utils/ids.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { demoUnit, type DemoUnit } from './results-desk.helpers.js';

const DELETE = {
  competitor: `mutation($input: DeleteCompetitorInput!) { deleteCompetitor(input: $input) }`,
  unit: `mutation($input: DeleteUnitInput!) { deleteUnit(input: $input) }`,
  phase: `mutation($input: DeletePhaseInput!) { deletePhase(input: $input) }`,
  event: `mutation($input: DeleteEventInput!) { deleteEvent(input: $input) }`,
};
type Kind = keyof typeof DELETE;
const TYPE: Record<Kind, string> = { competitor: 'Competitor', unit: 'Unit', phase: 'Phase', event: 'Event' };

describe('deleting competitors, units, phases and events', () => {
  let api: TestApp;
  let demo: DemoUnit;
  let competitionId: string;
  let keys = 0;

  beforeAll(async () => {
    // With the response cache on, as in production: every read below must see the deletes.
    api = await createTestApp({ env: { RESPONSE_CACHE_TTL_SECONDS: '60' } });
    demo = await demoUnit(api);
    competitionId = (
      await ok(
        `mutation { createCompetition(input: { name: "Delete Cup", kind: CUP, startDate: "2026-03-01", endDate: "2026-03-02" }) { id } }`,
      )
    ).id;
  });
  afterAll(async () => {
    await api.close();
  });

  async function ok(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0];
  }
  const remove = (kind: Kind, id: string, expectedVersion: number) => api.gql(DELETE[kind], { input: { id, expectedVersion } });
  /** The stored row behind an id the API gave out. */
  const stored = {
    competitor: (id: string) => api.prisma.competitor.findUnique({ where: { id: keyOf(id) } }),
    unit: (id: string) => api.prisma.unit.findUnique({ where: { id: keyOf(id) } }),
    phase: (id: string) => api.prisma.phase.findUnique({ where: { id: keyOf(id) } }),
    event: (id: string) => api.prisma.event.findUnique({ where: { id: keyOf(id) } }),
  };
  const newEvent = async () =>
    ok(
      `mutation($c: ID!, $k: String!) { createEvent(input: { competitionId: $c, disciplineCode: "SSK", recurringKey: $k, name: "Sprint", gender: WOMEN, style: RANKED, resultType: TIME }) { id version } }`,
      { c: competitionId, k: `SSK-DEL-${++keys}` },
    );
  const newPhase = async (eventId: string) =>
    ok(`mutation($e: ID!) { createPhase(input: { eventId: $e, kind: FINAL, name: "Final", order: 1 }) { id version } }`, { e: eventId });
  const newUnit = async (phaseId: string) =>
    ok(`mutation($p: ID!) { createUnit(input: { phaseId: $p, name: "Race", order: 1 }) { id version } }`, { p: phaseId });
  const newCompetitor = async (eventId: string) => {
    const person = await ok(
      `mutation { createPerson(input: { displayName: "Entry ${randomUUID().slice(0, 8)}", nocCode: "NED" }) { id } }`,
    );
    return ok(`mutation($e: ID!, $p: ID!) { registerCompetitor(input: { eventId: $e, personId: $p }) { id version } }`, {
      e: eventId,
      p: person.id,
    });
  };
  const referencesOf = (response: GqlResponse) =>
    response.errors?.[0].extensions.references as { entity: string; count: number; keys: string[] }[];

  it('deletes an unreferenced competitor, unit, phase and event, each returning its id', async () => {
    const event = await newEvent();
    const phase = await newPhase(event.id);
    const unit = await newUnit(phase.id);
    const competitor = await newCompetitor(event.id);
    for (const [kind, row] of [
      ['competitor', competitor],
      ['unit', unit],
      ['phase', phase],
      ['event', event],
    ] as const) {
      const response = await remove(kind, row.id, row.version);
      expect(response.errors).toBeUndefined();
      expect(Object.values(response.data!)[0]).toBe(row.id);
      expect(await stored[kind](row.id)).toBeNull();
    }
  });

  it('answers NOT_FOUND for an unknown id, BAD_USER_INPUT naming the field for a malformed one or an id of another type', async () => {
    for (const kind of Object.keys(DELETE) as Kind[]) {
      const unknown = globalId(TYPE[kind], randomUUID());
      const missing = await remove(kind, unknown, 1);
      expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
      expect(missing.errors![0].extensions).toMatchObject({ entity: TYPE[kind], key: { id: unknown } });
      const malformed = await remove(kind, 'not-an-id', 0);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(malformed.errors![0].extensions.issues).toEqual([
        { path: 'input.id', message: `must be the id of a ${TYPE[kind]}, as the API returns it` },
        { path: 'input.expectedVersion', message: 'must not be less than 1' },
      ]);
      const otherType = await remove(kind, globalId('Person', keyOf(unknown)), 1);
      expect(errorCodes(otherType)).toEqual(['BAD_USER_INPUT']);
      expect(otherType.errors![0].extensions.issues).toEqual([
        { path: 'input.id', message: `must be the id of a ${TYPE[kind]}, as the API returns it` },
      ]);
    }
  });

  it('refuses a stale version with VERSION_CONFLICT and the current version, deleting nothing', async () => {
    const event = await newEvent();
    const phase = await newPhase(event.id);
    const unit = await newUnit(phase.id);
    await ok(`mutation($id: ID!) { updateUnit(input: { id: $id, expectedVersion: 1, name: "Race 1" }) { version } }`, { id: unit.id });
    await ok(`mutation($id: ID!) { updatePhase(input: { id: $id, expectedVersion: 1, name: "A final" }) { version } }`, { id: phase.id });
    const competitor = await newCompetitor(event.id);
    for (const [kind, id, current] of [
      ['unit', unit.id, 2],
      ['phase', phase.id, 2],
      ['event', event.id, 1],
      ['competitor', competitor.id, 1],
    ] as const) {
      const stale = await remove(kind, id, current + 1);
      expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
      expect(stale.errors![0].extensions).toMatchObject({ id, expectedVersion: current + 1, currentVersion: current });
      expect(await stored[kind](id)).toMatchObject({ id: keyOf(id), version: current });
    }
  });

  it("refuses a competitor with result rows and a standing, listing them; withdrawal is the row's WDR, not a delete", async () => {
    const leerdam = demo.competitor['jutta-leerdam'];
    const standings = await api.prisma.eventStanding.findMany({ where: { competitorId: keyOf(leerdam) } });
    expect(standings).toHaveLength(1);
    const refused = await remove('competitor', leerdam, 1);
    expect(errorCodes(refused)).toEqual(['REFERENCED']);
    expect(refused.errors![0].message).toMatch(/^The competitor cannot be deleted: it is used by 1 result/);
    expect(referencesOf(refused)).toEqual([
      { entity: 'Result', count: 1, keys: [demo.resultId['jutta-leerdam']] },
      { entity: 'EventStanding', count: 1, keys: standings.map((s) => globalId('EventStanding', s.id)) },
    ]);
    expect(refused.errors![0].extensions.id).toBe(leerdam);
    expect(await stored.competitor(leerdam)).not.toBeNull();
    expect(await api.prisma.result.count({ where: { competitorId: keyOf(leerdam) } })).toBe(1);
  });

  it('refuses a unit while result rows, a quote or a story use it, and deletes it once they are gone', async () => {
    const refused = await remove('unit', demo.unitId, demo.version);
    expect(errorCodes(refused)).toEqual(['REFERENCED']);
    const rows = await api.prisma.result.findMany({ where: { unitId: keyOf(demo.unitId) }, orderBy: { id: 'asc' } });
    expect(referencesOf(refused)[0]).toEqual({ entity: 'Result', count: rows.length, keys: rows.map((r) => globalId('Result', r.id)) });
    expect(await api.prisma.result.count({ where: { unitId: keyOf(demo.unitId) } })).toBe(rows.length);

    const event = await newEvent();
    const unit = await newUnit((await newPhase(event.id)).id);
    const quote = await ok(
      `mutation($u: ID!, $p: ID!) { createQuote(input: { text: "It was fast ice.", speakerPersonId: $p, context: MIXED_ZONE, unitId: $u }) { id } }`,
      { u: unit.id, p: globalId('Person', (await api.prisma.person.findUniqueOrThrow({ where: { slug: 'femke-kok' } })).id) },
    );
    const article = await ok(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug version } }`, {
      input: {
        headline: 'The race that was not',
        slug: 'race-that-was-not',
        links: [{ relation: 'ABOUT', targetType: 'UNIT', targetId: unit.id }],
      },
    });
    const both = await remove('unit', unit.id, unit.version);
    expect(errorCodes(both)).toEqual(['REFERENCED']);
    expect(referencesOf(both)).toEqual([
      { entity: 'Quote', count: 1, keys: [quote.id] },
      { entity: 'Article', count: 1, keys: ['race-that-was-not'] },
    ]);
    expect(both.errors![0].extensions.articles).toEqual(['race-that-was-not']);
    // A quote's link to the unit is ON DELETE SET NULL: the refusal is what keeps it.
    expect(await api.prisma.quote.findUniqueOrThrow({ where: { id: keyOf(quote.id) } })).toMatchObject({ unitId: keyOf(unit.id) });

    await ok(`mutation($id: ID!) { deleteQuote(id: $id) }`, { id: quote.id });
    await ok(`mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { version } }`, {
      input: { id: article.id, expectedVersion: article.version, links: [] },
    });
    expect(errorCodes(await remove('unit', unit.id, unit.version))).toEqual([]);
    expect(await stored.unit(unit.id)).toBeNull();
  });

  it('refuses a phase with units and an event with phases, entries, photos or stories, listing each', async () => {
    const event = await newEvent();
    const phase = await newPhase(event.id);
    const unit = await newUnit(phase.id);
    const competitor = await newCompetitor(event.id);
    const asset = await ok(
      `mutation($e: ID!) { createMediaAsset(input: { url: "https://img.example/1.jpg", mimeType: "image/jpeg", eventId: $e }) { id } }`,
      {
        e: event.id,
      },
    );
    await ok(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`, {
      input: {
        headline: 'Sprint preview',
        slug: 'sprint-preview',
        links: [{ relation: 'MENTIONS', targetType: 'EVENT', targetId: event.id }],
      },
    });

    const phaseRefused = await remove('phase', phase.id, phase.version);
    expect(errorCodes(phaseRefused)).toEqual(['REFERENCED']);
    expect(referencesOf(phaseRefused)).toEqual([{ entity: 'Unit', count: 1, keys: [unit.id] }]);
    const eventRefused = await remove('event', event.id, event.version);
    expect(errorCodes(eventRefused)).toEqual(['REFERENCED']);
    expect(referencesOf(eventRefused)).toEqual([
      { entity: 'Phase', count: 1, keys: [phase.id] },
      { entity: 'Competitor', count: 1, keys: [competitor.id] },
      { entity: 'MediaAsset', count: 1, keys: [asset.id] },
      { entity: 'Article', count: 1, keys: ['sprint-preview'] },
    ]);
    expect(await stored.event(event.id)).not.toBeNull();
    expect(await stored.phase(phase.id)).not.toBeNull();
    expect(await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(asset.id) } })).toMatchObject({ eventId: keyOf(event.id) });
  });

  /** A delete and a write based on the same version, sent together: exactly one wins, and what is stored says which. */
  async function race(kind: 'unit' | 'phase' | 'event', id: string, update: string) {
    const [deleted, updated] = await Promise.all([remove(kind, id, 1), api.gql(update, { id })]);
    const after = await stored[kind](id);
    if (deleted.errors) {
      expect(errorCodes(deleted)).toEqual(['VERSION_CONFLICT']);
      expect(updated.errors).toBeUndefined();
      expect(after).toMatchObject({ id: keyOf(id), version: 2 });
    } else {
      expect(errorCodes(updated)).toEqual(['NOT_FOUND']);
      expect(after).toBeNull();
    }
  }

  it('lets only one of a delete and an update at the same version succeed', async () => {
    for (let round = 0; round < 3; round++) {
      const event = await newEvent();
      const phase = await newPhase(event.id);
      const unit = await newUnit(phase.id);
      await race(
        'unit',
        unit.id,
        `mutation($id: ID!) { updateUnit(input: { id: $id, expectedVersion: 1, status: FINISHED }) { version } }`,
      );
      if (await stored.unit(unit.id)) await api.prisma.unit.delete({ where: { id: keyOf(unit.id) } });
      await race('phase', phase.id, `mutation($id: ID!) { updatePhase(input: { id: $id, expectedVersion: 1, name: "Semi" }) { version } }`);
      if (await stored.phase(phase.id)) await api.prisma.phase.delete({ where: { id: keyOf(phase.id) } });
      await race(
        'event',
        event.id,
        `mutation($id: ID!) { updateEvent(input: { id: $id, expectedVersion: 1, name: "Renamed" }) { version } }`,
      );
    }
  });

  it('lets only one of a competitor delete and a results save naming the competitor succeed', async () => {
    for (let round = 0; round < 3; round++) {
      const event = await newEvent();
      const unit = await newUnit((await newPhase(event.id)).id);
      const competitor = await newCompetitor(event.id);
      const [deleted, saved] = await Promise.all([
        remove('competitor', competitor.id, 1),
        api.gql(`mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
          input: { unitId: unit.id, expectedVersion: 1, rows: [{ competitorId: competitor.id, displayOrder: 1, timeMs: 37000 }] },
        }),
      ]);
      expect([deleted, saved].filter((r) => !r.errors)).toHaveLength(1);
      const rows = await api.prisma.result.count({ where: { unitId: keyOf(unit.id) } });
      if (deleted.errors) {
        expect(errorCodes(deleted)).toEqual(['REFERENCED']);
        expect(rows).toBe(1);
        expect(await stored.competitor(competitor.id)).not.toBeNull();
      } else {
        expect(errorCodes(saved)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(rows).toBe(0);
        expect(await stored.competitor(competitor.id)).toBeNull();
      }
    }
  });

  it('clears the response cache: a deleted unit is gone (null) on the next read', async () => {
    const event = await newEvent();
    const unit = await newUnit((await newPhase(event.id)).id);
    const read = `query($id: ID!) { unit(id: $id) { id name } }`;
    // Readers' answers are cached once the unit's page is built (the first read asks for it); staff answers never are.
    expect((await api.gqlAs('anonymous', read, { id: unit.id })).data!.unit).toEqual({ id: unit.id, name: 'Race' });
    await api.pagesSettled();
    expect((await api.gqlAs('anonymous', read, { id: unit.id })).data!.unit).toEqual({ id: unit.id, name: 'Race' });
    expect(await api.countQueries(() => api.gqlAs('anonymous', read, { id: unit.id }))).toBe(0);
    expect((await remove('unit', unit.id, unit.version)).errors).toBeUndefined();
    const gone = await api.gqlAs('anonymous', read, { id: unit.id });
    expect(gone.errors).toBeUndefined();
    expect(gone.data!.unit).toBeNull();
  });
});
