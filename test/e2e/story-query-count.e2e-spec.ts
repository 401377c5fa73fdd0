import type { StoryIds } from '../../src/seed/demo-story.data.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { CREATE_ARTICLE, ok, PUBLISH_ARTICLE, seededStoryIds, STORY_PAGE, STORY_PAGE_FIELDS } from './story.helpers.js';
import { globalId } from '../utils/ids.js';

type Block = Record<string, unknown>;

const PEOPLE = ['jutta-leerdam', 'femke-kok', 'miho-takagi', 'brittany-bowe', 'erin-jackson', 'jake-paul', 'johan-derksen'];
/** The seeded photos (0-2) carry their agency's credit line; the ones added here do not. */
const PHOTO_WITHOUT_CREDIT_LINE = 3;
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
  const read = (slug: string) => async () => {
    const response = await api.gql(STORY_PAGE, { slug });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.article.body.length;
  };

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
    const list = (first: number) => async () => {
      const response = await api.gql(LIST, { first });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!.articles.edges.length;
    };
    expect(await list(1)()).toBe(1);
    expect(await list(50)()).toBe(25);

    const one = await api.statementRange(list(1));
    const fifty = await api.statementRange(list(50));
    expect(fifty.max).toBeLessThanOrEqual(one.max);
  });
});
