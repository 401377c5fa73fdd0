import type { StoryIds } from '../../src/seed/demo-story.data.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { CREATE_ARTICLE, ok, PUBLISH_ARTICLE, seededStoryIds, STORY_PAGE, STORY_PAGE_FIELDS } from './story.helpers.js';
import { globalId } from '../utils/ids.js';
import { untilServedFromPages } from '../utils/pages.js';

type Block = Record<string, unknown>;

const PEOPLE = ['jutta-leerdam', 'femke-kok', 'miho-takagi', 'brittany-bowe', 'erin-jackson', 'jake-paul', 'johan-derksen'];
/** The seeded photos (0-2) carry their agency's credit line; the ones added here do not. */
const PHOTO_WITHOUT_CREDIT_LINE = 3;
/** editorNotes is the desk's and never stored, so these reads run on the live path: its loaders are what is counted. */
const LIVE_FIELDS = `${STORY_PAGE_FIELDS} editorNotes`;
const LIVE_STORY = `query($slug: String!) { article(slug: $slug) { ${LIVE_FIELDS} } }`;
const LIVE_LIST = `query($first: Int) { articles(first: $first) { edges { node { ${LIVE_FIELDS} } } } }`;
const LIST = `query($first: Int) { articles(first: $first) { edges { node { ${STORY_PAGE_FIELDS} } } } }`;

