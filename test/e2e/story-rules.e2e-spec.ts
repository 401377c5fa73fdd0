import { randomUUID } from 'node:crypto';
import { STORY_SLUG, type StoryIds } from '../../src/seed/demo-story.data.js';
import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { demoUnit, registerPerson, SET_UNIT_RESULTS } from './results-desk.helpers.js';
import { CREATE_ARTICLE, ok, PUBLISH_ARTICLE, seededStoryIds, STORY_PAGE, UPDATE_ARTICLE } from './story.helpers.js';
import { globalId, keyOf } from '../utils/ids.js';

type Block = Record<string, unknown>;

describe('story rules: live results, drafts, bad input, deletes, versions, reference index', () => {
  let api: TestApp;
  let ids: StoryIds;

  beforeAll(async () => {
    api = await createTestApp({ story: true });
    ids = await seededStoryIds(api);
  });
  afterAll(async () => {
    await api.close();
  });

  const page = async (slug = STORY_SLUG) => (await ok(api, STORY_PAGE, { slug })).article;
  const rowCounts = async () => ({
    articles: await api.prisma.article.count(),
    blocks: await api.prisma.articleBlock.count(),
    references: await api.prisma.articleReference.count(),
  });
  const paragraph = (text = 'Jutta Leerdam won.'): Block => ({
    type: 'PARAGRAPH',
    paragraph: { text, mentions: [{ start: 0, end: 13, targetType: 'PERSON', targetId: ids.people['jutta-leerdam'] }] },
  });
  const storyWith = (slug: string, blocks: Block[], extra: Record<string, unknown> = {}) => ({
    input: { headline: `Story ${slug}`, slug, blocks, ...extra },
  });
  const issuePaths = (response: GqlResponse) => ((response.errors?.[0]?.extensions.issues ?? []) as { path: string }[]).map((i) => i.path);

  it('shows a results correction in the published story: times, gaps and the computed fact', async () => {
    const table = (article: any) =>
      article.body.find((b: any) => b.__typename === 'ResultsTableBlock').unit.results.map((r: any) => [r.rank, r.displayValue, r.behind]);
    const fact = (article: any) => article.body.find((b: any) => b.__typename === 'FactBoxBlock').items[0].value;
    const before = await page();
    expect(table(before).slice(0, 2)).toEqual([
      [1, '1:12.31', null],
      [2, '1:12.59', '+0.28'],
    ]);
    expect(fact(before)).toBe('0.88 s');

    // OFFICIAL needs every rank and time: the fifth skater and Jackson's time are test fixtures, not reported facts.
    const unit = await demoUnit(api);
    const fifth = await registerPerson(api, unit.eventId, 'Fixture Skater', 'CAN');
    const c = unit.competitor;
    const rows = [
      { competitorId: c['jutta-leerdam'], displayOrder: 1, startGroup: 15, rank: 1, timeMs: 72300, medal: 'GOLD', recordMarks: ['OR'] },
      { competitorId: c['femke-kok'], displayOrder: 2, startGroup: 14, rank: 2, timeMs: 72590, medal: 'SILVER' },
      { competitorId: c['miho-takagi'], displayOrder: 3, startGroup: 15, rank: 3, timeMs: 73950, medal: 'BRONZE' },
      { competitorId: c['brittany-bowe'], displayOrder: 4, startGroup: 14, rank: 4, timeMs: 74550 },
      { competitorId: fifth, displayOrder: 5, rank: 5, timeMs: 74700 },
      { competitorId: c['erin-jackson'], displayOrder: 6, rank: 6, timeMs: 75120 },
    ];
    const version = (await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(unit.unitId) } })).version;
    await ok(api, SET_UNIT_RESULTS, { input: { unitId: unit.unitId, expectedVersion: version, resultStatus: 'OFFICIAL', rows } });

    const after = await page();
    expect(table(after)).toEqual([
      [1, '1:12.30', null],
      [2, '1:12.59', '+0.29'],
      [3, '1:13.95', '+1.65'],
      [4, '1:14.55', '+2.25'],
      [5, '1:14.70', '+2.40'],
      [6, '1:15.12', '+2.82'],
    ]);
    expect(fact(after)).toBe('0.89 s');
  });

  it('keeps a draft out of article(slug) until it is published', async () => {
    const draft = (await ok(api, CREATE_ARTICLE, storyWith('draft-story', [paragraph()]))).createArticle;
    expect(draft.status).toBe('DRAFT');
    expect(await api.gql(STORY_PAGE, { slug: 'draft-story' })).toMatchObject({ data: { article: null }, errors: undefined });
    await ok(api, PUBLISH_ARTICLE, { input: { id: draft.id, expectedVersion: draft.version } });
    expect((await page('draft-story')).body).toHaveLength(1);
  });

  const missing = randomUUID();
  const TYPE_OF: Record<string, string> = {
    EVENT: 'Event',
    MEDIA_ASSET: 'MediaAsset',
    PERSON: 'Person',
    QUOTE: 'Quote',
    SOCIAL_POST: 'SocialPost',
    UNIT: 'Unit',
    VENUE: 'Venue',
  };
  it.each<[string, string, string, () => Record<string, unknown>]>([
    [
      'a mention span outside the text',
      'BAD_USER_INPUT',
      'input.blocks.1.paragraph.mentions.0.end',
      () =>
        storyWith('bad-span', [
          paragraph(),
          {
            type: 'PARAGRAPH',
            paragraph: { text: 'Short.', mentions: [{ start: 0, end: 40, targetType: 'PERSON', targetId: ids.people['femke-kok'] }] },
          },
        ]),
    ],
    [
      'a missing quote',
      'BAD_USER_INPUT',
      'input.blocks.1.quote.quoteId',
      () => storyWith('bad-quote', [paragraph(), { type: 'QUOTE', quote: { quoteId: globalId('Quote', missing) } }]),
    ],
    [
      'a missing asset',
      'BAD_USER_INPUT',
      'input.blocks.1.image.assetId',
      () => storyWith('bad-asset', [paragraph(), { type: 'IMAGE', image: { assetId: globalId('MediaAsset', missing) } }]),
    ],
    [
      'a missing unit',
      'BAD_USER_INPUT',
      'input.blocks.1.resultsTable.unitId',
      () => storyWith('bad-unit', [paragraph(), { type: 'RESULTS_TABLE', resultsTable: { unitId: globalId('Unit', missing) } }]),
    ],
    [
      'a mention of a missing person',
      'BAD_USER_INPUT',
      'input.blocks.1.paragraph.mentions.0.targetId',
      () =>
        storyWith('bad-person', [
          paragraph(),
          {
            type: 'PARAGRAPH',
            paragraph: { text: 'Nobody.', mentions: [{ start: 0, end: 6, targetType: 'PERSON', targetId: globalId('Person', missing) }] },
          },
        ]),
    ],
    [
      'an image block without an asset',
      'BAD_USER_INPUT',
      'input.blocks.1.image',
      () => storyWith('bad-image', [paragraph(), { type: 'IMAGE' }]),
    ],
    ['an empty headline', 'BAD_USER_INPUT', 'input.headline', () => storyWith('bad-headline', [paragraph()], { headline: '' })],
    ['a malformed slug', 'BAD_USER_INPUT', 'input.slug', () => storyWith('Not A Slug!', [paragraph()])],
    ['a taken slug', 'SLUG_TAKEN', 'input.slug', () => storyWith(STORY_SLUG, [paragraph()])],
  ])('refuses %s with %s naming %s, writing nothing', async (_name, code, path, variables) => {
    const before = await rowCounts();
    const response = await api.gql(CREATE_ARTICLE, variables());
    expect(errorCodes(response)).toEqual([code]);
    expect([...issuePaths(response), response.errors![0].extensions.field]).toContain(path);
    expect(response.data).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an unknown block type as a GraphQL input error naming the field, writing nothing', async () => {
    const before = await rowCounts();
    const response = await api.gql(CREATE_ARTICLE, storyWith('bad-type', [{ type: 'VIDEO', paragraph: { text: 'x' } }]));
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].message).toMatch(/input\.blocks\[0\]\.type.*"VIDEO".*BlockType/);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['deleteQuote', 'leerdam-stand', (i: StoryIds) => i.quotes['leerdam-stand']],
    ['deleteMediaAsset', 'the Getty photo', (i: StoryIds) => i.assets['leerdam-celebrates']],
    ['deleteSocialPost', 'the first post', (i: StoryIds) => i.posts['paul-gold']],
  ])('%s refuses to delete %s while the story uses it, naming the story', async (mutation, _what, idOf) => {
    const response = await api.gql(`mutation($id: ID!) { ${mutation}(id: $id) }`, { id: idOf(ids) });
    expect(errorCodes(response)).toEqual(['REFERENCED']);
    expect(response.errors![0].extensions.articles).toEqual([STORY_SLUG]);
    expect(await api.prisma.articleReference.count({ where: { targetId: keyOf(idOf(ids)) } })).toBeGreaterThan(0);
  });

  it('deletes a quote no story uses', async () => {
    const response = await api.gql(`mutation($id: ID!) { deleteQuote(id: $id) }`, { id: ids.quotes['derksen-diva'] });
    expect(response.data).toEqual({ deleteQuote: ids.quotes['derksen-diva'] });
  });

  it('refuses a save based on a stale version with VERSION_CONFLICT and keeps the story as it was', async () => {
    const story = await api.prisma.article.findUniqueOrThrow({ where: { slug: STORY_SLUG } });
    const response = await api.gql(UPDATE_ARTICLE, {
      input: { id: globalId('Article', story.id), expectedVersion: story.version - 1, headline: 'A stale headline' },
    });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors![0].extensions).toMatchObject({ expectedVersion: story.version - 1, currentVersion: story.version });
    expect(await api.prisma.article.findUniqueOrThrow({ where: { slug: STORY_SLUG } })).toMatchObject({
      headline: story.headline,
      version: story.version,
    });
  });

  it('indexes every quote, photo, unit, post and mention a save references, and drops those an update removes', async () => {
    const blocks: Block[] = [
      {
        type: 'PARAGRAPH',
        paragraph: {
          text: 'Jutta Leerdam won at the Milano Speed Skating Stadium.',
          mentions: [
            { start: 0, end: 13, targetType: 'PERSON', targetId: ids.people['jutta-leerdam'] },
            { start: 25, end: 53, targetType: 'VENUE', targetId: ids.venue },
          ],
        },
      },
      { type: 'QUOTE', quote: { quoteId: ids.quotes['kok-best'] } },
      { type: 'IMAGE', image: { assetId: ids.assets['paul-in-the-stands'] } },
      { type: 'RESULTS_TABLE', resultsTable: { unitId: ids.unit2026 } },
      { type: 'SOCIAL_POST', socialPost: { socialPostId: ids.posts['paul-proud'] } },
      {
        type: 'FACT_BOX',
        factBox: {
          title: 'Figures',
          items: [{ label: 'Age', fact: { kind: 'AGE', personId: ids.people['femke-kok'], on: '2026-02-09' } }],
        },
      },
    ];
    const links = [{ relation: 'ABOUT', targetType: 'EVENT', targetId: ids.event2026 }];
    const created = (await ok(api, CREATE_ARTICLE, storyWith('indexed-story', blocks, { links }))).createArticle;
    const index = async () =>
      (await api.prisma.articleReference.findMany({ where: { articleId: keyOf(created.id) } }))
        // The index holds row keys; the API's ids stand for them here.
        .map((r) => [r.targetType, globalId(TYPE_OF[r.targetType], r.targetId), r.kind, r.blockPosition].join(' '))
        .sort();
    expect(await index()).toEqual(
      [
        `EVENT ${ids.event2026} ABOUT -1`,
        `MEDIA_ASSET ${ids.assets['paul-in-the-stands']} IMAGE_BLOCK 2`,
        `PERSON ${ids.people['femke-kok']} FACT_BOX 5`,
        `PERSON ${ids.people['jutta-leerdam']} MENTION 0`,
        `QUOTE ${ids.quotes['kok-best']} QUOTE_BLOCK 1`,
        `SOCIAL_POST ${ids.posts['paul-proud']} SOCIAL_POST_BLOCK 4`,
        `UNIT ${ids.unit2026} RESULTS_BLOCK 3`,
        `VENUE ${ids.venue} MENTION 0`,
      ].sort(),
    );

    // Dropping the quote and the post moves the blocks after them up.
    await ok(api, UPDATE_ARTICLE, {
      input: { id: created.id, expectedVersion: created.version, blocks: [blocks[0], blocks[2], blocks[3], blocks[5]] },
    });
    expect(await index()).toEqual(
      [
        `EVENT ${ids.event2026} ABOUT -1`,
        `MEDIA_ASSET ${ids.assets['paul-in-the-stands']} IMAGE_BLOCK 1`,
        `PERSON ${ids.people['femke-kok']} FACT_BOX 3`,
        `PERSON ${ids.people['jutta-leerdam']} MENTION 0`,
        `UNIT ${ids.unit2026} RESULTS_BLOCK 2`,
        `VENUE ${ids.venue} MENTION 0`,
      ].sort(),
    );
  });
});
