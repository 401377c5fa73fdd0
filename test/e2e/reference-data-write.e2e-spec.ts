import { randomUUID } from 'node:crypto';
import { globalId, keyOf } from '../utils/ids.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';

const VENUE_FIELDS = 'id slug name city countryIso2 timezone version';
const CREATE_VENUE = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { ${VENUE_FIELDS} } }`;
const UPDATE_VENUE = `mutation($input: UpdateVenueInput!) { updateVenue(input: $input) { ${VENUE_FIELDS} } }`;
const VENUES = `query($search: String, $country: String, $first: Int, $after: String, $last: Int, $before: String) {
  venues(search: $search, country: $country, first: $first, after: $after, last: $last, before: $before) {
    edges { node { slug } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const ORGANISATION_FIELDS = 'id slug name shortName kind nocCode version';
const UPDATE_ORGANISATION = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORGANISATION_FIELDS} } }`;

const issues = (response: GqlResponse) => response.errors?.[0].extensions.issues as { path: string; message: string }[];

describe('reference data the results desk writes: venues, NOCs, organisations', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  describe('venues', () => {
    it('creates a venue with a generated slug and a canonical time zone, and reads it by slug', async () => {
      const created = await api.gql(CREATE_VENUE, {
        input: { name: 'Hallenstadion Zürich', city: 'Zürich', countryIso2: 'CH', timezone: 'europe/zurich' },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createVenue).toMatchObject({ slug: 'hallenstadion-zurich', timezone: 'Europe/Zurich', version: 1 });
      const stored = await api.prisma.venue.findUniqueOrThrow({ where: { slug: 'hallenstadion-zurich' } });
      expect(stored).toMatchObject({ name: 'Hallenstadion Zürich', city: 'Zürich', countryIso2: 'CH', timezone: 'Europe/Zurich' });
      const read = await api.gql(`{ venue(slug: "hallenstadion-zurich") { ${VENUE_FIELDS} } }`);
      expect(read.data!.venue).toEqual(created.data!.createVenue);
      expect(read.data!.venue.id).toBe(globalId('Venue', stored.id));
      const nowhere = await api.gql(`{ venue(slug: "nowhere-arena") { id } }`);
      expect(nowhere.errors).toBeUndefined();
      expect(nowhere.data!.venue).toBeNull();
    });

    it('refuses a taken slug and bad fields, naming each path in words a person reads, and writes nothing', async () => {
      const before = await api.prisma.venue.count();
      const taken = await api.gql(CREATE_VENUE, {
        input: { name: 'Another rink', slug: 'milano-speed-skating-stadium', city: 'Milan', countryIso2: 'IT', timezone: 'Europe/Rome' },
      });
      expect(errorCodes(taken)).toEqual(['SLUG_TAKEN']);
      const bad = await api.gql(CREATE_VENUE, { input: { name: ' ', city: 'Milan', countryIso2: 'ITA', timezone: 'Mars/Olympus_Mons' } });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(issues(bad)).toEqual([
        { path: 'input.name', message: 'must not be blank, give text such as "Milano Speed Skating Stadium"' },
        { path: 'input.countryIso2', message: 'an ISO 3166-1 alpha-2 country code: 2 capital letters, such as IT' },
        { path: 'input.timezone', message: 'an IANA time zone, such as Europe/Rome or America/Denver' },
      ]);
      expect(bad.errors![0].message).toContain('input.countryIso2: an ISO 3166-1 alpha-2 country code');
      expect(await api.prisma.venue.count()).toBe(before);
    });

    it('lists venues by name, in pages, by a diacritic-blind name search or by country', async () => {
      for (const [name, city, countryIso2, timezone] of [
        ['Thialf', 'Heerenveen', 'NL', 'Europe/Amsterdam'],
        ['Utah Olympic Oval', 'Kearns', 'US', 'America/Denver'],
        ['Ice Arena Tomaszów Mazowiecki', 'Tomaszów Mazowiecki', 'PL', 'Europe/Warsaw'],
      ]) {
        expect((await api.gql(CREATE_VENUE, { input: { name, city, countryIso2, timezone } })).errors).toBeUndefined();
      }
      const all = await api.prisma.venue.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      const slugs: string[] = [];
      let after: string | null = null;
      do {
        const page: GqlResponse = await api.gql(VENUES, { first: 2, after });
        expect(page.errors).toBeUndefined();
        slugs.push(...page.data!.venues.edges.map((e: any) => e.node.slug));
        after = page.data!.venues.pageInfo.hasNextPage ? page.data!.venues.pageInfo.endCursor : null;
      } while (after);
      expect(slugs).toEqual(all.map((v) => v.slug));
      expect(slugs.length).toBeGreaterThanOrEqual(5);

      // Backwards from the end with last/before: the same list, page by page from the other side.
      const backwards: string[] = [];
      let before: string | null = null;
      do {
        const page: GqlResponse = await api.gql(VENUES, { last: 2, before });
        expect(page.errors).toBeUndefined();
        const { edges, pageInfo } = page.data!.venues;
        expect(pageInfo.hasNextPage).toBe(before !== null);
        backwards.unshift(...edges.map((e: any) => e.node.slug));
        before = pageInfo.hasPreviousPage ? pageInfo.startCursor : null;
      } while (before);
      expect(backwards).toEqual(slugs);
      expect(errorCodes(await api.gql(VENUES, { first: 2, last: 2 }))).toEqual(['BAD_USER_INPUT']);

      const search = await api.gql(VENUES, { search: 'tomaszow' });
      expect(search.data!.venues.edges.map((e: any) => e.node.slug)).toEqual(['ice-arena-tomaszow-mazowiecki']);
      const dutch = await api.gql(VENUES, { country: 'NL' });
      expect(dutch.data!.venues.edges.map((e: any) => e.node.slug)).toEqual(['thialf']);

      const forged = await api.gql(VENUES, { after: Buffer.from('["x","not-a-uuid"]').toString('base64url') });
      expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(VENUES, { first: 501 }))).toEqual(['BAD_USER_INPUT']);
      const badCountry = await api.gql(VENUES, { country: 'nl' });
      expect(issues(badCountry)).toEqual([
        { path: 'country', message: 'an ISO 3166-1 alpha-2 country code: 2 capital letters, such as IT' },
      ]);
    });

    it('updates a venue at its version, refuses a stale save, an unknown id, a taken slug and a null name', async () => {
      const thialf = await api.prisma.venue.findUniqueOrThrow({ where: { slug: 'thialf' } });
      const thialfId = globalId('Venue', thialf.id);
      const updated = await api.gql(UPDATE_VENUE, { input: { id: thialfId, expectedVersion: 1, name: 'Thialf ijsstadion' } });
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateVenue).toMatchObject({ slug: 'thialf', name: 'Thialf ijsstadion', city: 'Heerenveen', version: 2 });
      expect(await api.prisma.venue.findUniqueOrThrow({ where: { id: thialf.id } })).toMatchObject({
        name: 'Thialf ijsstadion',
        version: 2,
      });

      const stale = await api.gql(UPDATE_VENUE, { input: { id: thialfId, expectedVersion: 1, city: 'Leeuwarden' } });
      expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
      expect(stale.errors![0].extensions).toMatchObject({ id: thialfId, expectedVersion: 1, currentVersion: 2 });
      expect(
        errorCodes(await api.gql(UPDATE_VENUE, { input: { id: globalId('Venue', randomUUID()), expectedVersion: 1, city: 'X' } })),
      ).toEqual(['NOT_FOUND']);
      const notAVenue = await api.gql(UPDATE_VENUE, { input: { id: globalId('Unit', thialf.id), expectedVersion: 2, city: 'X' } });
      expect(issues(notAVenue)).toEqual([{ path: 'input.id', message: 'must be the id of a Venue, as the API returns it' }]);
      const taken = await api.gql(UPDATE_VENUE, { input: { id: thialfId, expectedVersion: 2, slug: 'utah-olympic-oval' } });
      expect(errorCodes(taken)).toEqual(['SLUG_TAKEN']);
      const cleared = await api.gql(UPDATE_VENUE, { input: { id: thialfId, expectedVersion: 2, name: null, slug: null } });
      expect(errorCodes(cleared)).toEqual(['BAD_USER_INPUT']);
      expect(new Set(issues(cleared).map((i) => i.path))).toEqual(new Set(['input.name', 'input.slug']));
      expect(await api.prisma.venue.findUniqueOrThrow({ where: { id: thialf.id } })).toMatchObject({
        slug: 'thialf',
        name: 'Thialf ijsstadion',
        city: 'Heerenveen',
        version: 2,
      });
    });

    it("shows a venue's change on the units held there", async () => {
      const venue = await api.prisma.venue.findUniqueOrThrow({ where: { slug: 'milano-speed-skating-stadium' } });
      const unit = await api.prisma.unit.findFirstOrThrow({ where: { venueId: venue.id } });
      const saved = await api.gql(UPDATE_VENUE, {
        input: { id: globalId('Venue', venue.id), expectedVersion: venue.version, city: 'Milano' },
      });
      expect(saved.errors).toBeUndefined();
      const read = await api.gql(`query($id: ID!) { unit(id: $id) { venue { id slug city version } } }`, { id: globalId('Unit', unit.id) });
      expect(read.data!.unit.venue).toEqual({
        id: globalId('Venue', venue.id),
        slug: 'milano-speed-skating-stadium',
        city: 'Milano',
        version: venue.version + 1,
      });
    });
  });

  describe('noc(code)', () => {
    it('reads a NOC by code, null for an unknown one, and refuses a malformed code naming the argument', async () => {
      const ned = await api.gql(`{ noc(code: "NED") { code name isoAlpha2 kind } }`);
      expect(ned.data!.noc).toEqual({ code: 'NED', name: 'Netherlands', isoAlpha2: 'NL', kind: 'NATIONAL' });
      const ain = await api.gql(`{ noc(code: "AIN") { code isoAlpha2 kind } }`);
      expect(ain.data!.noc).toEqual({ code: 'AIN', isoAlpha2: null, kind: 'NEUTRAL' });
      const unknown = await api.gql(`{ noc(code: "XYZ") { code } }`);
      expect(unknown.errors).toBeUndefined();
      expect(unknown.data!.noc).toBeNull();
      const malformed = await api.gql(`{ noc(code: "ned") { code } }`);
      expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
      expect(malformed.errors![0].message).toBe('code: 3 capital letters, such as NED');
    });
  });

  describe('updateOrganisation', () => {
    const create = async (name: string) =>
      (
        await api.gql(
          `mutation($name: String!) { createOrganisation(input: { name: $name, kind: TEAM, shortName: "KNSB" }) { id version } }`,
          { name },
        )
      ).data!.createOrganisation;

    it('changes an organisation at its version, clearing and setting optional fields', async () => {
      const { id, version } = await create('Team Reggeborgh');
      expect(version).toBe(1);
      const saved = await api.gql(UPDATE_ORGANISATION, {
        input: { id, expectedVersion: 1, name: 'Team Reggeborgh Zaanstad', shortName: null, nocCode: 'NED', kind: 'CLUB' },
      });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.updateOrganisation).toEqual({
        id,
        slug: 'team-reggeborgh',
        name: 'Team Reggeborgh Zaanstad',
        shortName: null,
        kind: 'CLUB',
        nocCode: 'NED',
        version: 2,
      });
      expect(await api.prisma.organisation.findUniqueOrThrow({ where: { id: keyOf(id) } })).toMatchObject({
        name: 'Team Reggeborgh Zaanstad',
        shortName: null,
        kind: 'CLUB',
        nocCode: 'NED',
        version: 2,
      });
    });

    it('lets exactly one of five parallel saves of the same version win', async () => {
      const { id } = await create('Team Jumbo Skating');
      const saves = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => api.gql(UPDATE_ORGANISATION, { input: { id, expectedVersion: 1, shortName: `TJ${n}` } })),
      );
      const winners = saves.filter((s) => !s.errors);
      expect(winners).toHaveLength(1);
      for (const loser of saves.filter((s) => s.errors)) expect(errorCodes(loser)).toEqual(['VERSION_CONFLICT']);
      expect(await api.prisma.organisation.findUniqueOrThrow({ where: { id: keyOf(id) } })).toMatchObject({
        version: 2,
        shortName: winners[0].data!.updateOrganisation.shortName,
      });
    });

    it('refuses an unknown id, an unknown NOC, a taken or null slug and a null name, changing nothing', async () => {
      const { id } = await create('Team Frisia');
      const attempts: [Record<string, unknown>, string, string | null][] = [
        [{ id: globalId('Organisation', randomUUID()), expectedVersion: 1, name: 'X' }, 'NOT_FOUND', null],
        [{ id: globalId('Person', keyOf(id)), expectedVersion: 1, name: 'X' }, 'BAD_USER_INPUT', 'input.id'],
        [{ id, expectedVersion: 1, nocCode: 'XYZ' }, 'BAD_USER_INPUT', 'input.nocCode'],
        [{ id, expectedVersion: 1, nocCode: 'Dutch' }, 'BAD_USER_INPUT', 'input.nocCode'],
        [{ id, expectedVersion: 1, slug: 'isu' }, 'SLUG_TAKEN', 'input.slug'],
        [{ id, expectedVersion: 1, slug: null }, 'BAD_USER_INPUT', 'input.slug'],
        [{ id, expectedVersion: 1, name: null }, 'BAD_USER_INPUT', 'input.name'],
        [{ id, expectedVersion: 3, name: 'Later' }, 'VERSION_CONFLICT', null],
      ];
      for (const [input, code, field] of attempts) {
        const response = await api.gql(UPDATE_ORGANISATION, { input });
        expect(errorCodes(response)).toEqual([code]);
        if (field) expect(response.errors![0].extensions.field).toBe(field);
      }
      expect(await api.prisma.organisation.findUniqueOrThrow({ where: { id: keyOf(id) } })).toMatchObject({
        slug: 'team-frisia',
        name: 'Team Frisia',
        nocCode: null,
        version: 1,
      });
    });
  });
});
