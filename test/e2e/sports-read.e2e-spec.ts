import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId } from '../utils/ids.js';

const EVENT_PAGE = `{
  competition(slug: "milano-cortina-2026") {
    name
    event(key: "SSK-W-1000M") {
      name
      previousEdition { competition { name } }
      defendingChampion { displayName }
      units {
        name
        resultStatus
        results {
          rank
          rankEqual
          startGroup
          competitor { displayName noc { code } person { slug age(on: "2026-02-09") } }
          displayValue
          behind
          medal
          recordMarks { code }
          irm
        }
      }
    }
  }
}`;

describe('sports graph reads', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('serves the reference event page verbatim, with derived values', async () => {
    const response = await api.gql(EVENT_PAGE);
    expect(response.errors).toBeUndefined();
    const event = response.data!.competition.event;
    expect(response.data!.competition.name).toBe('Milano Cortina 2026 Olympic Winter Games');
    expect(event.previousEdition.competition.name).toBe('Beijing 2022 Olympic Winter Games');
    expect(event.defendingChampion.displayName).toBe('Miho Takagi');
    const [unit] = event.units;
    expect(unit.resultStatus).toBe('PARTIAL');
    const rows = unit.results.map((r: any) => [
      r.competitor.person.slug,
      r.rank,
      r.displayValue,
      r.behind,
      r.medal,
      r.recordMarks.map((m: any) => m.code),
    ]);
    expect(rows).toEqual([
      ['jutta-leerdam', 1, '1:12.31', null, 'GOLD', ['OR']],
      ['femke-kok', 2, '1:12.59', '+0.28', 'SILVER', []],
      ['miho-takagi', 3, '1:13.95', '+1.64', 'BRONZE', []],
      ['brittany-bowe', null, '1:14.55', '+2.24', null, []],
      ['erin-jackson', 6, null, null, null, []],
    ]);
    expect(unit.results[0].competitor).toMatchObject({ displayName: 'Jutta Leerdam', noc: { code: 'NED' }, person: { age: 27 } });
    expect(unit.results[0].startGroup).toBe(15);
  });

  it('reads the whole event page in a small, bounded number of SQL statements', async () => {
    const { max } = await api.statementRange(() => api.gql(EVENT_PAGE));
    expect(max).toBeLessThanOrEqual(20);
  });

  it('finds people ignoring case and diacritics', async () => {
    const created = await api.gql(`mutation { createPerson(input: { displayName: "Martin Ødegaard", nocCode: "NOR" }) { slug } }`);
    expect(created.data!.createPerson.slug).toBe('martin-odegaard');
    for (const search of ['odegaard', 'ØDEGAARD', 'Ødeg']) {
      const found = await api.gql(`query($s: String) { people(search: $s) { edges { node { slug } } } }`, { s: search });
      expect(found.data!.people.edges.map((e: any) => e.node.slug)).toEqual(['martin-odegaard']);
    }
    const leerdam = await api.gql(`{ people(search: "LEERDAM") { edges { node { slug } } } }`);
    expect(leerdam.data!.people.edges.map((e: any) => e.node.slug)).toEqual(['jutta-leerdam']);
    const wildcard = await api.gql(`{ people(search: "%") { edges { node { slug } } } }`);
    expect(wildcard.data!.people.edges).toEqual([]);
  });

  it('pages people with opaque cursors and filters by NOC', async () => {
    const page1 = await api.gql(`{ people(noc: "USA", first: 1) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }`);
    expect(page1.data!.people.pageInfo.hasNextPage).toBe(true);
    const after = page1.data!.people.pageInfo.endCursor;
    const page2 = await api.gql(
      `query($after: String) { people(noc: "USA", first: 5, after: $after) { edges { node { slug } } pageInfo { hasNextPage } } }`,
      { after },
    );
    const slugs = [page1.data!.people.edges[0].node.slug, ...page2.data!.people.edges.map((e: any) => e.node.slug)];
    expect(slugs).toEqual(['brittany-bowe', 'erin-jackson', 'jake-paul']);
    expect(page2.data!.people.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['first above the configured cap', `{ people(first: 101) { edges { cursor } } }`],
    ['negative first', `{ people(first: -1) { edges { cursor } } }`],
    ['a forged cursor', `{ people(after: "bm90LWEtY3Vyc29y") { edges { cursor } } }`],
    ['a malformed id', `{ person(id: "not-a-uuid") { slug } }`],
    ['a malformed unit id', `{ unit(id: "42") { name } }`],
  ])('refuses %s with BAD_USER_INPUT and no data', async (_name, query) => {
    const response = await api.gql(query);
    expect(errorCodes(response)).toContain('BAD_USER_INPUT');
    // Lookups are nullable: the refused field is null, lists take the whole answer with them.
    expect(Object.values(response.data ?? {}).every((value) => value === null)).toBe(true);
  });

  it('rejects first: 99999 before execution', async () => {
    const statements = await api.countQueries(async () => {
      const response = await api.gql(`{ people(first: 99999) { edges { cursor } } }`);
      expect(response.data).toBeNull();
      expect(errorCodes(response).length).toBeGreaterThan(0);
    });
    expect(statements).toBe(0);
  });

  it.each([
    ['an unknown person slug', `{ person(slug: "nobody-here") { slug } }`],
    ['an unknown competition', `{ competition(slug: "atlantis-2030") { name } }`],
    ['an unknown unit', `{ unit(id: "${globalId('Unit', '0190f3a0-0000-7000-8000-000000000000')}") { name } }`],
  ])('answers %s with null and no error', async (_name, query) => {
    const response = await api.gql(query);
    expect(response.errors).toBeUndefined();
    expect(Object.values(response.data!)).toEqual([null]);
  });

  it('derives the medal table from the final standings', async () => {
    const response = await api.gql(
      `{ competition(slug: "milano-cortina-2026") { medalTable { rank noc { code } gold silver bronze total } } }`,
    );
    expect(response.data!.competition.medalTable).toEqual([
      { rank: 1, noc: { code: 'NED' }, gold: 1, silver: 1, bronze: 0, total: 2 },
      { rank: 2, noc: { code: 'JPN' }, gold: 0, silver: 0, bronze: 1, total: 1 },
    ]);
  });

  it('tells who holds a record on a date', async () => {
    const query = `query($on: Date) { competition(slug: "milano-cortina-2026") { event(key: "SSK-W-1000M") { records(on: $on) { type { code } holder { slug } valueMs setBy { displayValue } } } } }`;
    const raceDay = await api.gql(query, { on: '2026-02-09' });
    const records = raceDay.data!.competition.event.records.map((r: any) => [
      r.type.code,
      r.holder.slug,
      r.valueMs,
      r.setBy?.displayValue ?? null,
    ]);
    expect(records).toEqual(
      expect.arrayContaining([
        ['OR', 'jutta-leerdam', 72310, '1:12.31'],
        ['WR', 'brittany-bowe', null, null],
      ]),
    );
    const dayBefore = await api.gql(query, { on: '2026-02-08' });
    expect(dayBefore.data!.competition.event.records.map((r: any) => r.type.code)).toEqual(['WR']);
  });

  it('answers person(slug) with age, NOC and athlete profile', async () => {
    const response = await api.gql(
      `{ person(slug: "miho-takagi") { displayName nameOrder noc { code isoAlpha2 } athlete { disciplineCode } } }`,
    );
    expect(response.data!.person).toEqual({
      displayName: 'Miho Takagi',
      nameOrder: 'FAMILY_GIVEN',
      noc: { code: 'JPN', isoAlpha2: 'JP' },
      athlete: { disciplineCode: 'SSK' },
    });
  });

  it('lists NOCs by code, paged', async () => {
    const response = await api.gql(`{ nocs(first: 3) { edges { node { code } } pageInfo { hasNextPage } } }`);
    expect(response.data!.nocs.edges).toHaveLength(3);
    expect(response.data!.nocs.pageInfo.hasNextPage).toBe(true);
  });
});
