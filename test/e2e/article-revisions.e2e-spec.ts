import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';
import { README } from '../utils/readme-operations.js';

const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id version } }`;
const REVISIONS = `query($id: ID!, $first: Int, $after: String) {
  articleRevision(id: $id) {
    article {
      id version
      revisions(first: $first, after: $after) {
        edges { node { id version reason authorName createdAt restoredFrom { id version } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;
const REVISION = `query($id: ID!) {
  articleRevision(id: $id) {
    id version reason authorName
    content { headline summary tags body { id type text data } }
  }
}`;
const COMPARE = `query($from: ID!, $to: ID!) {
  compareArticleRevisions(from: $from, to: $to) {
    from { id version } to { id version }
    fields { field before after segments { kind text } }
    blocks { kind type beforeIndex afterIndex before { id text } after { id text } segments { kind text } }
  }
}`;

const paragraph = (text: string) => ({ type: 'PARAGRAPH', paragraph: { text } });
const heading = (text: string) => ({ type: 'HEADING', heading: { text } });

describe('story revisions', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  /** The revisions of the story, newest first, read through any one of its revisions. */
  async function revisionsOf(articleId: string) {
    const [latest] = await api.prisma.articleRevision.findMany({ where: { articleId: keyOf(articleId) }, take: 1 });
    const response = await api.gql(REVISIONS, { id: globalId('ArticleRevision', latest.id), first: 50 });
    expect(response.errors).toBeUndefined();
    return response.data!.articleRevision.article.revisions.edges.map((e: any) => e.node);
  }

  async function story(slug: string, blocks: unknown[], as: 'ADMIN' | 'EDITOR' | 'WRITER' = 'ADMIN') {
    const response = await api.gqlAs(as, CREATE, { input: { headline: `Story ${slug}`, slug, summary: 'First summary', blocks } });
    expect(response.errors).toBeUndefined();
    return response.data!.createArticle as { id: string; version: number };
  }

  async function save(as: 'ADMIN' | 'EDITOR' | 'WRITER', input: Record<string, unknown>) {
    const response = await api.gqlAs(as, UPDATE, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.updateArticle as { id: string; version: number };
  }

  it('appends a revision on create and on every save, with its author and version', async () => {
    const created = await story('revisions-append', [paragraph('Leerdam won.')], 'WRITER');
    const saved = await save('EDITOR', { id: created.id, expectedVersion: created.version, headline: 'Leerdam wins gold' });
    await save('EDITOR', { id: created.id, expectedVersion: saved.version, blocks: [paragraph('Leerdam won gold.')] });

    const revisions = await revisionsOf(created.id);
    const names = await api.prisma.user.findMany({ where: { id: { in: [api.users.WRITER.id, api.users.EDITOR.id] } } });
    const nameOf = (id: string) => names.find((u) => u.id === id)!.displayName;
    expect(revisions.map((r: any) => [r.version, r.reason, r.authorName])).toEqual([
      [3, 'SAVED', nameOf(api.users.EDITOR.id)],
      [2, 'SAVED', nameOf(api.users.EDITOR.id)],
      [1, 'CREATED', nameOf(api.users.WRITER.id)],
    ]);
    // A partial save still records the whole story: the headline save kept the body, the body save the headline.
    const second = (await api.gql(REVISION, { id: revisions[1].id })).data!.articleRevision;
    expect(second.content).toMatchObject({ headline: 'Leerdam wins gold', summary: 'First summary' });
    expect(second.content.body.map((b: any) => [b.type, b.text])).toEqual([['PARAGRAPH', 'Leerdam won.']]);
    const third = (await api.gql(REVISION, { id: revisions[0].id })).data!.articleRevision;
    expect(third.content.headline).toBe('Leerdam wins gold');
    expect(third.content.body.map((b: any) => b.text)).toEqual(['Leerdam won gold.']);
    expect(await api.prisma.articleRevision.count({ where: { articleId: keyOf(created.id) } })).toBe(3);
  });

  it('pages revisions newest first', async () => {
    let current = await story('revisions-pages', [paragraph('v1')]);
    for (let v = 2; v <= 5; v++)
      current = await save('ADMIN', { id: current.id, expectedVersion: current.version, blocks: [paragraph(`v${v}`)] });
    const [latest] = await api.prisma.articleRevision.findMany({ where: { articleId: keyOf(current.id) }, take: 1 });
    const id = globalId('ArticleRevision', latest.id);
    const first = (await api.gql(REVISIONS, { id, first: 2 })).data!.articleRevision.article.revisions;
    const rest = (await api.gql(REVISIONS, { id, first: 10, after: first.pageInfo.endCursor })).data!.articleRevision.article.revisions;
    expect(first.edges.map((e: any) => e.node.version)).toEqual([5, 4]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(rest.edges.map((e: any) => e.node.version)).toEqual([3, 2, 1]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('compares two revisions block by block, with a word diff of the edited paragraph', async () => {
    const created = await story('revisions-compare', [
      heading('The race'),
      paragraph('Leerdam won the gold in 1:12.31.'),
      paragraph('Kok was second.'),
      paragraph('Takagi took bronze.'),
    ]);
    await save('ADMIN', {
      id: created.id,
      expectedVersion: created.version,
      headline: 'Leerdam takes gold',
      tags: ['speed-skating'],
      blocks: [
        heading('The race'),
        paragraph('Leerdam took the gold in 1:12.31.'),
        paragraph('Takagi took bronze.'),
        heading('What comes next'),
      ],
    });
    const [to, from] = await revisionsOf(created.id);
    const response = await api.gql(COMPARE, { from: from.id, to: to.id });
    expect(response.errors).toBeUndefined();
    const comparison = response.data!.compareArticleRevisions;
    expect(comparison.from).toEqual({ id: from.id, version: 1 });
    expect(comparison.fields).toEqual([
      {
        field: 'headline',
        before: 'Story revisions-compare',
        after: 'Leerdam takes gold',
        segments: expect.arrayContaining([{ kind: 'INSERTED', text: expect.stringContaining('gold') }]),
      },
      { field: 'tags', before: [], after: ['speed-skating'], segments: null },
    ]);
    expect(comparison.blocks.map((b: any) => [b.kind, b.type, b.beforeIndex, b.afterIndex])).toEqual([
      ['UNCHANGED', 'HEADING', 0, 0],
      ['CHANGED', 'PARAGRAPH', 1, 1],
      ['REMOVED', 'PARAGRAPH', 2, null],
      ['UNCHANGED', 'PARAGRAPH', 3, 2],
      ['ADDED', 'HEADING', null, 3],
    ]);
    const changed = comparison.blocks[1];
    expect(changed.before.text).toBe('Leerdam won the gold in 1:12.31.');
    expect(changed.after.text).toBe('Leerdam took the gold in 1:12.31.');
    expect(changed.segments).toEqual([
      { kind: 'EQUAL', text: 'Leerdam ' },
      { kind: 'DELETED', text: 'won' },
      { kind: 'INSERTED', text: 'took' },
      { kind: 'EQUAL', text: ' the gold in 1:12.31.' },
    ]);
    // Unchanged blocks keep their id across the save.
    expect(comparison.blocks[0].before.id).toBe(comparison.blocks[0].after.id);
    expect(comparison.blocks[1].before.id).not.toBe(comparison.blocks[1].after.id);
  });

  it('refuses to compare revisions of two stories, or an unknown revision', async () => {
    const a = await story('revisions-compare-a', [paragraph('A')]);
    const b = await story('revisions-compare-b', [paragraph('B')]);
    const [ra] = await revisionsOf(a.id);
    const [rb] = await revisionsOf(b.id);
    expect(errorCodes(await api.gql(COMPARE, { from: ra.id, to: rb.id }))).toEqual(['BAD_USER_INPUT']);
    const unknown = globalId('ArticleRevision', '01900000-0000-7000-8000-000000000000');
    const missing = await api.gql(COMPARE, { from: ra.id, to: unknown });
    expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
    expect(missing.data).toBeNull();
    expect((await api.gql(REVISION, { id: unknown })).data!.articleRevision).toBeNull();
  });

  it('keeps history from anonymous readers and readers without a desk role', async () => {
    const created = await story('revisions-roles', [paragraph('Secret draft text.')]);
    const [revision] = await revisionsOf(created.id);
    for (const as of ['anonymous', 'RESULTS', 'PHOTO'] as const) {
      const one = await api.gqlAs(as, REVISION, { id: revision.id });
      expect(errorCodes(one)).toEqual([as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(one.data?.articleRevision ?? null).toBeNull();
      const compared = await api.gqlAs(as, COMPARE, { from: revision.id, to: revision.id });
      expect(errorCodes(compared)).toEqual([as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
      expect(JSON.stringify(compared.data ?? null)).not.toContain('Secret');
    }
  });

  it('shows a published story to a reader without its revisions', async () => {
    const created = await story('revisions-public', [paragraph('Public text.')]);
    const published = await api.gql(`mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id } }`, {
      input: { id: created.id, expectedVersion: created.version },
    });
    expect(published.errors).toBeUndefined();
    const query = `{ article(slug: "revisions-public") { headline revisions(first: 5) { edges { node { id version } } } } }`;
    const anonymous = await api.gqlAs('anonymous', query);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(anonymous.data!.article).toEqual({ headline: 'Story revisions-public', revisions: null });
    const editor = await api.gqlAs('EDITOR', query);
    expect(editor.errors).toBeUndefined();
    expect(editor.data!.article.revisions.edges.map((e: any) => e.node.version)).toEqual([1]);
  });

  it('answers the history query of the README as written', async () => {
    const query = /```gql\n(query StoryHistoryQuery[\s\S]*?)```/.exec(README)?.[1];
    expect(query).toBeDefined();
    let current = await story('revisions-readme', [paragraph('First.')]);
    current = await save('EDITOR', { id: current.id, expectedVersion: current.version, blocks: [paragraph('Second.')] });
    const [revision, previous] = await revisionsOf(current.id);
    const unit = globalId('Unit', (await api.prisma.unit.findFirstOrThrow()).id);
    const response = await api.gqlAs('EDITOR', query!, { revision: revision.id, previous: previous.id, unit });
    expect(response.errors).toBeUndefined();
    expect(response.data!.compareArticleRevisions.blocks.map((b: any) => b.kind)).toEqual(['CHANGED']);
  });
});
