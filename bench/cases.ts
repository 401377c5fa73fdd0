import type { PreparedData } from './prepare-data.js';
import { COMMON_WORD, SEARCH_PHRASE } from './search-corpus.js';
import type { ServerName } from './servers.js';
import { toGlobalId } from '../src/graphql/relay/global-id.js';

/**
 * What the benchmark measures. Each case prepares request bodies for the real operation and,
 * through `capture`, matching bodies for its in-memory baseline (served by the uncached
 * instance); the load generator picks one body at random per request. A case is measured on
 * each server it targets, beside its baseline when it has one.
 */
export interface CaseContext {
  data: PreparedData;
  /**
   * Runs `body` once on the uncached instance, checks it succeeded (and that the cached
   * instance answers the same), keeps its `data` under `key` for the baseline and returns
   * the baseline's request body, which answers the same `data` from memory.
   */
  capture: (key: string, body: string) => Promise<string>;
}

export interface PreparedCase {
  bodies: string[];
  /** null: no in-memory baseline (search: nothing comparable to serve from memory). */
  baseline: string[] | null;
  /** How requests are chosen, for the report. */
  selection: string;
}

export interface BenchCase {
  name: string;
  targets: ServerName[];
  /** Also time the first body one request at a time on the uncached instance (latency without queueing). */
  sequential?: boolean;
  prepare(ctx: CaseContext): Promise<PreparedCase>;
  /** Also measured on the typed-baseline instance (pages from memory): the page cases. */
  typed?: boolean;
}

const RESULTS_SELECTION = `results { rank rankEqual startGroup competitor { displayName noc { code } person { slug age(on: "2026-02-09") } } displayValue behind medal recordMarks { code } irm }`;

export const UNIT_RESULTS_QUERY = `query($id: ID!) { unit(id: $id) { name resultStatus ${RESULTS_SELECTION} } }`;

export const EVENT_PAGE_QUERY = `{ competition(slug: "milano-cortina-2026") { name event(key: "SSK-W-1000M") { name previousEdition { competition { name } } defendingChampion { displayName } units { name resultStatus ${RESULTS_SELECTION} } } } }`;

/** A story page: every block type with what it points at, the byline and the links. */
export const STORY_PAGE_QUERY = `query($slug: String!) { article(slug: $slug) {
  slug headline summary language section tags publishedAt dateline { place date }
  authors { role person { displayName slug } }
  links { relation target { __typename ... on Person { slug displayName noc { code } } ... on Event { name } ... on Competition { slug name } ... on Unit { name } ... on Venue { slug } ... on Organisation { name } } }
  body { __typename
    ... on ParagraphBlock { position text marks { start end type href } mentions { start end target { __typename ... on Person { slug displayName } ... on Event { name } ... on Competition { slug } } } }
    ... on HeadingBlock { position text level }
    ... on QuoteBlock { position quote { text context saidAt speaker { __typename ... on Person { displayName slug } ... on Organisation { name } } } }
    ... on ImageBlock { position caption credit altText asset { url width height peopleShown { displayName slug } creators { name } supplier { name } } }
    ... on ResultsTableBlock { position columns unit { name results { rank displayValue behind medal competitor { displayName noc { code } } } } }
    ... on SocialPostBlock { position post { url text } }
    ... on FactBoxBlock { position title items { label value } }
    ... on EmbedBlock { position url provider }
  }
} }`;

/** A person page's list of stories: the newest 20 involving one athlete, as a story list shows them. */
export const ARTICLES_BY_PERSON_QUERY = `query($person: String!) { articles(filter: { person: $person }, first: 20) {
  edges { cursor node { slug headline summary publishedAt authors { person { displayName } } leadImage { credit altText asset { url width height } } } }
  pageInfo { hasNextPage endCursor }
} }`;

export const SEARCH_QUERY = `query($query: String!) { search(query: $query, first: 20) {
  edges { score highlight node { __typename ... on Article { slug headline summary publishedAt } ... on Person { slug displayName noc { code } } } }
  pageInfo { hasNextPage endCursor }
} }`;

export const STORY_PAGE_CASE = 'story page';

export const BASELINE_QUERY = 'query($name: String!) { benchBaseline(name: $name) }';

export const body = (query: string, variables?: Record<string, unknown>): string =>
  JSON.stringify(variables ? { query, variables } : { query });

const BOTH: ServerName[] = ['uncached', 'cached'];

/** Captures every body, a few at a time; the baseline bodies come back in the same order. */
async function captureAll(capture: CaseContext['capture'], keys: string[], bodies: string[], concurrency = 8): Promise<string[]> {
  const baseline = new Array<string>(keys.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < keys.length; i = next++) baseline[i] = await capture(keys[i], bodies[i]);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return baseline;
}

const searchCase = (label: string, query: string): BenchCase => ({
  name: `search: ${label}`,
  targets: ['uncached'],
  sequential: true,
  prepare() {
    return Promise.resolve({
      bodies: [body(SEARCH_QUERY, { query })],
      baseline: null,
      selection: `\`search(query: ${JSON.stringify(query)}, first: 20)\`, same request every time`,
    });
  },
});

export const CASES: BenchCase[] = [
  {
    name: 'unit results',
    targets: BOTH,
    typed: true,
    async prepare({ data, capture }) {
      const bodies = data.unitIds.map((id) => body(UNIT_RESULTS_QUERY, { id: toGlobalId('Unit', id) }));
      const baseline = await captureAll(
        capture,
        data.unitIds.map((id) => `unit:${id}`),
        bodies,
      );
      return { bodies, baseline, selection: `random one of ${data.unitIds.length} generated units per request` };
    },
  },
  {
    name: 'milano-cortina-2026 event page',
    targets: BOTH,
    typed: true,
    async prepare({ capture }) {
      const real = body(EVENT_PAGE_QUERY);
      return {
        bodies: [real],
        baseline: [await capture('event-page:milano-cortina-2026', real)],
        selection: 'the demo event, same query every request',
      };
    },
  },
  {
    name: STORY_PAGE_CASE,
    targets: BOTH,
    typed: true,
    async prepare({ data, capture }) {
      const bodies = data.storySlugs.map((slug) => body(STORY_PAGE_QUERY, { slug }));
      const baseline = await captureAll(
        capture,
        data.storySlugs.map((slug) => `story:${slug}`),
        bodies,
      );
      return {
        bodies,
        baseline,
        selection: `\`article(slug)\`, one of ${data.storySlugs.length} pre-built request bodies (one per generated published story) picked at random per request`,
      };
    },
  },
  {
    name: 'articles(filter: { person }, first: 20)',
    targets: BOTH,
    typed: true,
    async prepare({ data, capture }) {
      const people = data.listedPeople.slice(0, 200);
      const bodies = people.map((person) => body(ARTICLES_BY_PERSON_QUERY, { person }));
      const baseline = await captureAll(
        capture,
        people.map((person) => `articles-by-person:${person}`),
        bodies,
      );
      return { bodies, baseline, selection: `one of ${people.length} athletes of the generated stories, picked at random per request` };
    },
  },
];

/** Search cases need the data's rare name, so they are built once it is known. */
export function searchCases(data: PreparedData): BenchCase[] {
  return [
    searchCase(`common word "${COMMON_WORD}"`, COMMON_WORD),
    searchCase('rare full name', data.rareName),
    searchCase('phrase', `"${SEARCH_PHRASE}"`),
    searchCase('name without its diacritics ("odegaard" for Ødegaard)', 'odegaard'),
  ];
}
