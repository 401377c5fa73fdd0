// Shared by the story e2e files: building the demo story through the API, and the story page query.
import { AGENCIES, PHOTO_LOCATION, PHOTOS, POSTS, QUOTES, type StoryIds } from '../../src/seed/demo-story.data.js';
import { storyInput } from '../../src/seed/demo-story.input.js';
import type { TestApp } from '../utils/test-app.js';
import { globalId } from '../utils/ids.js';

/** Runs an operation that must succeed and returns its data. */
export async function ok(api: TestApp, query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await api.gql(query, variables);
  if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** GraphQL's Date scalar wants "2026-02-09"; the inputs hold Date objects, as the server hands them to services. */
export function asVariables(value: unknown): any {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(asVariables);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asVariables(v)]));
  return value;
}

const SPORTS = `{
  milano: competition(slug: "milano-cortina-2026") { id event(key: "SSK-W-1000M") { id units { id venue { id } results { id competitor { person { slug } } } } } }
  beijing: competition(slug: "beijing-2022") { id event(key: "SSK-W-1000M") { units { results { id competitor { person { slug } } } } } }
  people(first: 100) { edges { node { id slug } } }
}`;

export type SportsIds = Omit<StoryIds, 'quotes' | 'posts' | 'assets'>;

/** The ids of the demo sports graph, read through the API as an editor's tool would. */
export async function sportsIds(api: TestApp): Promise<SportsIds> {
  const { milano, beijing, people } = await ok(api, SPORTS);
  const [final2026] = milano.event.units;
  const [final2022] = beijing.event.units;
  const resultOf = (unit: any, slug: string) => unit.results.find((r: any) => r.competitor.person?.slug === slug).id;
  return {
    people: Object.fromEntries(people.edges.map((e: any) => [e.node.slug, e.node.id])),
    competitions: { 'milano-cortina-2026': milano.id, 'beijing-2022': beijing.id },
    event2026: milano.event.id,
    unit2026: final2026.id,
    venue: final2026.venue.id,
    leerdamResult2026: resultOf(final2026, 'jutta-leerdam'),
    takagiResult2022: resultOf(final2022, 'miho-takagi'),
  };
}

export const CREATE_ARTICLE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug version status } }`;
export const UPDATE_ARTICLE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id slug version status } }`;
export const PUBLISH_ARTICLE = `mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id slug version status publishedAt } }`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
const CREATE_ASSET = `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { id } }`;
const CREATE_QUOTE = `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`;

/** Credits, photos, posts and quotes of the demo story, created through mutations; returns every id the story needs. */
export async function createStoryMaterial(api: TestApp, sports: SportsIds): Promise<StoryIds> {
  const agencies: Record<string, string> = {};
  for (const agency of AGENCIES) agencies[agency.slug] = (await ok(api, CREATE_AGENCY, { input: agency })).createAgency.id;

  const assets = {} as StoryIds['assets'];
  for (const { key, supplier, peopleShown, ...fields } of PHOTOS) {
    const input = {
      ...fields,
      ...PHOTO_LOCATION,
      supplierId: agencies[supplier],
      eventId: sports.event2026,
      peopleShownIds: peopleShown.map((slug) => sports.people[slug]),
    };
    assets[key] = (await ok(api, CREATE_ASSET, { input })).createMediaAsset.id;
  }

  const posts = {} as StoryIds['posts'];
  for (const { key, author, ...fields } of POSTS) {
    posts[key] = (await ok(api, CREATE_POST, { input: { ...fields, authorPersonId: sports.people[author] } })).createSocialPost.id;
  }

  const quotes = {} as StoryIds['quotes'];
  for (const { key, speaker, aboutFinal, post, ...fields } of QUOTES) {
    const input = {
      ...fields,
      speakerPersonId: sports.people[speaker],
      ...(aboutFinal ? { unitId: sports.unit2026 } : {}),
      ...(post ? { socialPostId: posts[post], saidAt: POSTS.find((p) => p.key === post)!.postedAt } : {}),
    };
    quotes[key] = (await ok(api, CREATE_QUOTE, { input })).createQuote.id;
  }
  return { ...sports, quotes, posts, assets };
}

/** The whole demo story through the API: material, createArticle with every block, publishArticle. */
export async function buildDemoStory(
  api: TestApp,
): Promise<{ ids: StoryIds; article: { id: string; slug: string; version: number; status: string } }> {
  const ids = await createStoryMaterial(api, await sportsIds(api));
  const created = (await ok(api, CREATE_ARTICLE, { input: asVariables(storyInput(ids)) })).createArticle;
  const published = (await ok(api, PUBLISH_ARTICLE, { input: { id: created.id, expectedVersion: created.version } })).publishArticle;
  return { ids, article: published };
}

/** What a story page asks for: every block type and what it points at, down to the result rows' competitors. */
export const STORY_PAGE_FIELDS = `
  slug headline summary
  body {
    __typename
    ... on ParagraphBlock { text mentions { start end target { __typename ... on Person { slug noc { code } } ... on Venue { slug } ... on Event { name } ... on Competition { slug } } } }
    ... on QuoteBlock { quote { text context speaker { __typename ... on Person { slug displayName } ... on Organisation { name } } unit { name } socialPost { url } } }
    ... on ImageBlock { caption credit altText asset { url peopleShown { slug } supplier { slug } creators { name } event { name } } }
    ... on ResultsTableBlock { columns unit { results { rank displayValue behind medal competitor { displayName person { slug } noc { code } } recordMarks { code } } } }
    ... on SocialPostBlock { post { platform url authorHandle text author { slug } } }
    ... on FactBoxBlock { title items { label kind value } }
  }
  links { relation target { __typename ... on Person { slug } ... on Event { name } ... on Venue { slug } ... on Competition { slug } } }
`;

export const STORY_PAGE = `query($slug: String!) { article(slug: $slug) { ${STORY_PAGE_FIELDS} } }`;

/** The material of the seeded demo story, found by the natural keys the seed uses. */
export async function seededStoryIds(api: TestApp): Promise<StoryIds> {
  const db = api.prisma;
  const assets = await db.mediaAsset.findMany({ where: { supplierImageId: { in: PHOTOS.map((p) => p.supplierImageId) } } });
  const posts = await db.socialPost.findMany({ where: { url: { in: POSTS.map((p) => p.url) } } });
  const quotes = await db.quote.findMany({ where: { text: { in: QUOTES.map((q) => q.text) } }, include: { speakerPerson: true } });
  const find = <T extends { id: string }>(rows: T[], match: (row: T) => boolean, what: string, type: string): string => {
    const row = rows.find(match);
    if (!row) throw new Error(`seeded story: no ${what}`);
    return globalId(type, row.id);
  };
  return {
    ...(await sportsIds(api)),
    assets: Object.fromEntries(
      PHOTOS.map((p) => [p.key, find(assets, (a) => a.supplierImageId === p.supplierImageId, p.key, 'MediaAsset')]),
    ) as StoryIds['assets'],
    posts: Object.fromEntries(POSTS.map((p) => [p.key, find(posts, (row) => row.url === p.url, p.key, 'SocialPost')])) as StoryIds['posts'],
    quotes: Object.fromEntries(
      QUOTES.map((q) => [q.key, find(quotes, (row) => row.text === q.text && row.speakerPerson?.slug === q.speaker, q.key, 'Quote')]),
    ) as StoryIds['quotes'],
  };
}
