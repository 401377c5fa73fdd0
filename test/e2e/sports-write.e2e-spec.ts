import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';

describe('sports graph writes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const personQuery = `{ person(slug: "femke-kok") { id version description } }`;
  type PersonAnswer = { person: { id: string; version: number; description: string | null } };

  it('lets exactly one of ten parallel saves of the same version win', async () => {
    const { id, version } = (await api.gql<PersonAnswer>(personQuery)).data!.person;
    const saves = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version description } }`, {
          input: { id, expectedVersion: version, description: `edit ${i}` },
        }),
      ),
    );
    const winners = saves.filter((s) => !s.errors);
    const losers = saves.filter((s) => s.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(9);
    for (const loser of losers) {
      expect(errorCodes(loser)).toEqual(['VERSION_CONFLICT']);
      expect(loser.errors![0].extensions).toMatchObject({ expectedVersion: version, currentVersion: version + 1 });
    }
    const stored = (await api.gql<PersonAnswer>(personQuery)).data!.person;
    expect(stored.version).toBe(version + 1);
    expect(stored.description).toBe(winners[0].data!.updatePerson.description);
  });

  it('refuses a taken slug and a malformed one, writing nothing', async () => {
    const before = await api.prisma.person.count();
    const taken = await api.gql(`mutation { createPerson(input: { displayName: "Another Jutta", slug: "jutta-leerdam" }) { id } }`);
    expect(errorCodes(taken)).toEqual(['SLUG_TAKEN']);
    const malformed = await api.gql(`mutation { createPerson(input: { displayName: "X", slug: "Not A Slug" }) { id } }`);
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    expect(malformed.errors![0].extensions.issues).toEqual([expect.objectContaining({ path: 'input.slug' })]);
    const emptyName = await api.gql(`mutation { createPerson(input: { displayName: "" }) { id } }`);
    expect(errorCodes(emptyName)).toEqual(['BAD_USER_INPUT']);
    const unknownNoc = await api.gql(`mutation { createPerson(input: { displayName: "Y Z", nocCode: "XYZ" }) { id } }`);
    expect(errorCodes(unknownNoc)).toEqual(['BAD_USER_INPUT']);
    expect(await api.prisma.person.count()).toBe(before);
  });

  const pathsOf = (response: GqlResponse) => new Set((response.errors?.[0].extensions.issues as { path: string }[]).map((i) => i.path));

  it('refuses null for what a person always has, naming the field, and clears an optional field with null', async () => {
    const before = await api.prisma.person.count();
    for (const input of [
      { displayName: 'Null Order', nameOrder: null },
      { displayName: 'Null Slug', slug: null },
    ]) {
      const refused = await api.gql(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(pathsOf(refused)).toEqual(new Set([`input.${Object.keys(input)[1]}`]));
    }
    expect(await api.prisma.person.count()).toBe(before);

    const { id, version } = (await api.gql<PersonAnswer>(personQuery)).data!.person;
    for (const field of ['displayName', 'slug', 'nameOrder']) {
      const refused = await api.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`, {
        input: { id, expectedVersion: version, [field]: null },
      });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(pathsOf(refused)).toEqual(new Set([`input.${field}`]));
    }
    const stored = await api.prisma.person.findUniqueOrThrow({ where: { id: keyOf(id) } });
    expect(stored).toMatchObject({ slug: 'femke-kok', version });
    expect(stored.nameOrder).not.toBeNull();

    const cleared = await api.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version description } }`, {
      input: { id, expectedVersion: version, description: null },
    });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updatePerson).toEqual({ version: version + 1, description: null });
    expect(await api.prisma.person.findUniqueOrThrow({ where: { id: keyOf(id) } })).toMatchObject({
      description: null,
      version: version + 1,
    });
  });

  it('builds a competition, an event, a phase and a unit, then edits them at their versions', async () => {
    const competition = await api.gql(
      `mutation { createCompetition(input: { name: "ISU World Cup Heerenveen 2026", kind: WORLD_CUP, startDate: "2026-11-13", endDate: "2026-11-15", hostCountryIso2: "NL" }) { id slug version } }`,
    );
    expect(competition.data!.createCompetition.slug).toBe('isu-world-cup-heerenveen-2026');
    const competitionId = competition.data!.createCompetition.id;
    const event = await api.gql(
      `mutation($c: ID!) { createEvent(input: { competitionId: $c, disciplineCode: "SSK", recurringKey: "SSK-W-1000M", name: "Women's 1000m", gender: WOMEN, style: RANKED, resultType: TIME }) { id version previousEdition { competition { slug } } } }`,
      { c: competitionId },
    );
    expect(event.errors).toBeUndefined();
    expect(event.data!.createEvent.previousEdition.competition.slug).toBe('milano-cortina-2026');
    const eventId = event.data!.createEvent.id;
    const duplicate = await api.gql(
      `mutation($c: ID!) { createEvent(input: { competitionId: $c, disciplineCode: "SSK", recurringKey: "SSK-W-1000M", name: "Again", gender: WOMEN, style: RANKED, resultType: TIME }) { id } }`,
      { c: competitionId },
    );
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    const phase = await api.gql(`mutation($e: ID!) { createPhase(input: { eventId: $e, kind: FINAL, name: "Final", order: 1 }) { id } }`, {
      e: eventId,
    });
    const unit = await api.gql(
      `mutation($p: ID!) { createUnit(input: { phaseId: $p, name: "Race", order: 1 }) { id version resultStatus event { id } } }`,
      { p: phase.data!.createPhase.id },
    );
    expect(unit.data!.createUnit).toMatchObject({ version: 1, resultStatus: 'START_LIST', event: { id: eventId } });
    const updated = await api.gql(
      `mutation($id: ID!) { updateUnit(input: { id: $id, expectedVersion: 1, status: FINISHED, resultStatus: UNOFFICIAL }) { version status resultStatus } }`,
      { id: unit.data!.createUnit.id },
    );
    expect(updated.data!.updateUnit).toEqual({ version: 2, status: 'FINISHED', resultStatus: 'UNOFFICIAL' });
    const badDates = await api.gql(
      `mutation($id: ID!) { updateCompetition(input: { id: $id, expectedVersion: 1, endDate: "2026-01-01" }) { id } }`,
      { id: competitionId },
    );
    expect(errorCodes(badDates)).toEqual(['BAD_USER_INPUT']);
    const stored = await api.prisma.competition.findUniqueOrThrow({ where: { id: keyOf(competitionId) } });
    expect(stored.version).toBe(1);
  });
});
