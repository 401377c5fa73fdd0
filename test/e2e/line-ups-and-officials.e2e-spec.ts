import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';
import { SET_UNIT_RESULTS } from './results-desk.helpers.js';
import { story, unitResults } from './articles-search.helpers.js';

const REGISTER = `mutation($input: RegisterCompetitorInput!) {
  registerCompetitor(input: $input) { id representing { kind noc { code } association { code name } club { slug countryIso2 } } }
}`;
const SET_LINEUP = `mutation($input: SetUnitLineupInput!) { setUnitLineup(input: $input) { id version } }`;
const SET_OFFICIALS = `mutation($input: SetUnitOfficialsInput!) { setUnitOfficials(input: $input) { id version } }`;

const READ_MATCH = `query($id: ID!) {
  unit(id: $id) {
    version attendance matchday leg localStartTime scheduledAt venue { timezone } feedsUnit { name }
    officials { role seq person { slug } nationality { kind noc { code } association { code name } } }
    lineups {
      competitor { displayName representing { kind noc { code } association { code } } }
      entries { role seq shirtNumber position captain minutesPlayed person { slug } }
    }
    results { score competitor { displayName } lineup { role person { slug } } }
  }
}`;

type Issue = { path: string; row: number | null; field: string; code: string };

describe('line-ups, officials, representation, match facts and awards through the API', () => {
  let api: TestApp;
  const ids: Record<string, string> = {};

  async function call(query: string, variables: Record<string, unknown> = {}) {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0] as Record<string, any>;
  }
  const create = (type: string, input: Record<string, unknown>, fields = 'id') =>
    call(`mutation($input: Create${type}Input!) { create${type}(input: $input) { ${fields} } }`, { input });
  const person = async (displayName: string) => (await create('Person', { displayName }, 'id slug')).slug as string;
  const issuesOf = (response: GqlResponse) => response.errors?.[0].extensions.issues as Issue[];
  const unitVersion = async (unitId: string) => (await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(unitId) } })).version;

  // The England and Serbia squads, their coaches and the referees.
  const people: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApp();
    ids.competition = (
      await create('Competition', {
        name: 'Test Nations Cup 2024',
        slug: 'test-nations-cup-2024',
        kind: 'CONTINENTAL_CHAMPIONSHIPS',
        startDate: '2024-05-10',
        endDate: '2024-06-10',
      })
    ).id;
    ids.event = (
      await create('Event', {
        competitionId: ids.competition,
        disciplineCode: 'FBL',
        recurringKey: 'FBL-TEST-NATIONS-CUP',
        name: 'Men’s tournament',
        gender: 'MEN',
        style: 'HEAD_TO_HEAD',
        resultType: 'SCORE',
      })
    ).id;
    ids.phase = (await create('Phase', { eventId: ids.event, kind: 'GROUP', name: 'Group C', order: 1 })).id;
    ids.venue = (await create('Venue', { name: 'Test Stadium London', city: 'London', countryIso2: 'GB', timezone: 'Europe/London' })).id;
    ids.final = (await create('Unit', { phaseId: ids.phase, name: 'Final', order: 2 })).id;
    for (const name of ['Harry Testkane', 'Jude Testbell', 'Declan Testrice', 'Bukayo Testsaka', 'Gareth Testsouthgate']) {
      people[name.split(' ')[1].toLowerCase()] = await person(name);
    }
    for (const name of [
      'Dusan Testvlahovic',
      'Aleksandar Testmitrovic',
      'Sergej Testsavic',
      'Dragan Testcoach',
      'Danny Testmakkelie',
      'Willie Testcollum',
    ]) {
      people[name.split(' ')[1].toLowerCase()] = await person(name);
    }
    ids.england = (await create('Organisation', { name: 'England', slug: 'england-football', kind: 'TEAM' })).id;
    ids.serbia = (await create('Organisation', { name: 'Serbia', slug: 'serbia-football', kind: 'TEAM', nocCode: 'SRB' })).id;
  });
  afterAll(async () => {
    await api.close();
  });

  it('enters England as member association ENG and reads it back; an unknown association or the NOC path are refused with codes', async () => {
    const before = await api.prisma.competitor.count();
    const asNoc = await api.gql(REGISTER, { input: { eventId: ids.event, teamId: ids.england, nocCode: 'ENG' } });
    expect(errorCodes(asNoc)).toEqual(['UNKNOWN_NOC']);
    expect(asNoc.errors![0].message).toContain('representing: { association: "ENG" }');
    const unknown = await api.gql(REGISTER, { input: { eventId: ids.event, teamId: ids.england, representing: { association: 'XYZ' } } });
    expect(errorCodes(unknown)).toEqual(['UNKNOWN_ASSOCIATION']);
    expect(unknown.errors![0].extensions.field).toBe('input.representing.association');
    const two = await api.gql(REGISTER, {
      input: { eventId: ids.event, teamId: ids.england, representing: { association: 'ENG', noc: 'GBR' } },
    });
    expect(errorCodes(two)).toEqual(['BAD_USER_INPUT']);
    const none = await api.gql(REGISTER, { input: { eventId: ids.event, teamId: ids.england, representing: {} } });
    expect(errorCodes(none)).toEqual(['BAD_USER_INPUT']);
    const both = await api.gql(REGISTER, {
      input: { eventId: ids.event, teamId: ids.england, nocCode: 'GBR', representing: { association: 'ENG' } },
    });
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    expect(await api.prisma.competitor.count()).toBe(before);

    const england = await call(REGISTER, { input: { eventId: ids.event, teamId: ids.england, representing: { association: 'ENG' } } });
    expect(england.representing).toEqual({ kind: 'ASSOCIATION', noc: null, association: { code: 'ENG', name: 'England' }, club: null });
    ids.englandEntry = england.id;
    const serbia = await call(REGISTER, { input: { eventId: ids.event, teamId: ids.serbia, representing: { noc: 'SRB' } } });
    expect(serbia.representing).toMatchObject({ kind: 'NOC', noc: { code: 'SRB' }, association: null });
    ids.serbiaEntry = serbia.id;
    const stored = await api.prisma.competitor.findUniqueOrThrow({ where: { id: keyOf(england.id) } });
    expect(stored).toMatchObject({ nocCode: null, associationCode: 'ENG', clubId: null });
  });

  it('stores a club with its country and aliases, and enters it representing the club', async () => {
    const badCountry = await api.gql(
      `mutation { createOrganisation(input: { name: "Nowhere United", kind: CLUB, countryIso2: "ZZ" }) { id } }`,
    );
    expect(errorCodes(badCountry)).toEqual(['BAD_USER_INPUT']);
    const club = await create(
      'Organisation',
      { name: 'Test United FC', kind: 'CLUB', countryIso2: 'GB', aliases: ['Test Utd', ' Test Utd ', 'TUFC'] },
      'id slug countryIso2 aliases version',
    );
    expect(club).toMatchObject({ slug: 'test-united-fc', countryIso2: 'GB', aliases: ['Test Utd', 'TUFC'] });
    const updated = await call(
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { countryIso2 aliases version } }`,
      { input: { id: club.id, expectedVersion: club.version, aliases: null, countryIso2: 'NL' } },
    );
    expect(updated).toEqual({ countryIso2: 'NL', aliases: [], version: (club.version as number) + 1 });

    const unknownClub = await api.gql(REGISTER, { input: { eventId: ids.event, teamId: club.id, representing: { club: 'no-such-club' } } });
    expect(errorCodes(unknownClub)).toEqual(['NOT_FOUND']);
    const entered = await call(REGISTER, { input: { eventId: ids.event, teamId: club.id, representing: { club: 'test-united-fc' } } });
    expect(entered.representing).toEqual({
      kind: 'CLUB',
      noc: null,
      association: null,
      club: { slug: 'test-united-fc', countryIso2: 'NL' },
    });
  });

  it('stores a match with both line-ups, officials and match facts, read back in one query', async () => {
    const badFeed = await api.gql(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
      input: { phaseId: ids.phase, name: 'Bad feed', order: 3, feedsUnitId: ids.venue },
    });
    expect(errorCodes(badFeed)).toEqual(['BAD_USER_INPUT']);
    const badLeg = await api.gql(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`, {
      input: { phaseId: ids.phase, name: 'Bad leg', order: 3, leg: 3 },
    });
    expect(errorCodes(badLeg)).toEqual(['BAD_USER_INPUT']);
    const unit = await create(
      'Unit',
      {
        phaseId: ids.phase,
        name: 'England - Serbia',
        order: 1,
        venueId: ids.venue,
        scheduledAt: '2024-05-19T15:00:00Z',
        attendance: 52_000,
        matchday: 1,
        feedsUnitId: ids.final,
      },
      'id version',
    );
    ids.match = unit.id;
    const itself = await api.gql(`mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`, {
      input: { id: unit.id, expectedVersion: unit.version, feedsUnitId: unit.id },
    });
    expect(errorCodes(itself)).toEqual(['BAD_USER_INPUT']);

    const results = await api.gql(SET_UNIT_RESULTS, {
      input: {
        unitId: unit.id,
        expectedVersion: unit.version,
        resultStatus: 'OFFICIAL',
        rows: [
          { competitorId: ids.englandEntry, displayOrder: 1, wlt: 'W', score: 1 },
          { competitorId: ids.serbiaEntry, displayOrder: 2, wlt: 'L', score: 0 },
        ],
      },
    });
    expect(results.errors).toBeUndefined();

    const p = people;
    const england = await call(SET_LINEUP, {
      input: {
        unitId: unit.id,
        competitorId: ids.englandEntry,
        expectedVersion: (unit.version as number) + 1,
        entries: [
          { person: { slug: p.testkane }, role: 'STARTER', shirtNumber: 9, position: 'FW', captain: true, minutesPlayed: 90 },
          { person: { slug: p.testbell }, role: 'STARTER', shirtNumber: 10, position: 'MF', minutesPlayed: 90 },
          { person: { slug: p.testrice }, role: 'STARTER', shirtNumber: 4, position: 'MF', minutesPlayed: 70 },
          { person: { slug: p.testsouthgate }, role: 'HEAD_COACH' },
          { person: { slug: p.testsaka }, role: 'SUBSTITUTE', shirtNumber: 7, position: 'FW', minutesPlayed: 20 },
        ],
      },
    });
    expect(england.version).toBe((unit.version as number) + 2);
    const serbiaEntries = [
      { person: { slug: p.testvlahovic }, role: 'STARTER', shirtNumber: 9, captain: true },
      { person: { slug: p.testmitrovic }, role: 'STARTER', shirtNumber: 18 },
      { person: { slug: p.testsavic }, role: 'SUBSTITUTE', shirtNumber: 20 },
      { person: { slug: 'dragan-testcoach' }, role: 'HEAD_COACH' },
    ];
    const serbia = await call(SET_LINEUP, {
      input: { unitId: unit.id, competitorId: ids.serbiaEntry, expectedVersion: england.version, entries: serbiaEntries },
    });
    const officials = await call(SET_OFFICIALS, {
      input: {
        unitId: unit.id,
        expectedVersion: serbia.version,
        officials: [
          { person: { slug: p.testmakkelie }, role: 'REFEREE', noc: 'NED' },
          { person: { slug: p.testcollum }, role: 'FOURTH_OFFICIAL', association: 'SCO' },
        ],
      },
    });

    const read = await api.gql(READ_MATCH, { id: unit.id });
    expect(read.errors).toBeUndefined();
    const match = read.data!.unit;
    expect(match).toMatchObject({
      version: officials.version,
      attendance: 52_000,
      matchday: 1,
      leg: null,
      localStartTime: '2024-05-19T16:00:00+01:00',
      venue: { timezone: 'Europe/London' },
      feedsUnit: { name: 'Final' },
    });
    expect(match.officials).toEqual([
      { role: 'REFEREE', seq: 1, person: { slug: p.testmakkelie }, nationality: { kind: 'NOC', noc: { code: 'NED' }, association: null } },
      {
        role: 'FOURTH_OFFICIAL',
        seq: 2,
        person: { slug: p.testcollum },
        nationality: { kind: 'ASSOCIATION', noc: null, association: { code: 'SCO', name: 'Scotland' } },
      },
    ]);
    expect(match.lineups.map((side: any) => [side.competitor.displayName, side.competitor.representing.kind])).toEqual([
      ['England', 'ASSOCIATION'],
      ['Serbia', 'NOC'],
    ]);
    // Starters, then substitutes, then staff, each in the order entered.
    expect(match.lineups[0].entries).toEqual([
      { role: 'STARTER', seq: 1, shirtNumber: 9, position: 'FW', captain: true, minutesPlayed: 90, person: { slug: p.testkane } },
      { role: 'STARTER', seq: 2, shirtNumber: 10, position: 'MF', captain: false, minutesPlayed: 90, person: { slug: p.testbell } },
      { role: 'STARTER', seq: 3, shirtNumber: 4, position: 'MF', captain: false, minutesPlayed: 70, person: { slug: p.testrice } },
      { role: 'SUBSTITUTE', seq: 5, shirtNumber: 7, position: 'FW', captain: false, minutesPlayed: 20, person: { slug: p.testsaka } },
      {
        role: 'HEAD_COACH',
        seq: 4,
        shirtNumber: null,
        position: null,
        captain: false,
        minutesPlayed: null,
        person: { slug: p.testsouthgate },
      },
    ]);
    expect(match.lineups[1].entries.map((e: any) => e.person.slug)).toEqual([
      p.testvlahovic,
      p.testmitrovic,
      p.testsavic,
      'dragan-testcoach',
    ]);
    expect(match.results.map((r: any) => [r.competitor.displayName, r.lineup.length, r.lineup[0].person.slug])).toEqual([
      ['England', 5, p.testkane],
      ['Serbia', 4, p.testvlahovic],
    ]);
    expect(await api.prisma.lineupEntry.count({ where: { unitId: keyOf(unit.id) } })).toBe(9);
  });

  it('refuses a player already in the other line-up, naming the entry and field, and writes nothing', async () => {
    const version = await unitVersion(ids.match);
    const before = await api.prisma.lineupEntry.findMany({ where: { unitId: keyOf(ids.match) }, orderBy: { id: 'asc' } });
    const refused = await api.gql(SET_LINEUP, {
      input: {
        unitId: ids.match,
        competitorId: ids.serbiaEntry,
        expectedVersion: version,
        entries: [
          { person: { slug: people.testvlahovic }, role: 'STARTER', shirtNumber: 9 },
          { person: { slug: people.testkane }, role: 'STARTER', shirtNumber: 10 },
          { person: { slug: people.testmitrovic }, role: 'STARTER', shirtNumber: 10, captain: true },
          { person: { slug: 'dragan-testcoach' }, role: 'HEAD_COACH', shirtNumber: 1 },
        ],
      },
    });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(issuesOf(refused).map((i) => [i.path, i.row, i.field, i.code])).toEqual([
      ['input.entries.1.person', 1, 'person', 'PLAYER_IN_BOTH_LINEUPS'],
      ['input.entries.2.shirtNumber', 2, 'shirtNumber', 'DUPLICATE_SHIRT_NUMBER'],
      ['input.entries.3.shirtNumber', 3, 'shirtNumber', 'COACH_WITH_SHIRT_NUMBER'],
    ]);
    expect(refused.errors![0].message).toContain('input.entries.1.person: PLAYER_IN_BOTH_LINEUPS');
    expect(await api.prisma.lineupEntry.findMany({ where: { unitId: keyOf(ids.match) }, orderBy: { id: 'asc' } })).toEqual(before);
    expect(await unitVersion(ids.match)).toBe(version);

    const stale = await api.gql(SET_LINEUP, {
      input: { unitId: ids.match, competitorId: ids.serbiaEntry, expectedVersion: version - 1, entries: [] },
    });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    const elsewhere = await api.prisma.competitor.findFirstOrThrow({ where: { eventId: { not: keyOf(ids.event) } } });
    const notOfTheEvent = await api.gql(SET_LINEUP, {
      input: { unitId: ids.match, competitorId: globalId('Competitor', elsewhere.id), expectedVersion: version, entries: [] },
    });
    expect(issuesOf(notOfTheEvent).map((i) => [i.path, i.code])).toEqual([['input.competitorId', 'COMPETITOR_NOT_IN_EVENT']]);
    const unknownNationality = await api.gql(SET_OFFICIALS, {
      input: {
        unitId: ids.match,
        expectedVersion: version,
        officials: [{ person: { slug: people.testcollum }, role: 'REFEREE', noc: 'ENG' }],
      },
    });
    expect(issuesOf(unknownNationality).map((i) => [i.path, i.code])).toEqual([['input.officials.0.noc', 'UNKNOWN_NOC']]);
    expect(await api.prisma.unitOfficial.count({ where: { unitId: keyOf(ids.match) } })).toBe(2);
  });

  it('lists the three skaters of a team pursuit team (speed skating, a team entry)', async () => {
    const competition = await create('Competition', {
      name: 'Test Skating Worlds 2025',
      kind: 'WORLD_CHAMPIONSHIPS',
      startDate: '2025-03-13',
      endDate: '2025-03-16',
    });
    const event = await create('Event', {
      competitionId: competition.id,
      disciplineCode: 'SSK',
      recurringKey: 'SSK-W-TEAM-PURSUIT-TEST',
      name: 'Women’s team pursuit',
      gender: 'WOMEN',
      style: 'RANKED',
      resultType: 'TIME',
    });
    const phase = await create('Phase', { eventId: event.id, kind: 'FINAL', name: 'Final', order: 1 });
    const unit = await create('Unit', { phaseId: phase.id, name: 'Final A', order: 1 }, 'id version');
    const team = await create('Organisation', { name: 'Netherlands team pursuit test', kind: 'TEAM', nocCode: 'NED' });
    const entry = await call(REGISTER, { input: { eventId: event.id, teamId: team.id, representing: { noc: 'NED' } } });
    const skaters = [await person('Skater One Test'), await person('Skater Two Test'), await person('Skater Three Test')];
    await call(SET_LINEUP, {
      input: {
        unitId: unit.id,
        competitorId: entry.id,
        expectedVersion: unit.version,
        entries: skaters.map((slug) => ({ person: { slug }, role: 'STARTER' })),
      },
    });
    const read = await call(
      `query($id: ID!) { unit(id: $id) { lineups { competitor { displayName } entries { role person { slug } } } } }`,
      { id: unit.id },
    );
    expect(read.lineups).toEqual([
      {
        competitor: { displayName: 'Netherlands team pursuit test' },
        entries: skaters.map((slug) => ({ role: 'STARTER', person: { slug } })),
      },
    ]);
  });

  it('finds a footballer who is only in a line-up in the results: stories and person.results', async () => {
    const reporter = await create('Person', { displayName: 'Sam Linesreporter' });
    await story(api, {
      slug: 'england-beat-serbia',
      headline: 'England edge Serbia',
      section: 'football',
      authors: [{ personId: reporter.id }],
      blocks: [unitResults(ids.match)],
    });
    const inResults = async (slug: string) => {
      const response = await api.gql(`query($filter: ArticlesFilter) { articles(filter: $filter) { edges { node { slug } } } }`, {
        filter: { person: slug, relation: 'IN_RESULTS' },
      });
      expect(response.errors).toBeUndefined();
      return response.data!.articles.edges.map((e: any) => e.node.slug);
    };
    expect(await inResults(people.testsaka)).toEqual(['england-beat-serbia']);
    expect(await inResults(people.testvlahovic)).toEqual(['england-beat-serbia']);
    // Coaches and officials are not in the results.
    expect(await inResults(people.testsouthgate)).toEqual([]);
    expect(await inResults(people.testmakkelie)).toEqual([]);

    const results = await call(`{ person(slug: "${people.testkane}") { results { score unit { name } competitor { displayName } } } }`);
    expect(results.results).toEqual([{ score: 1, unit: { name: 'England - Serbia' }, competitor: { displayName: 'England' } }]);
    const coach = await call(`{ person(slug: "${people.testsouthgate}") { results { score } } }`);
    expect(coach.results).toEqual([]);
  });

  it('adds member associations as an admin only', async () => {
    const input = { code: 'FRO', name: 'Faroe Islands', countryIso2: 'FO' };
    const upsert = `mutation($input: UpsertMemberAssociationInput!) { upsertMemberAssociation(input: $input) { code name countryIso2 version } }`;
    expect(errorCodes(await api.gqlAs('EDITOR', upsert, { input }))).toEqual(['FORBIDDEN']);
    expect(await call(upsert, { input })).toEqual({ ...input, version: 1 });
    expect(errorCodes(await api.gql(upsert, { input: { ...input, name: 'Faroes' } }))).toEqual(['VERSION_CONFLICT']);
    expect(await call(upsert, { input: { ...input, name: 'Faroes', expectedVersion: 1 } })).toEqual({
      ...input,
      name: 'Faroes',
      version: 2,
    });
    const list = await api.gql(`{ memberAssociations { code } }`);
    expect(list.data!.memberAssociations.map((a: any) => a.code)).toEqual(['ENG', 'FRO', 'NIR', 'SCO', 'WAL']);
  });

  it('deletes an unused venue and refuses one in use', async () => {
    const venue = await call(`{ venue(slug: "test-stadium-london") { id version } }`);
    const inUse = await api.gql(`mutation($input: DeleteVenueInput!) { deleteVenue(input: $input) }`, {
      input: { id: venue.id, expectedVersion: venue.version },
    });
    expect(errorCodes(inUse)).toEqual(['REFERENCED']);
    const spare = await create(
      'Venue',
      { name: 'Spare Test Ground', city: 'Leeds', countryIso2: 'GB', timezone: 'Europe/London' },
      'id version',
    );
    const deleted = await call(`mutation($input: DeleteVenueInput!) { deleteVenue(input: $input) }`, {
      input: { id: spare.id, expectedVersion: spare.version },
    });
    expect(deleted).toBe(spare.id);
    expect(await api.prisma.venue.count({ where: { id: { in: [keyOf(venue.id), keyOf(spare.id)] } } })).toBe(1);
  });

  it('keeps awards on the competition, ordered by kind and seq, and out of its events', async () => {
    const COMPETITION = `{ competition(slug: "test-nations-cup-2024") { events { id name } awards { kind name seq statistic statisticValue person { slug } team { slug } } } }`;
    const before = await call(COMPETITION);
    expect(before.awards).toEqual([]);
    const byId = async (slug: string) => (await call(`{ person(slug: "${slug}") { id } }`)).id as string;
    const award = (input: Record<string, unknown>) =>
      api.gql(`mutation($input: CreateAwardInput!) { createAward(input: $input) { id version } }`, {
        input: { competitionId: ids.competition, ...input },
      });
    const nobody = await award({ kind: 'BEST_PLAYER', name: 'Best player' });
    expect(errorCodes(nobody)).toEqual(['BAD_USER_INPUT']);
    const badValue = await award({ kind: 'TOP_SCORER', name: 'Golden Boot', personId: await byId(people.testkane), statisticValue: 'six' });
    expect(errorCodes(badValue)).toEqual(['BAD_USER_INPUT']);

    const second = await award({
      kind: 'TEAM_OF_THE_TOURNAMENT',
      name: 'Team of the tournament',
      seq: 2,
      personId: await byId(people.testrice),
    });
    await award({ kind: 'TEAM_OF_THE_TOURNAMENT', name: 'Team of the tournament', seq: 1, personId: await byId(people.testbell) });
    const boot = await award({
      kind: 'TOP_SCORER',
      name: 'Golden Boot',
      personId: await byId(people.testkane),
      teamId: ids.england,
      statistic: 'goals',
      statisticValue: '6.0',
    });
    expect(boot.errors).toBeUndefined();
    const { id, version } = boot.data!.createAward as { id: string; version: number };
    const stale = await api.gql(`mutation($input: UpdateAwardInput!) { updateAward(input: $input) { version } }`, {
      input: { id, expectedVersion: version + 1, statisticValue: '7' },
    });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    const updated = await call(`mutation($input: UpdateAwardInput!) { updateAward(input: $input) { version statisticValue } }`, {
      input: { id, expectedVersion: version, statisticValue: '7' },
    });
    expect(updated).toEqual({ version: version + 1, statisticValue: '7' });

    const after = await call(COMPETITION);
    expect(after.events).toEqual(before.events);
    expect(after.awards.map((a: any) => [a.kind, a.seq, a.person?.slug, a.team?.slug ?? null, a.statistic, a.statisticValue])).toEqual([
      ['TOP_SCORER', 1, people.testkane, 'england-football', 'goals', '7'],
      ['TEAM_OF_THE_TOURNAMENT', 1, people.testbell, null, null, null],
      ['TEAM_OF_THE_TOURNAMENT', 2, people.testrice, null, null, null],
    ]);
    const kane = await call(`{ person(slug: "${people.testkane}") { awards { name competition { slug } } } }`);
    expect(kane.awards).toEqual([{ name: 'Golden Boot', competition: { slug: 'test-nations-cup-2024' } }]);

    const { id: secondId, version: secondVersion } = second.data!.createAward;
    const deleted = await call(`mutation($input: DeleteAwardInput!) { deleteAward(input: $input) }`, {
      input: { id: secondId, expectedVersion: secondVersion },
    });
    expect(deleted).toBe(secondId);
    expect(await api.prisma.award.count({ where: { competitionId: keyOf(ids.competition) } })).toBe(2);
  });
});