describe('story page: SQL statements do not grow with the number of blocks or stories', () => {
  let api: TestApp;
  let ids: StoryIds;
  /** Distinct quotes, photos and people, so that a bigger story asks loaders for more keys, not the same ones again. */
  let quotes: string[];
  let assets: string[];
  let unit2022: string;

  beforeAll(async () => {
    // Fifty whole bodies with their results tables cost more than a client may ask for; this file counts statements, not limits.
    api = await createTestApp({ story: true, env: { GRAPHQL_MAX_COST: String(1_000_000_000) } });
    ids = await seededStoryIds(api);
    quotes = Object.values(ids.quotes);
    assets = Object.values(ids.assets);
    const getty = globalId('Agency', (await api.prisma.agency.findUniqueOrThrow({ where: { slug: 'getty-images' } })).id);
    for (const [i, slug] of PEOPLE.entries()) {
      const person = ids.people[slug];
      const asset = {
        url: `https://media.podium.example/count/${i}.jpg`,
        mimeType: 'image/jpeg',
        supplierId: getty,
        supplierImageId: `count-${i}`,
        peopleShownIds: [person],
      };
      assets.push(
        (await ok(api, `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`, { input: asset }))
          .createMediaAsset.id,
      );
      // Fixture lines for counting, not things these people said.
      const quote = { text: `Count fixture line ${i}`, speakerPersonId: person, context: 'TOLD_REPORTERS', unitId: ids.unit2026 };
      quotes.push(
        (await ok(api, `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`, { input: quote })).createQuote.id,
      );
    }
    unit2022 = globalId(
      'Unit',
      (await api.prisma.unit.findFirstOrThrow({ where: { phase: { event: { competition: { slug: 'beijing-2022' } } } } })).id,
    );
  });
  afterAll(async () => {
    await api.close();
  });

  const person = (i: number) => ids.people[PEOPLE[i % PEOPLE.length]];
  const block = {
    paragraph: (i: number): Block => ({
      type: 'PARAGRAPH',
      paragraph: {
        text: 'Someone skated at the venue in the event.',
        mentions: [
          { start: 0, end: 7, targetType: 'PERSON', targetId: person(i) },
          { start: 22, end: 27, targetType: 'VENUE', targetId: ids.venue },
          { start: 35, end: 40, targetType: 'EVENT', targetId: ids.event2026 },
        ],
      },
    }),
    quote: (i: number): Block => ({ type: 'QUOTE', quote: { quoteId: quotes[i % quotes.length] } }),
    // Alt text on the block: the publish gates refuse a photo without it.
    image: (i: number): Block => ({ type: 'IMAGE', image: { assetId: assets[i % assets.length], altText: `Photo ${i}` } }),
    table: (i: number): Block => ({ type: 'RESULTS_TABLE', resultsTable: { unitId: i % 2 ? unit2022 : ids.unit2026 } }),
    post: (i: number): Block => ({ type: 'SOCIAL_POST', socialPost: { socialPostId: Object.values(ids.posts)[i % 2] } }),
    facts: (i: number): Block => ({
      type: 'FACT_BOX',
      factBox: {
        title: 'Figures',
        items: [
          { label: 'Gap', fact: { kind: 'TIME_DIFFERENCE', resultId: ids.leerdamResult2026, otherResultId: ids.takagiResult2022 } },
          { label: 'Age', fact: { kind: 'AGE', personId: person(i), on: '2026-02-09' } },
        ],
      },
    }),
    heading: (): Block => ({ type: 'HEADING', heading: { text: 'A heading' } }),
  };
  const repeat = (n: number, make: (i: number) => Block[]) => Array.from({ length: n }, (_, i) => make(i)).flat();

  let stories = 0;
  /** Creates and publishes a story through the API; returns its slug. */
  async function publish(blocks: Block[]): Promise<string> {
    const slug = `count-story-${++stories}`;
    const created = (await ok(api, CREATE_ARTICLE, { input: { headline: `Count story ${stories}`, slug, blocks } })).createArticle;
    await ok(api, PUBLISH_ARTICLE, { input: { id: created.id, expectedVersion: created.version } });
    return slug;
  }
  /** Reads over HTTP as an editor; fails when the answer came from another path than the one named. */
  async function readOn(path: 'live' | 'pages', query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...api.adminHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    expect(response.headers.get('x-podium-path')).toBe(path === 'pages' ? 'pages' : null);
    return body.data;
  }
  const read = (slug: string) => async () => (await readOn('live', LIVE_STORY, { slug })).article.body.length as number;

  /**
   * Once the rebuild job has built every page they lead to, stored pages answer either size in
   * the same few lookups: a story's page and the pages it leads to; for a list, its order first.
   */
  async function expectStoredPagesFlat(query: string, small: Record<string, unknown>, large: Record<string, unknown>, ceiling = 2) {
    await untilServedFromPages(api, query, small);
    await untilServedFromPages(api, query, large);
    const onPages = (variables: Record<string, unknown>) => () => readOn('pages', query, variables);
    const smallRange = await api.statementRange(onPages(small));
    const largeRange = await api.statementRange(onPages(large));
    expect(Math.max(smallRange.max, largeRange.max)).toBeLessThanOrEqual(ceiling);
  }

  it('reads a story of 30 paragraphs, quotes and photos with no more statements than one of 3', async () => {
    // The small story holds the widest shapes: a quote from a post (unit and post to load) and a
    // photo without a credit line (credit built from the agency); the large one mixes all shapes.
    const small = await publish([
      block.paragraph(0),
      block.quote(quotes.indexOf(ids.quotes['paul-gold'])),
      block.image(PHOTO_WITHOUT_CREDIT_LINE),
    ]);
    const large = await publish(repeat(10, (i) => [block.paragraph(i), block.quote(i), block.image(i)]));
    expect([await read(small)(), await read(large)()]).toEqual([3, 30]);

    const smallRange = await api.statementRange(read(small));
    const largeRange = await api.statementRange(read(large));
    expect(smallRange.min).toBeGreaterThan(0);
    expect(largeRange.max).toBeLessThanOrEqual(smallRange.max);
    await expectStoredPagesFlat(STORY_PAGE, { slug: small }, { slug: large });
  });

  it('reads a story of 30 blocks of every type with no more statements than one with each type once', async () => {
    const small = await publish([
      block.paragraph(0),
      block.quote(quotes.indexOf(ids.quotes['paul-gold'])),
      block.image(PHOTO_WITHOUT_CREDIT_LINE),
      block.table(0),
      block.post(0),
      block.facts(0),
      block.heading(),
    ]);
    const large = await publish([
      ...repeat(6, (i) => [block.paragraph(i), block.quote(i), block.image(i)]),
      ...repeat(2, (i) => [block.quote(i + 6), block.image(i + 6), block.table(i), block.post(i), block.facts(i), block.heading()]),
    ]);
    expect([await read(small)(), await read(large)()]).toEqual([7, 30]);

    const smallRange = await api.statementRange(read(small));
    const largeRange = await api.statementRange(read(large));
    expect(largeRange.max).toBeLessThanOrEqual(smallRange.max);
    await expectStoredPagesFlat(STORY_PAGE, { slug: small }, { slug: large });
  });

  it('lists 50 stories with their whole bodies with no more statements than 1', async () => {
    while (stories < 24)
      await publish(
        repeat(3, (i) => [
          block.paragraph(stories + i),
          block.quote(stories + i),
          block.image(stories + i),
          block.table(i),
          block.post(i),
          block.facts(stories),
        ]),
      );
    const list = (first: number) => async () => (await readOn('live', LIVE_LIST, { first })).articles.edges.length as number;

    expect(await list(1)()).toBe(1);
    expect(await list(50)()).toBe(25);

    const one = await api.statementRange(list(1));
    const fifty = await api.statementRange(list(50));
    expect(fifty.max).toBeLessThanOrEqual(one.max);
    await expectStoredPagesFlat(LIST, { first: 1 }, { first: 50 }, 3);
  });
});
