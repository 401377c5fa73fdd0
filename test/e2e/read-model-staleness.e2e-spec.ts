import { PublicChangeFeed } from '../../src/read-model/public-change-feed.js';
import { globalId, keyOf } from '../utils/ids.js';
import { liveAnswer, served } from '../utils/pages.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import {
  createPhoto,
  createPhotoCredits,
  createQuote,
  imageBlock,
  mutate,
  paragraph,
  quoteBlock,
  sportsIds,
  story,
  unitResults,
} from './articles-search.helpers.js';

// A published story that shows everything a correction can reach: a person (mentioned,
// quoted, in the results), a quote, a photo credited by the registry's house format, and a
// results table. Each change below is read back at once, on the instance that wrote and on
// another one, and compared with what the live path answers.
const PAGE = `query($slug: String!) { article(slug: $slug) { headline body { __typename
  ... on ParagraphBlock { text mentions { target { __typename ... on Person { displayName } } } }
  ... on QuoteBlock { quote { text speaker { __typename ... on Person { displayName } } } }
  ... on ImageBlock { credit asset { credit creditLine } }
  ... on ResultsTableBlock { unit { results { displayValue recordMarks { code } competitor { displayName person { displayName } } } } }
  ... on FactBoxBlock { items { label value } }
} } }`;
const UNIT = `query($id: ID!) { unit(id: $id) { name results { displayValue recordMarks { code } competitor { displayName } } } }`;

type Config = [name: string, env: Record<string, string>];
const CONFIGS: Config[] = [
  ['response cache off', { RESPONSE_CACHE_TTL_SECONDS: '0' }],
  ['response cache in memory', { RESPONSE_CACHE_TTL_SECONDS: '60' }],
  // CI runs this one against the machine's Redis; nothing else needs Redis.
  ...(process.env.TEST_REDIS_URL
    ? [['response cache in Redis', { RESPONSE_CACHE_TTL_SECONDS: '60', REDIS_URL: process.env.TEST_REDIS_URL }] as Config]
    : []),
];

