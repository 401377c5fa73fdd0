import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import {
  createPerson,
  createPhoto,
  createPhotoCredits,
  createQuote,
  eventStandings,
  imageBlock,
  link,
  paragraph,
  quoteBlock,
  type Sports,
  slugs,
  sportsIds,
  story,
  unitResults,
} from './articles-search.helpers.js';

const ARTICLES = `query($filter: ArticlesFilter, $first: Int, $after: String) {
  articles(filter: $filter, first: $first, after: $after) { edges { cursor node { slug } } pageInfo { hasNextPage endCursor } }
}`;

const SEARCH = `query($q: String!, $first: Int, $after: String) {
  search(query: $q, first: $first, after: $after) {
    edges { cursor score highlight node { __typename ... on Article { slug } ... on Person { slug } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Hit = { score: number; highlight: string | null; node: { __typename: string; slug: string } };

describe('articles list, relations, usages and search', () => {
  let api: TestApp;
  let ids: Sports;
  let photo: Record<'leerdam' | 'takagi', string>;
  let quote: Record<'leerdam' | 'takagi', string>;

  const articles = async (filter: Record<string, unknown>, first = 50) => {
    const response = await api.gql(ARTICLES, { filter, first });
    expect(response.errors).toBeUndefined();
    return slugs(response.data!.articles);
  };
  const search = async (q: string, first = 20): Promise<Hit[]> => {
    const response = await api.gql(SEARCH, { q, first });
    expect(response.errors).toBeUndefined();
    return response.data!.search.edges;
  };

  beforeAll(async () => {
    api = await createTestApp();
    ids = await sportsIds(api);
    const { person: p, event } = ids;
    const credits = await createPhotoCredits(api);
    photo = {
      leerdam: (await createPhoto(api, 1, [p['jutta-leerdam']], credits)).id,
      takagi: (await createPhoto(api, 2, [p['miho-takagi']], credits)).id,
    };
    quote = {
      leerdam: (await createQuote(api, p['jutta-leerdam'], 'Oh my, this is a dream come true')).id,
      // A fixture line, not something Takagi said: the filters only need a quote of hers.
      takagi: (await createQuote(api, p['miho-takagi'], 'Test fixture quote attributed to Takagi.')).id,
    };
    const reporter = await createPerson(api, 'Sam Reporter');
    const odegaard = await createPerson(api, 'Martin Ødegaard');
    const byline = { authors: [{ personId: reporter.id }] };
    const milano = event['milano-cortina-2026'];
    const beijing = event['beijing-2022'];

    // Published in this order, so the list's newest-first order is the reverse.
    await story(api, {
      ...byline,
      slug: 'leerdam-gold',
      headline: 'Leerdam wins 1000m gold in an Olympic record',
      summary: 'Kok took silver and Takagi bronze.',
      tags: ['olympics', 'milano-cortina-2026'],
      links: [link('ABOUT', 'PERSON', p['jutta-leerdam']), link('ABOUT', 'EVENT', milano.eventId)],
      blocks: [
        paragraph('Miho Takagi, the defending champion, took bronze.', { 'Miho Takagi': p['miho-takagi'] }),
        quoteBlock(quote.leerdam),
        imageBlock(photo.leerdam),
        unitResults(milano.unitId),
      ],
    });
    await story(api, {
      ...byline,
      slug: 'takagi-bronze',
      headline: 'Takagi settles for bronze',
      tags: ['olympics'],
      links: [link('ABOUT', 'PERSON', p['miho-takagi'])],
      blocks: [
        paragraph('She finished behind Jutta Leerdam.', { 'Jutta Leerdam': p['jutta-leerdam'] }),
        quoteBlock(quote.takagi),
        imageBlock(photo.takagi),
      ],
    });
    await story(api, {
      ...byline,
      slug: 'beijing-look-back',
      headline: 'Four years on from Beijing',
      links: [link('MENTIONS', 'PERSON', p['jutta-leerdam'])],
      blocks: [paragraph('How the podium looked in 2022.'), eventStandings(beijing.eventId)],
    });
    await story(api, {
      ...byline,
      slug: 'dream-apart',
      headline: 'A dream of a season',
      section: 'football',
      blocks: [paragraph('I had a dream. Come what may, it is true that nobody wins alone.')],
    });
    await story(api, {
      ...byline,
      slug: 'odegaard-watches',
      headline: 'Ødegaard in the stands',
      section: 'football',
      links: [link('MENTIONS', 'PERSON', odegaard.id)],
      blocks: [paragraph('Martin Ødegaard watched the race from the stands.', { 'Martin Ødegaard': odegaard.id })],
    });
    await story(
      api,
      {
        ...byline,
        slug: 'draft-takagi',
        headline: 'Zanzibarian draft about Takagi',
        links: [link('ABOUT', 'PERSON', p['miho-takagi'])],
        blocks: [quoteBlock(quote.leerdam), imageBlock(photo.leerdam)],
      },
      { draft: true },
    );
  });
  afterAll(async () => {
    await api.close();
  });

  it('lists published stories only, newest first, with opaque cursors', async () => {
    expect(await articles({})).toEqual(['odegaard-watches', 'dream-apart', 'beijing-look-back', 'takagi-bronze', 'leerdam-gold']);
    const page1 = (await api.gql(ARTICLES, { filter: {}, first: 2 })).data!.articles;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await api.gql(ARTICLES, { filter: {}, first: 10, after: page1.pageInfo.endCursor })).data!.articles;
    expect([...slugs(page1), ...slugs(page2)]).toEqual(await articles({}));
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it.each<[string, string, string[]]>([
    ['jutta-leerdam', 'QUOTED', ['leerdam-gold']],
    ['jutta-leerdam', 'PICTURED', ['leerdam-gold']],
    ['jutta-leerdam', 'IN_RESULTS', ['beijing-look-back', 'leerdam-gold']],
    ['jutta-leerdam', 'ABOUT', ['leerdam-gold']],
    ['jutta-leerdam', 'MENTIONED', ['beijing-look-back', 'takagi-bronze']],
    ['jutta-leerdam', 'ANY', ['beijing-look-back', 'takagi-bronze', 'leerdam-gold']],
    ['miho-takagi', 'QUOTED', ['takagi-bronze']],
    ['miho-takagi', 'PICTURED', ['takagi-bronze']],
    ['miho-takagi', 'IN_RESULTS', ['beijing-look-back', 'leerdam-gold']],
    ['miho-takagi', 'ABOUT', ['takagi-bronze']],
    ['miho-takagi', 'MENTIONED', ['leerdam-gold']],
    ['miho-takagi', 'ANY', ['beijing-look-back', 'takagi-bronze', 'leerdam-gold']],
    ['brittany-bowe', 'IN_RESULTS', ['leerdam-gold']],
    ['johan-derksen', 'ANY', []],
    ['nobody-at-all', 'ANY', []],
  ])('person %s, relation %s', async (person, relation, expected) => {
    expect(await articles({ person, relation })).toEqual(expected);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['sport', { sport: 'football' }, ['odegaard-watches', 'dream-apart']],
    ['tag', { tag: 'milano-cortina-2026' }, ['leerdam-gold']],
    ['competition (through its unit and event)', { competition: 'milano-cortina-2026' }, ['leerdam-gold']],
    ['competition (through standings of its event)', { competition: 'beijing-2022' }, ['beijing-look-back']],
    ['several fields at once', { sport: 'speed-skating', tag: 'olympics', person: 'miho-takagi', relation: 'ABOUT' }, ['takagi-bronze']],
  ])('filters by %s', async (_name, filter, expected) => {
    expect(await articles(filter)).toEqual(expected);
  });

  it('filters by event id', async () => {
    expect(await articles({ event: ids.event['milano-cortina-2026'].eventId })).toEqual(['leerdam-gold']);
  });

  it('refuses a relation without a person, and a forged cursor', async () => {
    const noPerson = await api.gql(ARTICLES, { filter: { relation: 'QUOTED' } });
    expect(errorCodes(noPerson)).toEqual(['BAD_USER_INPUT']);
    expect(noPerson.errors![0].extensions.field).toBe('filter.relation');
    const forged = await api.gql(ARTICLES, { after: Buffer.from('["yesterday","x"]').toString('base64url') });
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
  });

  it('answers Person.articles and Event.articles through one statement per batch', async () => {
    const query = `{ people(first: 50) { edges { node { slug articles(relation: QUOTED, first: 5) { slug } } } } }`;
    const response = await api.gql(query);
    const bySlug = Object.fromEntries(response.data!.people.edges.map((e: any) => [e.node.slug, slugs(e.node.articles)]));
    expect(bySlug).toMatchObject({ 'jutta-leerdam': ['leerdam-gold'], 'miho-takagi': ['takagi-bronze'], 'femke-kok': [] });
    // DataLoader batches by timing: the count is a range over runs, never more than two.
    const { min, max } = await api.statementRange(() => api.gql(query));
    expect(min).toBeGreaterThanOrEqual(1);
    expect(max).toBeLessThanOrEqual(2);
    const limited = await api.gql(`{ person(slug: "jutta-leerdam") { articles(first: 1) { slug } } }`);
    expect(slugs(limited.data!.person.articles)).toEqual(['beijing-look-back']);
    const event = await api.gql(`query($id: ID!) { event(id: $id) { articles { slug } } }`, {
      id: ids.event['milano-cortina-2026'].eventId,
    });
    expect(slugs(event.data!.event.articles)).toEqual(['leerdam-gold']);
  });

  it('lists the published usages of a photo and a quote, never a draft', async () => {
    const asset = await api.gql(`query($id: ID!) { mediaAsset(id: $id) { usages { slug status } } }`, { id: photo.leerdam });
    expect(asset.data!.mediaAsset.usages).toEqual([{ slug: 'leerdam-gold', status: 'PUBLISHED' }]);
    const said = await api.gql(`query($id: ID!) { quote(id: $id) { usages(first: 1) { slug } } }`, { id: quote.takagi });
    expect(slugs(said.data!.quote.usages)).toEqual(['takagi-bronze']);
  });

  it('finds the same stories and person for any case', async () => {
    const lower = await search('leerdam');
    expect(await search('LEERDAM')).toEqual(lower);
    expect(lower.map((h) => h.node.slug)).toEqual(expect.arrayContaining(['leerdam-gold', 'takagi-bronze', 'jutta-leerdam']));
    expect(lower.every((h, i) => i === 0 || lower[i - 1].score >= h.score)).toBe(true);
    // The headline (weight A) ranks above a body-only match (weight C).
    const stories = lower.filter((h) => h.node.__typename === 'Article').map((h) => h.node.slug);
    expect(stories.indexOf('leerdam-gold')).toBeLessThan(stories.indexOf('takagi-bronze'));
    expect(lower.find((h) => h.node.slug === 'jutta-leerdam')!.highlight).toBeNull();
  });

  it('ignores diacritics in both directions and marks the word as written', async () => {
    for (const q of ['ødegaard', 'odegaard', 'ODEGAARD']) {
      const hits = await search(q);
      expect(hits.map((h) => [h.node.__typename, h.node.slug]).sort()).toEqual([
        ['Article', 'odegaard-watches'],
        ['Person', 'martin-odegaard'],
      ]);
      expect(hits.find((h) => h.node.__typename === 'Article')!.highlight).toContain('Martin <mark>Ødegaard</mark> watched');
    }
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const hits = await search('"dream come true"');
    expect(hits.map((h) => h.node.slug)).toEqual(['leerdam-gold']);
    expect(hits[0].highlight).toContain('<mark>dream</mark> <mark>come</mark> <mark>true</mark>');
    expect((await search('dream true')).map((h) => h.node.slug).sort()).toEqual(['dream-apart', 'leerdam-gold']);
  });

  it('never shows a draft', async () => {
    expect(await search('Zanzibarian')).toEqual([]);
    expect(await articles({ person: 'miho-takagi', relation: 'ABOUT' })).not.toContain('draft-takagi');
  });

  it('pages through hits with offset cursors', async () => {
    const all = await search('leerdam');
    const page1 = (await api.gql(SEARCH, { q: 'leerdam', first: 2 })).data!.search;
    const page2 = (await api.gql(SEARCH, { q: 'leerdam', first: 20, after: page1.pageInfo.endCursor })).data!.search;
    expect([...page1.edges, ...page2.edges].map((e: Hit) => e.node.slug)).toEqual(all.map((h) => h.node.slug));
    expect([page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([true, false]);
  });

  it('cuts the snippet from the paragraphs holding the most of the query, however long the story', async () => {
    // Thirteen paragraphs of about 200 characters: longer than the bodies snippets are cut from whole.
    const filler = (n: number) =>
      paragraph(
        `Paragraph ${n} tells of the ice, the crowd and the long wait before the start, of the coaches pacing by the boards, of the flags and the noise, and of the skaters who warmed up in silence.`,
      );
    await story(api, {
      slug: 'long-report',
      headline: 'A long report',
      section: 'speed-skating',
      blocks: [
        ...[1, 2, 3].map(filler),
        paragraph('The Norwegian veteran spoke of a homecoming.'),
        ...[5, 6, 7, 8, 9, 10].map(filler),
        paragraph('Late in the day the Norwegian veteran called it a homecoming at last, and the hall was happy.'),
        ...[12, 13].map(filler),
      ],
    });
    const [hit] = await search('"homecoming at last"');
    expect(hit.node.slug).toBe('long-report');
    expect(hit.highlight).toContain('<mark>homecoming</mark> at <mark>last</mark>');
    expect(hit.highlight).not.toContain('Paragraph');
    // "happiness" and "happy" share the stem "happi", which no paragraph holds as written: the whole body is cut from.
    const [stemmed] = await search('happiness');
    expect(stemmed.node.slug).toBe('long-report');
    expect(stemmed.highlight).toContain('<mark>happy</mark>');
  });

  it('escapes the body in snippets', async () => {
    await story(api, {
      slug: 'markup',
      headline: 'Markup test',
      section: 'football',
      blocks: [paragraph('Quixotic <script>alert(1)</script> & more')],
    });
    const [hit] = await search('quixotic');
    expect(hit.highlight).toBe('<mark>Quixotic</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });

  it.each([
    ['a 10,000-character query', 'x'.repeat(10_000)],
    ['an empty query', '   '],
  ])('refuses %s with BAD_USER_INPUT naming query, before any SQL', async (_name, q) => {
    const statements = await api.countQueries(async () => {
      const response = await api.gql(SEARCH, { q });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions.field).toBe('query');
    });
    expect(statements).toBe(0);
  });

  it.each(['-- !!! ""', '!!!', '""', '- -'])('answers a query of only operators (%s) with no hits, not an error', async (q) => {
    const response = await api.gql(SEARCH, { q });
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.edges).toEqual([]);
  });

  it('searches in one SQL statement', async () => {
    const query = `{ search(query: "leerdam", first: 50) { edges { score highlight node { ... on Article { slug headline } ... on Person { slug displayName } } } } }`;
    expect(await api.statementRange(() => api.gql(query))).toEqual({ min: 1, max: 1 });
  });

  it("gives a person hit's NOC from the same statement, as the NOC itself reads", async () => {
    const query = `{ search(query: "leerdam", first: 50) { edges { node { ... on Person { slug noc { code name kind isoAlpha2 isoAlpha3 } } } } } }`;
    expect(await api.statementRange(() => api.gql(query))).toEqual({ min: 1, max: 1 });
    const hit = (await api.gql(query)).data!.search.edges.find((edge: any) => edge.node.slug === 'jutta-leerdam');
    const noc = await api.gql(`{ noc(code: "NED") { code name kind isoAlpha2 isoAlpha3 } }`);
    expect(hit.node.noc).toEqual(noc.data!.noc);
    expect(hit.node.noc.code).toBe('NED');
  });
});

describe('articles list: SQL statements do not grow with the number of stories', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const LIST = `{ articles(filter: { person: "miho-takagi", relation: ANY }, first: 50) { edges { node { headline authors { person { displayName } } } } } }`;

  it('reads 50 matching stories with their bylines in as many statements as 1', async () => {
    const { person: p, event } = await sportsIds(api);
    const reporters = [await createPerson(api, 'Sam Reporter'), await createPerson(api, 'Alex Desk')];
    // Each story reaches Takagi another way, so every arm of ANY has rows.
    const ways = [
      { links: [link('ABOUT', 'PERSON', p['miho-takagi'])], blocks: [paragraph('A profile.')] },
      { blocks: [paragraph('Miho Takagi took bronze.', { 'Miho Takagi': p['miho-takagi'] })] },
      { blocks: [unitResults(event['milano-cortina-2026'].unitId)] },
      { blocks: [eventStandings(event['beijing-2022'].eventId)] },
    ];
    const write = (i: number) =>
      story(api, {
        slug: `takagi-${i}`,
        headline: `Takagi story ${i}`,
        authors: [{ personId: reporters[i % 2].id }],
        ...ways[i % ways.length],
      });

    await write(0);
    const one = await api.gql(LIST);
    expect(one.data!.articles.edges).toHaveLength(1);
    const single = await api.statementRange(() => api.gql(LIST));

    for (let i = 1; i < 50; i++) await write(i);
    const fifty = await api.gql(LIST);
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!.articles.edges).toHaveLength(50);
    expect(fifty.data!.articles.edges[0].node).toEqual({
      headline: 'Takagi story 49',
      authors: [{ person: { displayName: 'Alex Desk' } }],
    });
    const many = await api.statementRange(() => api.gql(LIST));

    expect(single.min).toBeGreaterThan(0);
    expect(many).toEqual(single);
  });
});
