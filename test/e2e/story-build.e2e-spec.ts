import { STORY_SLUG } from '../../src/seed/demo-story.data.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { buildDemoStory } from './story.helpers.js';

// The frontend's contract, verbatim.
const CONTRACT = `{
  article(slug: "leerdam-wins-olympic-1000m-gold") {
    headline
    summary
    jsonLd
    body {
      __typename
      ... on ParagraphBlock { text mentions { start end target { __typename ... on Person { slug } } } }
      ... on QuoteBlock { quote { text context speaker { __typename ... on Person { slug } } } }
      ... on ImageBlock { caption credit altText asset { peopleShown { slug } } }
      ... on ResultsTableBlock { unit { results { rank displayValue behind medal } } }
      ... on SocialPostBlock { post { platform url authorHandle } }
    }
  }
  search(query: "leerdam", first: 5) {
    edges { node { __typename ... on Article { slug headline } ... on Person { slug displayName } } }
  }
}`;

// The contract plus what the page also shows: mention targets of every kind, records, fact box, links.
const PAGE = `{
  article(slug: "leerdam-wins-olympic-1000m-gold") {
    slug status section language dateline { place date }
    headline
    summary
    jsonLd
    body {
      __typename
      ... on ParagraphBlock { text mentions { start end target { __typename ... on Person { slug } ... on Venue { slug } ... on Event { name competition { slug } } ... on Competition { slug } } } }
      ... on QuoteBlock { quote { text context speaker { __typename ... on Person { slug } } unit { name } socialPost { url } } }
      ... on ImageBlock { caption credit altText asset { peopleShown { slug } supplier { slug } city countryIso2 dateCreated width height mimeType } }
      ... on ResultsTableBlock { columns unit { results { rank displayValue behind medal competitor { person { slug } noc { code } } recordMarks { code } } } }
      ... on SocialPostBlock { post { platform url authorHandle text author { slug } } }
      ... on FactBoxBlock { title items { label kind value } }
    }
    links { relation target { __typename ... on Person { slug } ... on Event { name } ... on Venue { slug } ... on Competition { slug } } }
  }
  search(query: "leerdam", first: 5) {
    edges { node { __typename ... on Article { slug headline } ... on Person { slug displayName } } }
  }
}`;

const blocksOf = (body: any[], typename: string) => body.filter((block) => block.__typename === typename);
const targetKey = (target: any) => target.slug ?? target.name;

