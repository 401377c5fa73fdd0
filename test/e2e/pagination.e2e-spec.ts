import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { CREATE_ARTICLE, ok, PUBLISH_ARTICLE, sportsIds } from './story.helpers.js';

interface Page {
  keys: string[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

interface ListCase {
  name: string;
  /** A query taking $first, $after, $last and $before, with `edges { node { …key } }` and pageInfo. */
  query: string;
  field: string;
  key: (node: any) => string;
  size: number;
}

const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const ARGS = '$first: Int, $after: String, $last: Int, $before: String';
const PAGING = 'first: $first, after: $after, last: $last, before: $before';

const CASES: ListCase[] = [
  {
    name: 'people (by name, ties on the name)',
    query: `query(${ARGS}) { people(search: "pager", ${PAGING}) { edges { node { id displayName } } ${PAGE_INFO} } }`,
    field: 'people',
    key: (n) => n.id,
    size: 3,
  },
  {
    name: 'articles (newest first, ties on publishedAt)',
    query: `query(${ARGS}) { articles(filter: { tag: "pager" }, ${PAGING}) { edges { node { id } } ${PAGE_INFO} } }`,
    field: 'articles',
    key: (n) => n.id,
    size: 2,
  },
  {
    name: 'quotes (newest first, undated last)',
    query: `query(${ARGS}) { quotes(filter: { speaker: "jake-paul" }, ${PAGING}) { edges { node { id saidAt } } ${PAGE_INFO} } }`,
    field: 'quotes',
    key: (n) => n.id,
    size: 2,
  },
  {
    name: 'competitions (newest first, ties on startDate)',
    query: `query(${ARGS}) { competitions(${PAGING}) { edges { node { id } } ${PAGE_INFO} } }`,
    field: 'competitions',
    key: (n) => n.id,
    size: 2,
  },
  {
    name: 'NOCs (by code)',
    query: `query(${ARGS}) { nocs(${PAGING}) { edges { node { code } } ${PAGE_INFO} } }`,
    field: 'nocs',
    key: (n) => n.code,
    size: 60,
  },
  {
    name: 'search hits (best first)',
    query: `query(${ARGS}) { search(query: "pager", ${PAGING}) { edges { node { __typename ... on Person { id } ... on Article { id } } } ${PAGE_INFO} } }`,
    field: 'search',
    key: (n) => n.id,
    size: 3,
  },
];

async function page(api: TestApp, list: ListCase, variables: Record<string, unknown>): Promise<Page> {
  const data = (await ok(api, list.query, variables))[list.field];
  return { keys: data.edges.map((e: any) => list.key(e.node)), pageInfo: data.pageInfo };
}

describe('Relay cursor connections: first/after and last/before over the same lists', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
    const sports = await sportsIds(api);
    for (const name of ['Pager Ann', 'Pager Ann', 'Pager Ann', 'Pager Bo', 'Pager Cy', 'Pager Cy', 'Pager Dee']) {
      await ok(api, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
        input: { displayName: name, slug: `${name.toLowerCase().replace(' ', '-')}-${Math.random().toString(36).slice(2, 8)}` },
      });
    }
    for (let i = 0; i < 5; i++) {
      const created = (
        await ok(api, CREATE_ARTICLE, {
          input: { headline: `Pager story ${i}`, tags: ['pager'], blocks: [{ type: 'PARAGRAPH', paragraph: { text: `Story ${i}.` } }] },
        })
      ).createArticle;
      await ok(api, PUBLISH_ARTICLE, { input: { id: created.id, expectedVersion: created.version } });
    }
    // Two stories published in the same millisecond: the id decides between them.
    const tied = await api.prisma.article.findMany({ where: { tags: { has: 'pager' } }, take: 3, orderBy: { slug: 'asc' } });
    await api.prisma.article.updateMany({
      where: { id: { in: tied.map((a) => a.id) } },
      data: { publishedAt: new Date('2026-02-10T10:00:00Z') },
    });
    // Readers list the published snapshots.
    await api.prisma.articlePublication.updateMany({
      where: { articleId: { in: tied.map((a) => a.id) } },
      data: { publishedAt: new Date('2026-02-10T10:00:00Z') },
    });

    const saidAt = ['2026-02-01T10:00:00Z', '2026-02-01T10:00:00Z', '2026-02-02T10:00:00Z', null, null];
    for (const [i, at] of saidAt.entries()) {
      await ok(api, `mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`, {
        input: {
          text: `Pager quote ${i}`,
          context: 'STATEMENT',
          speakerPersonId: sports.people['jake-paul'],
          ...(at ? { saidAt: at } : {}),
        },
      });
    }
    for (const slug of ['pager-cup-a', 'pager-cup-b', 'pager-cup-c']) {
      await ok(api, `mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`, {
        input: { name: slug, slug, kind: 'CUP', startDate: '2025-01-01', endDate: '2025-01-02' },
      });
    }
  });
  afterAll(() => api.close());

  describe.each(CASES)('$name', (list) => {
    let forward: Page[];

    beforeAll(async () => {
      forward = [];
      let after: string | null = null;
      do {
        const current: Page = await page(api, list, { first: list.size, after });
        forward.push(current);
        after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
      } while (after);
    });

    it('pages forwards through more than two pages, each saying what lies before and after it', () => {
      expect(forward.length).toBeGreaterThan(2);
      const all = forward.flatMap((p) => p.keys);
      expect(new Set(all).size).toBe(all.length);
      forward.forEach((p, i) => {
        expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
        expect(p.pageInfo.hasNextPage).toBe(i < forward.length - 1);
      });
    });

    it('pages backwards from the end to the same items in the same order', async () => {
      const backward: Page[] = [];
      let before: string | null = null;
      let first = true;
      while (first || before) {
        first = false;
        const current: Page = await page(api, list, { last: list.size, before });
        backward.unshift(current);
        expect(current.keys.length).toBeLessThanOrEqual(list.size);
        expect(current.pageInfo.hasNextPage).toBe(backward.length > 1);
        before = current.pageInfo.hasPreviousPage ? current.pageInfo.startCursor : null;
      }
      expect(backward.flatMap((p) => p.keys)).toEqual(forward.flatMap((p) => p.keys));
      expect(backward[0].pageInfo.hasPreviousPage).toBe(false);
    });

    it('goes back from any page to the page before it', async () => {
      for (let i = 1; i < forward.length; i++) {
        const back = await page(api, list, { last: list.size, before: forward[i].pageInfo.startCursor });
        expect(back.keys).toEqual(forward[i - 1].keys);
        expect(back.pageInfo).toMatchObject({ hasPreviousPage: i > 1, hasNextPage: true });
      }
    });

    it('reads the items between two cursors', async () => {
      const all = forward.flatMap((p) => p.keys);
      const between = all.slice(list.size, all.length - forward.at(-1)!.keys.length);
      const window = await page(api, list, {
        first: 100,
        after: forward[0].pageInfo.endCursor,
        before: forward.at(-1)!.pageInfo.startCursor,
      });
      expect(window.keys).toEqual(between.slice(0, 100));
      expect(window.pageInfo.hasNextPage).toBe(between.length > 100);
    });
  });

  it.each([
    ['first and last together', { first: 2, last: 2 }, 'last'],
    ['last above the configured cap', { last: 101 }, 'last'],
    ['a forged before cursor', { last: 2, before: 'bm90LWEtY3Vyc29y' }, 'before'],
    ['a before cursor of another list', { last: 2, before: Buffer.from('["NED"]').toString('base64url') }, 'before'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, variables, field) => {
    const response = await api.gql(CASES[0].query, variables);
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions.field).toBe(field);
    expect(response.data).toBeNull();
  });
});
