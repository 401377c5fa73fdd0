import type { Role } from '../../src/auth/viewer.js';
import { keyOf } from '../utils/ids.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';

// The desks' writes through the API, each followed by what the audit log holds: exactly one
// entry for a write that happened (who, what, which object, a summary), none for one refused.

interface Written {
  response: GqlResponse;
  entries: { actorType: string; actorId: string | null; action: string; objectType: string; objectId: string | null; summary: unknown }[];
}

describe('audit entries of the desks', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: true });
  });
  afterAll(async () => {
    await api.close();
  });

  /** Sends one mutation as `role` and returns the answer and the audit entries written meanwhile. */
  async function write(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<Written> {
    const before = await api.prisma.auditEntry.findMany({ select: { id: true } });
    const response = await api.gqlAs(role, query, variables);
    const entries = await api.prisma.auditEntry.findMany({
      where: { id: { notIn: before.map((entry) => entry.id) } },
      select: { actorType: true, actorId: true, action: true, objectType: true, objectId: true, summary: true },
    });
    return { response, entries };
  }

  /** The mutation's answer (its root field), after checking that one entry says what it did. */
  async function audited(
    role: Role,
    query: string,
    variables: Record<string, unknown>,
    expected: { action: string; objectType: string; summary: Record<string, unknown>; id?: string },
  ): Promise<Record<string, any>> {
    const { response, entries } = await write(role, query, variables);
    expect(response.errors).toBeUndefined();
    const answer = Object.values(response.data ?? {})[0] as Record<string, any> | string;
    const globalId = expected.id ?? (typeof answer === 'string' ? answer : (answer.id as string));
    expect(entries).toEqual([
      {
        actorType: 'USER',
        actorId: api.users[role].id,
        action: expected.action,
        objectType: expected.objectType,
        objectId: keyOf(globalId),
        summary: expected.summary,
      },
    ]);
    return typeof answer === 'string' ? { id: answer } : answer;
  }

  /** A write that fails with `code` and leaves no entry. */
  async function refused(role: Role, query: string, variables: Record<string, unknown>, code: string): Promise<void> {
    const { response, entries } = await write(role, query, variables);
    expect(errorCodes(response)).toEqual([code]);
    expect(entries).toEqual([]);
  }

  it('records the sports graph and the results desk, from the competition to the deletes', async () => {
    const competition = await audited(
      'RESULTS',
      `mutation { createCompetition(input: { name: "Audit Cup", kind: CUP, startDate: "2026-03-01", endDate: "2026-03-02" }) { id version } }`,
      {},
      { action: 'competition.create', objectType: 'Competition', summary: { fields: ['endDate', 'kind', 'name', 'startDate'] } },
    );
    await audited(
      'EDITOR',
      `mutation($id: ID!) { updateCompetition(input: { id: $id, expectedVersion: 1, name: "Audit Cup 2026" }) { id version } }`,
      { id: competition.id },
      { action: 'competition.update', objectType: 'Competition', summary: { fields: ['name'], fromVersion: 1, toVersion: 2 } },
    );
    const event = await audited(
      'RESULTS',
      `mutation($c: ID!) { createEvent(input: { competitionId: $c, disciplineCode: "SSK", recurringKey: "SSK-W-500M", name: "Women's 500m", gender: WOMEN, style: RANKED, resultType: TIME }) { id } }`,
      { c: competition.id },
      {
        action: 'event.create',
        objectType: 'Event',
        summary: { fields: ['competitionId', 'disciplineCode', 'gender', 'name', 'recurringKey', 'resultType', 'style'] },
      },
    );
    const phase = await audited(
      'RESULTS',
      `mutation($e: ID!) { createPhase(input: { eventId: $e, kind: FINAL, name: "Final", order: 1 }) { id } }`,
      { e: event.id },
      { action: 'phase.create', objectType: 'Phase', summary: { fields: ['eventId', 'kind', 'name', 'order'] } },
    );
    const unit = await audited(
      'RESULTS',
      `mutation($p: ID!) { createUnit(input: { phaseId: $p, name: "Race", order: 1 }) { id } }`,
      { p: phase.id },
      { action: 'unit.create', objectType: 'Unit', summary: { fields: ['name', 'order', 'phaseId'] } },
    );
    const updateUnit = `mutation($id: ID!, $v: Int!) { updateUnit(input: { id: $id, expectedVersion: $v, status: FINISHED }) { id version } }`;
    await audited(
      'RESULTS',
      updateUnit,
      { id: unit.id, v: 1 },
      { action: 'unit.update', objectType: 'Unit', summary: { fields: ['status'], fromVersion: 1, toVersion: 2 } },
    );
    await refused('RESULTS', updateUnit, { id: unit.id, v: 1 }, 'VERSION_CONFLICT');

    const person = await audited(
      'RESULTS',
      `mutation { createPerson(input: { displayName: "Audit Skater", nocCode: "NED" }) { id } }`,
      {},
      { action: 'person.create', objectType: 'Person', summary: { fields: ['displayName', 'nocCode'] } },
    );
    const competitor = await audited(
      'RESULTS',
      `mutation($e: ID!, $p: ID!) { registerCompetitor(input: { eventId: $e, personId: $p }) { id version } }`,
      { e: event.id, p: person.id },
      { action: 'competitor.register', objectType: 'Competitor', summary: { fields: ['eventId', 'personId'], nocCode: 'NED' } },
    );

    const setResults = `mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { id version } }`;
    const row = { competitorId: competitor.id, displayOrder: 1, rank: 1, timeMs: 37_100 };
    await audited(
      'RESULTS',
      setResults,
      { input: { unitId: unit.id, expectedVersion: 2, resultStatus: 'UNOFFICIAL', rows: [row] } },
      {
        action: 'unit.setResults',
        objectType: 'Unit',
        id: unit.id,
        summary: { resultStatus: 'UNOFFICIAL', rows: 1, added: 1, changed: 0, removed: 0, fromVersion: 2, toVersion: 3 },
      },
    );
    await refused(
      'RESULTS',
      setResults,
      { input: { unitId: unit.id, expectedVersion: 3, rows: [row, { ...row, displayOrder: 2 }] } },
      'RESULTS_INVALID',
    );
    await audited(
      'EDITOR',
      `mutation($input: ImportUnitResultsInput!) { importUnitResults(input: $input) { id version } }`,
      {
        input: {
          unitId: unit.id,
          expectedVersion: 3,
          format: 'CSV',
          document: 'displayOrder,person,time\n1,audit-skater,37.05',
          computeRanks: true,
        },
      },
      {
        action: 'unit.importResults',
        objectType: 'Unit',
        id: unit.id,
        summary: { format: 'CSV', computeRanks: true, rows: 1, added: 0, changed: 1, removed: 0, fromVersion: 3, toVersion: 4 },
      },
    );
    const setStandings = `mutation($input: SetEventStandingsInput!) { setEventStandings(input: $input) { id version } }`;
    await audited(
      'RESULTS',
      setStandings,
      { input: { eventId: event.id, expectedVersion: 1, standings: [{ competitorId: competitor.id, rank: 1, medal: 'GOLD' }] } },
      {
        action: 'event.setStandings',
        objectType: 'Event',
        id: event.id,
        summary: { standings: 1, medals: 1, fromVersion: 1, toVersion: 2 },
      },
    );

    // Bottom up: the rows and standing first, then the entry, the unit, the phase, the event.
    const deleteCompetitor = `mutation($input: DeleteCompetitorInput!) { deleteCompetitor(input: $input) }`;
    await refused('RESULTS', deleteCompetitor, { input: { id: competitor.id, expectedVersion: 1 } }, 'REFERENCED');
    await audited(
      'RESULTS',
      setResults,
      { input: { unitId: unit.id, expectedVersion: 4, rows: [] } },
      {
        action: 'unit.setResults',
        objectType: 'Unit',
        id: unit.id,
        summary: { rows: 0, added: 0, changed: 0, removed: 1, fromVersion: 4, toVersion: 5 },
      },
    );
    await audited(
      'RESULTS',
      setStandings,
      { input: { eventId: event.id, expectedVersion: 2, standings: [] } },
      {
        action: 'event.setStandings',
        objectType: 'Event',
        id: event.id,
        summary: { standings: 0, medals: 0, fromVersion: 2, toVersion: 3 },
      },
    );
    const deletes = [
      ['deleteCompetitor', 'DeleteCompetitorInput', competitor.id, 1, 'competitor', 'Competitor'],
      ['deleteUnit', 'DeleteUnitInput', unit.id, 5, 'unit', 'Unit'],
      ['deletePhase', 'DeletePhaseInput', phase.id, 1, 'phase', 'Phase'],
      ['deleteEvent', 'DeleteEventInput', event.id, 3, 'event', 'Event'],
    ] as const;
    for (const [mutation, input, id, version, object, type] of deletes) {
      const query = `mutation($input: ${input}!) { ${mutation}(input: $input) }`;
      await refused('RESULTS', query, { input: { id, expectedVersion: version + 1 } }, 'VERSION_CONFLICT');
      await audited(
        'RESULTS',
        query,
        { input: { id, expectedVersion: version } },
        { action: `${object}.delete`, objectType: type, summary: { version } },
      );
    }
    expect(await api.prisma.event.count({ where: { id: keyOf(event.id) } })).toBe(0);
  });

  it('records people, organisations and venues, naming the fields an update gave', async () => {
    const person = await api.gql(`{ person(slug: "jutta-leerdam") { id version } }`);
    const { id, version } = person.data!.person as { id: string; version: number };
    await audited(
      'EDITOR',
      `mutation($id: ID!, $v: Int!) { updatePerson(input: { id: $id, expectedVersion: $v, description: "Sprinter", familyName: "Leerdam" }) { id } }`,
      { id, v: version },
      {
        action: 'person.update',
        objectType: 'Person',
        summary: { fields: ['description', 'familyName'], fromVersion: version, toVersion: version + 1 },
      },
    );
    const organisation = await audited(
      'RESULTS',
      `mutation { createOrganisation(input: { name: "Audit Skating Club", kind: CLUB }) { id } }`,
      {},
      { action: 'organisation.create', objectType: 'Organisation', summary: { fields: ['kind', 'name'] } },
    );
    const updateOrganisation = `mutation($id: ID!, $v: Int!) { updateOrganisation(input: { id: $id, expectedVersion: $v, shortName: null }) { id } }`;
    await audited(
      'RESULTS',
      updateOrganisation,
      { id: organisation.id, v: 1 },
      { action: 'organisation.update', objectType: 'Organisation', summary: { fields: ['shortName'], fromVersion: 1, toVersion: 2 } },
    );
    await refused('RESULTS', updateOrganisation, { id: organisation.id, v: 1 }, 'VERSION_CONFLICT');
    const venue = await audited(
      'RESULTS',
      `mutation { createVenue(input: { name: "Audit Ice Hall", city: "Heerenveen", countryIso2: "NL", timezone: "Europe/Amsterdam" }) { id } }`,
      {},
      { action: 'venue.create', objectType: 'Venue', summary: { fields: ['city', 'countryIso2', 'name', 'timezone'] } },
    );
    await audited(
      'ADMIN',
      `mutation($id: ID!) { updateVenue(input: { id: $id, expectedVersion: 1, city: "Thialf" }) { id } }`,
      { id: venue.id },
      { action: 'venue.update', objectType: 'Venue', summary: { fields: ['city'], fromVersion: 1, toVersion: 2 } },
    );
    await refused(
      'RESULTS',
      `mutation { createVenue(input: { name: "Audit Ice Hall", city: "X", countryIso2: "NL", timezone: "UTC" }) { id } }`,
      {},
      'SLUG_TAKEN',
    );
  });

  it('records quotes and social posts, deletes included', async () => {
    const leerdam = (await api.gql(`{ person(slug: "jutta-leerdam") { id } }`)).data!.person.id as string;
    const post = await audited(
      'WRITER',
      `mutation { createSocialPost(input: { platform: INSTAGRAM, url: "https://instagram.example/p/audit", authorHandle: "@jutta", text: "Gold!" }) { id } }`,
      {},
      { action: 'socialPost.create', objectType: 'SocialPost', summary: { fields: ['authorHandle', 'platform', 'text', 'url'] } },
    );
    await audited(
      'WRITER',
      `mutation($id: ID!) { updateSocialPost(input: { id: $id, expectedVersion: 1, text: "Olympic gold!" }) { id } }`,
      { id: post.id },
      { action: 'socialPost.update', objectType: 'SocialPost', summary: { fields: ['text'], fromVersion: 1, toVersion: 2 } },
    );
    const quote = await audited(
      'WRITER',
      `mutation($p: ID!, $s: ID!) { createQuote(input: { text: "A dream come true.", context: INTERVIEW, speakerPersonId: $p, socialPostId: $s }) { id } }`,
      { p: leerdam, s: post.id },
      { action: 'quote.create', objectType: 'Quote', summary: { fields: ['context', 'socialPostId', 'speakerPersonId', 'text'] } },
    );
    const updateQuote = `mutation($id: ID!, $v: Int!) { updateQuote(input: { id: $id, expectedVersion: $v, outlet: "NOS" }) { id } }`;
    await audited(
      'EDITOR',
      updateQuote,
      { id: quote.id, v: 1 },
      { action: 'quote.update', objectType: 'Quote', summary: { fields: ['outlet'], fromVersion: 1, toVersion: 2 } },
    );
    await refused('WRITER', updateQuote, { id: quote.id, v: 1 }, 'VERSION_CONFLICT');
    await audited(
      'WRITER',
      `mutation($id: ID!) { deleteQuote(id: $id) }`,
      { id: quote.id },
      { action: 'quote.delete', objectType: 'Quote', summary: { version: 2 } },
    );
    await refused('WRITER', `mutation($id: ID!) { deleteQuote(id: $id) }`, { id: quote.id }, 'NOT_FOUND');
    await audited(
      'WRITER',
      `mutation($id: ID!) { deleteSocialPost(id: $id) }`,
      { id: post.id },
      { action: 'socialPost.delete', objectType: 'SocialPost', summary: { version: 2 } },
    );
  });

  it('records the credit registry and media assets', async () => {
    const agency = await audited(
      'PHOTO',
      `mutation { createAgency(input: { name: "Audit Images", creditFormat: "{photographer}/Audit Images" }) { id } }`,
      {},
      { action: 'agency.create', objectType: 'Agency', summary: { fields: ['creditFormat', 'name'] } },
    );
    await audited(
      'ADMIN',
      `mutation($id: ID!) { updateAgency(input: { id: $id, expectedVersion: 1, creditFormat: "Photo by {photographer}/Audit Images" }) { id } }`,
      { id: agency.id },
      { action: 'agency.update', objectType: 'Agency', summary: { fields: ['creditFormat'], fromVersion: 1, toVersion: 2 } },
    );
    const photographer = await audited(
      'PHOTO',
      `mutation($a: ID!) { createPhotographer(input: { name: "Ann Audit", agencyId: $a }) { id } }`,
      { a: agency.id },
      { action: 'photographer.create', objectType: 'Photographer', summary: { fields: ['agencyId', 'name'] } },
    );
    await audited(
      'PHOTO',
      `mutation($id: ID!) { updatePhotographer(input: { id: $id, expectedVersion: 1, creditFormat: "{photographer}/AA" }) { id } }`,
      { id: photographer.id },
      { action: 'photographer.update', objectType: 'Photographer', summary: { fields: ['creditFormat'], fromVersion: 1, toVersion: 2 } },
    );
    const asset = await audited(
      'PHOTO',
      `mutation($a: ID!, $p: ID!) { createMediaAsset(input: { url: "https://img.example/audit.jpg", mimeType: "image/jpeg", supplierId: $a, creatorIds: [$p] }) { id } }`,
      { a: agency.id, p: photographer.id },
      { action: 'mediaAsset.create', objectType: 'MediaAsset', summary: { fields: ['creatorIds', 'mimeType', 'supplierId', 'url'] } },
    );
    const updateAsset = `mutation($id: ID!, $v: Int!) { updateMediaAsset(input: { id: $id, expectedVersion: $v, caption: "Leerdam", altText: "A skater" }) { id } }`;
    await audited(
      'EDITOR',
      updateAsset,
      { id: asset.id, v: 1 },
      { action: 'mediaAsset.update', objectType: 'MediaAsset', summary: { fields: ['altText', 'caption'], fromVersion: 1, toVersion: 2 } },
    );
    await refused('PHOTO', updateAsset, { id: asset.id, v: 1 }, 'VERSION_CONFLICT');
    await audited(
      'PHOTO',
      `mutation($id: ID!) { deleteMediaAsset(id: $id) }`,
      { id: asset.id },
      { action: 'mediaAsset.delete', objectType: 'MediaAsset', summary: { version: 2 } },
    );
  });
});