describe.each(CONFIGS)('stored pages after a write, %s', (name, env) => {
  let writer: TestApp;
  let reader: TestApp;
  let slug: string;
  let quotedAtUnitSlug: string;
  let unitId: string;
  let ids: { leerdam: string; quote: string; asset: string; agency: string };
  const cached = env.RESPONSE_CACHE_TTL_SECONDS !== '0';
  const shared = 'REDIS_URL' in env;

  beforeAll(async () => {
    writer = await createTestApp({ story: true, env: { ...env, JOBS_POLL_INTERVAL_MS: '100' } });
    reader = await createTestApp({ databaseUrl: writer.databaseUrl, env: { ...env, JOBS_POLL_INTERVAL_MS: '100' } });
    const sports = await sportsIds(writer);
    unitId = sports.event['milano-cortina-2026'].unitId;
    const leerdam = sports.person['jutta-leerdam'];
    const credits = await createPhotoCredits(writer);
    const quote = await createQuote(writer, leerdam, 'I skated the race of my life.');
    const photo = await createPhoto(writer, 1, [leerdam], credits);
    ids = { leerdam, quote: quote.id, asset: photo.id, agency: credits.agencyId };
    const [first, second] = await writer.prisma.result.findMany({
      where: { unitId: keyOf(unitId) },
      orderBy: { displayOrder: 'asc' },
      take: 2,
    });
    const margin = {
      type: 'FACT_BOX',
      factBox: {
        title: 'The margin',
        items: [
          {
            label: 'Ahead by',
            fact: { kind: 'TIME_DIFFERENCE', resultId: globalId('Result', first.id), otherResultId: globalId('Result', second.id) },
          },
        ],
      },
    };
    slug = (
      await story(writer, {
        headline: `Leerdam wins (${name})`,
        blocks: [
          paragraph('Jutta Leerdam won the 1000 m.', { 'Jutta Leerdam': leerdam }),
          quoteBlock(quote.id),
          imageBlock(photo.id),
          unitResults(unitId),
          margin,
        ],
      })
    ).slug;
    // Names the unit (a quote said after the race) but shows none of its results.
    const afterRace = await mutate<{ id: string }>(writer, `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`, {
      text: 'The ice was fast today.',
      speakerPersonId: leerdam,
      context: 'TOLD_REPORTERS',
      unitId,
    });
    quotedAtUnitSlug = (await story(writer, { headline: `After the race (${name})`, blocks: [quoteBlock(afterRace.id)] })).slug;
    await served(writer, UNIT, { id: unitId }); // asks for the unit's page
    await writer.pagesSettled();
  });
  afterAll(async () => {
    await reader.close();
    await writer.close();
  });

  /** Both pages read on both instances (warming the caches), each answer equal to the live path's. */
  async function readEverywhere(): Promise<{ page: Record<string, any>; unit: Record<string, any> }> {
    const live = { page: await liveAnswer(writer, PAGE, { slug }), unit: await liveAnswer(writer, UNIT, { id: unitId }) };
    expect(live.page.errors).toBeUndefined();
    for (const api of [writer, reader]) {
      if (cached && !shared && api === reader) await reader.app.get(PublicChangeFeed).sync();
      for (const [query, variables, expected] of [
        [PAGE, { slug }, live.page],
        [UNIT, { id: unitId }, live.unit],
      ] as const) {
        const first = await served(api, query, variables);
        expect(first.body).toEqual(expected);
        const again = await served(api, query, variables);
        expect(again.body).toEqual(expected);
      }
    }
    return { page: live.page.data!.article, unit: live.unit.data!.unit };
  }

  /** Once rebuilt, the pages serve the change from the read model again (or the cache, which keeps what they served). */
  async function servedFromPagesAgain(): Promise<void> {
    await writer.pagesSettled();
    await reader.app.get(PublicChangeFeed).sync();
    for (const api of [writer, reader]) {
      const answer = await served(api, PAGE, { slug });
      expect(answer.path === 'pages' || answer.cache === 'hit').toBe(true);
      expect(answer.body).toEqual(await liveAnswer(writer, PAGE, { slug }));
    }
  }

  const blocks = (page: Record<string, any>, type: string) =>
    (page.body as { __typename: string }[]).filter((b) => b.__typename === type) as any[];
  const leerdamRow = (page: Record<string, any>) =>
    blocks(page, 'ResultsTableBlock')[0].unit.results.find((r: any) => r.competitor.displayName.startsWith('Jutta'));

  it('serves the story and the unit from stored pages, and cached answers equal to the first', async () => {
    await readEverywhere();
    const again = await served(writer, PAGE, { slug });
    if (cached) expect(again.cache).toBe('hit');
    else expect(again.path).toBe('pages');
    // The story's page and, read with it, its results table's unit page: one statement, whatever the story holds.
    expect(await writer.countQueries(() => served(writer, PAGE, { slug }))).toBe(cached ? 0 : 1);
  });

  it('a result correction, the record it sets, and the fact box margin computed from it', async () => {
    const { page: before } = await readEverywhere();
    const quotedAtUnit = await writer.prisma.article.findFirstOrThrow({ where: { slug: quotedAtUnitSlug }, select: { id: true } });
    const quotePage = () =>
      writer.prisma.readDocument.findUniqueOrThrow({
        where: { kind_key: { kind: 'Article', key: quotedAtUnit.id } },
        select: { generation: true, state: true },
      });
    const quotePageBefore = await quotePage();
    expect(quotePageBefore.state).toBe('FRESH');
    const rows = await writer.prisma.result.findMany({ where: { unitId: keyOf(unitId) }, orderBy: { displayOrder: 'asc' } });
    const leerdamResult = rows.find((r) => r.rank === 1)!;
    const unit = await writer.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(unitId) } });
    await mutate(writer, `mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
      unitId,
      expectedVersion: unit.version,
      rows: rows.map((r) => ({
        competitorId: globalId('Competitor', r.competitorId),
        displayOrder: r.displayOrder,
        startGroup: r.startGroup,
        rank: r.rank,
        timeMs: r.id === leerdamResult.id ? 72_280 : r.timeMs,
        timePrecision: r.timePrecision,
        medal: r.medal,
        recordMarks: r.id === leerdamResult.id ? ['WR'] : [],
      })),
    });
    const { page, unit: unitPage } = await readEverywhere();
    expect(leerdamRow(page)).toMatchObject({ displayValue: '1:12.28', recordMarks: [{ code: 'WR' }] });
    // The fact box's margin is computed from the two results: it follows the correction too.
    expect(blocks(page, 'FactBoxBlock')[0].items[0].value).not.toBe(blocks(before, 'FactBoxBlock')[0].items[0].value);
    expect(unitPage.results[0]).toMatchObject({ displayValue: '1:12.28', recordMarks: [{ code: 'WR' }] });
    // The rows changed, not the unit: a story that only names the unit keeps its page.
    expect(await quotePage()).toEqual(quotePageBefore);
    await servedFromPagesAgain();
  });

  it("a person's name, wherever the story shows the person", async () => {
    await readEverywhere();
    const person = await writer.prisma.person.findUniqueOrThrow({ where: { id: keyOf(ids.leerdam) } });
    await mutate(writer, `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`, {
      id: ids.leerdam,
      expectedVersion: person.version,
      displayName: `Jutta Leerdam (${name})`,
    });
    const { page } = await readEverywhere();
    expect(blocks(page, 'ParagraphBlock')[0].mentions[0].target.displayName).toBe(`Jutta Leerdam (${name})`);
    expect(blocks(page, 'QuoteBlock')[0].quote.speaker.displayName).toBe(`Jutta Leerdam (${name})`);
    expect(leerdamRow(page).competitor.person.displayName).toBe(`Jutta Leerdam (${name})`);
    await servedFromPagesAgain();
  });

  it("a quote's text", async () => {
    await readEverywhere();
    const quote = await writer.prisma.quote.findUniqueOrThrow({ where: { id: keyOf(ids.quote) } });
    await mutate(writer, `mutation($input: UpdateQuoteInput!) { updateQuote(input: $input) { version } }`, {
      id: ids.quote,
      expectedVersion: quote.version,
      text: 'I skated the race of my life, and I knew it.',
    });
    const { page } = await readEverywhere();
    expect(blocks(page, 'QuoteBlock')[0].quote.text).toBe('I skated the race of my life, and I knew it.');
    await servedFromPagesAgain();
  });

  it("a photo's credit, then the registry's house format behind another photo's credit", async () => {
    await readEverywhere();
    const asset = await writer.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(ids.asset) } });
    expect(blocks((await readEverywhere()).page, 'ImageBlock')[0].credit).toBe('Photo by Pat Lens/Test Pictures');
    await mutate(writer, `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { version } }`, {
      id: ids.agency,
      expectedVersion: (await writer.prisma.agency.findUniqueOrThrow({ where: { id: keyOf(ids.agency) } })).version,
      creditFormat: '{photographer} / Test Pictures',
    });
    expect(blocks((await readEverywhere()).page, 'ImageBlock')[0].credit).toBe('Pat Lens / Test Pictures');
    await servedFromPagesAgain();
    await mutate(writer, `mutation($input: UpdateMediaAssetInput!) { updateMediaAsset(input: $input) { version } }`, {
      id: ids.asset,
      expectedVersion: asset.version,
      creditLine: 'Pat Lens/Test Pictures via Wire',
    });
    const { page } = await readEverywhere();
    expect(blocks(page, 'ImageBlock')[0]).toMatchObject({
      credit: 'Pat Lens/Test Pictures via Wire',
      asset: { creditLine: 'Pat Lens/Test Pictures via Wire' },
    });
    await servedFromPagesAgain();
  });
});