describe('story build: an editor writes the demo story through the API, a frontend reads it in one query', () => {
  let api: TestApp;
  let page: Record<string, any>;

  beforeAll(async () => {
    api = await createTestApp();
    expect(await api.prisma.article.count()).toBe(0);
    const { article } = await buildDemoStory(api);
    expect(article).toMatchObject({ slug: STORY_SLUG, status: 'PUBLISHED', version: 2 });
    const response = await api.gql(PAGE);
    expect(response.errors).toBeUndefined();
    page = response.data!;
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers the contract query as written', async () => {
    const response = await api.gql(CONTRACT);
    expect(response.errors).toBeUndefined();
    expect(response.data!.article.body).toHaveLength(page.article.body.length);
    expect(response.data!.article.jsonLd).toEqual(page.article.jsonLd);
  });

  it('serves the story with its headline, dateline, section and JSON-LD', () => {
    const { article } = page;
    expect(article).toMatchObject({
      slug: STORY_SLUG,
      status: 'PUBLISHED',
      section: 'speed-skating',
      language: 'en',
      dateline: { place: 'MILAN', date: '2026-02-09' },
    });
    expect(article.headline).toMatch(/Leerdam/);
    expect(article.summary).toMatch(/1:12\.31/);
    expect(article.jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: article.headline });
  });

  it('lays the body out as paragraphs, quotes, images, the results table, posts and a fact box', () => {
    const counts = Object.fromEntries(
      ['ParagraphBlock', 'QuoteBlock', 'ImageBlock', 'ResultsTableBlock', 'SocialPostBlock', 'FactBoxBlock'].map((t) => [
        t,
        blocksOf(page.article.body, t).length,
      ]),
    );
    expect(counts).toEqual({ ParagraphBlock: 8, QuoteBlock: 6, ImageBlock: 3, ResultsTableBlock: 1, SocialPostBlock: 2, FactBoxBlock: 1 });
  });

  it('resolves every mention to its entity at the offsets of the name in the text', () => {
    const paragraphs = blocksOf(page.article.body, 'ParagraphBlock');
    const mentions = paragraphs.flatMap((p) =>
      p.mentions.map((m: any) => [p.text.slice(m.start, m.end), m.target.__typename, targetKey(m.target)]),
    );
    expect(mentions).toEqual([
      ['Jutta Leerdam', 'Person', 'jutta-leerdam'],
      ['Milano Speed Skating Stadium', 'Venue', 'milano-speed-skating-stadium'],
      ["women's 1000 m", 'Event', "Women's 1000m"],
      ['Milano Cortina Games', 'Competition', 'milano-cortina-2026'],
      ['Femke Kok', 'Person', 'femke-kok'],
      ['Erin Jackson', 'Person', 'erin-jackson'],
      ['Leerdam', 'Person', 'jutta-leerdam'],
      ['Miho Takagi', 'Person', 'miho-takagi'],
      ['Leerdam', 'Person', 'jutta-leerdam'],
      ['Beijing 2022', 'Competition', 'beijing-2022'],
      ['Brittany Bowe', 'Person', 'brittany-bowe'],
      ['Kok', 'Person', 'femke-kok'],
      ['Erin Jackson', 'Person', 'erin-jackson'],
      ['Leerdam', 'Person', 'jutta-leerdam'],
      ['Kok', 'Person', 'femke-kok'],
      ['Jake Paul', 'Person', 'jake-paul'],
      ['Leerdam', 'Person', 'jutta-leerdam'],
      ['Leerdam', 'Person', 'jutta-leerdam'],
      ['Johan Derksen', 'Person', 'johan-derksen'],
    ]);
    expect(paragraphs[0].mentions[0]).toMatchObject({ start: 0, end: 13 });
    expect(paragraphs[0].mentions[2].target.competition).toEqual({ slug: 'milano-cortina-2026' });
  });

  it('shows the live results of the 2026 final with times, gaps, medals and the Olympic record', () => {
    const [table] = blocksOf(page.article.body, 'ResultsTableBlock');
    expect(table.columns).toEqual(['RANK', 'COMPETITOR', 'NOC', 'VALUE', 'BEHIND', 'MEDAL', 'RECORDS']);
    expect(
      table.unit.results.map((r: any) => [
        r.rank,
        r.competitor.person.slug,
        r.competitor.noc.code,
        r.displayValue,
        r.behind,
        r.medal,
        r.recordMarks.map((m: any) => m.code),
      ]),
    ).toEqual([
      [1, 'jutta-leerdam', 'NED', '1:12.31', null, 'GOLD', ['OR']],
      [2, 'femke-kok', 'NED', '1:12.59', '+0.28', 'SILVER', []],
      [3, 'miho-takagi', 'JPN', '1:13.95', '+1.64', 'BRONZE', []],
      [null, 'brittany-bowe', 'USA', '1:14.55', '+2.24', null, []],
      [6, 'erin-jackson', 'USA', null, null, null, []],
    ]);
  });

  it('attributes each quote to its speaker, told to reporters after the final', () => {
    const quotes = blocksOf(page.article.body, 'QuoteBlock').map((b) => b.quote);
    expect(quotes.map((q) => [q.speaker.__typename, q.speaker.slug, q.context, q.unit?.name])).toEqual([
      ...Array(4).fill(['Person', 'jutta-leerdam', 'TOLD_REPORTERS', 'Final']),
      ...Array(2).fill(['Person', 'femke-kok', 'TOLD_REPORTERS', 'Final']),
    ]);
    expect(quotes.map((q) => q.text)).toContain('You have 80 years to recover from this');
    expect(quotes.map((q) => q.text)).toContain('Jutta was just better, a lot of respect to her.');
  });

  it('prints the verbatim agency credits, captions, alt texts and the people shown', () => {
    const images = blocksOf(page.article.body, 'ImageBlock');
    expect(images.map((b) => [b.credit, b.asset.supplier.slug, b.asset.peopleShown.map((p: any) => p.slug)])).toEqual([
      ['Getty Images', 'getty-images', ['jutta-leerdam']],
      ['AP', 'associated-press', ['jake-paul']],
      ['AFP via Getty Images', 'afp-via-getty-images', ['jutta-leerdam']],
    ]);
    for (const image of images) {
      expect(image.caption).toMatch(/Milan/);
      expect(image.altText).toBeTruthy();
      expect(image.asset).toMatchObject({
        city: 'Milan',
        countryIso2: 'IT',
        dateCreated: '2026-02-09T00:00:00.000Z',
        mimeType: 'image/jpeg',
      });
    }
  });

  it("embeds Jake Paul's two posts on X, each also stored as his quote", async () => {
    const posts = blocksOf(page.article.body, 'SocialPostBlock').map((b) => b.post);
    expect(posts.map((p) => [p.platform, p.authorHandle, p.author.slug, p.text])).toEqual([
      ['X', '@jakepaul', 'jake-paul', 'You did it my love. Olympic Gold.'],
      ['X', '@jakepaul', 'jake-paul', 'words cant describe how proud of you i am'],
    ]);
    for (const post of posts) expect(post.url).toMatch(/^https:\/\/x\.com\/jakepaul\/status\/\d+$/);
    const quotes = await api.prisma.quote.findMany({
      where: { context: 'SOCIAL_POST' },
      include: { socialPost: true, speakerPerson: true },
    });
    expect(quotes.map((q) => [q.speakerPerson!.slug, q.socialPost!.url]).sort()).toEqual(posts.map((p) => ['jake-paul', p.url]).sort());
  });

  it('computes the fact box: 0.88 s faster than Takagi in 2022, and Leerdam 27 on race day', () => {
    const [box] = blocksOf(page.article.body, 'FactBoxBlock');
    expect(box.items.map((i: any) => [i.kind, i.value])).toEqual([
      ['TIME_DIFFERENCE', '0.88 s'],
      ['AGE', '27'],
    ]);
  });

  it('links the story ABOUT the event and the medallists and as MENTIONS to the others', () => {
    const links = page.article.links.map((l: any) => [l.relation, l.target.__typename, targetKey(l.target)]);
    expect(links.filter((l: any) => l[0] === 'ABOUT')).toEqual([
      ['ABOUT', 'Event', "Women's 1000m"],
      ['ABOUT', 'Person', 'jutta-leerdam'],
      ['ABOUT', 'Person', 'femke-kok'],
      ['ABOUT', 'Person', 'miho-takagi'],
    ]);
    expect(links.filter((l: any) => l[0] === 'MENTIONS').map((l: any) => l[2])).toEqual([
      'brittany-bowe',
      'erin-jackson',
      'jake-paul',
      'johan-derksen',
      'milano-speed-skating-stadium',
      'milano-cortina-2026',
      'beijing-2022',
    ]);
  });

  it('finds the story and Leerdam herself when searching for "leerdam"', () => {
    const nodes = page.search.edges.map((e: any) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        { __typename: 'Article', slug: STORY_SLUG, headline: page.article.headline },
        { __typename: 'Person', slug: 'jutta-leerdam', displayName: 'Jutta Leerdam' },
      ]),
    );
  });
});
