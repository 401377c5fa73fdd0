import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id version } }`;
const PUBLISH = `mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id version status } }`;
const RESTORE = `mutation($input: RestoreArticleRevisionInput!) {
  restoreArticleRevision(input: $input) {
    id version headline summary
    revisions(first: 1) { edges { node { id version reason restoredFrom { id version } } } }
  }
}`;
const REVISION = `query($id: ID!) { articleRevision(id: $id) { id version reason content { headline body { type text } } } }`;

const paragraph = (text: string) => ({ type: 'PARAGRAPH', paragraph: { text } });

describe('restoring a revision, and saves that lose the race', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const ok = async (query: string, variables: Record<string, unknown>, as: 'ADMIN' | 'EDITOR' | 'WRITER' = 'ADMIN') => {
    const response = await api.gqlAs(as, query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };
  const revisionIds = async (articleId: string) =>
    (
      await api.prisma.articleRevision.findMany({ where: { articleId: keyOf(articleId) }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] })
    ).map((r) => ({ id: globalId('ArticleRevision', r.id), version: r.version, reason: r.reason }));
  /** Everything stored of the story's working copy, to show that a refused write changed nothing. */
  const stored = (id: string) =>
    api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(id) }, include: { blocks: { orderBy: { position: 'asc' } } } });

  it('restores an old revision as the working copy, a new RESTORED revision, and leaves the publication as it was', async () => {
    const created = (
      await ok(CREATE, {
        input: { headline: 'Leerdam wins', slug: 'restore-me', summary: 'Old summary', blocks: [paragraph('The old text.')] },
      })
    ).createArticle;
    const published = (await ok(PUBLISH, { input: { id: created.id, expectedVersion: created.version } })).publishArticle;
    // publishArticle writes the published snapshot once the workflow lands; until then the row is made here, as it would write it.
    const now = new Date();
    await api.prisma.articlePublication.upsert({
      where: { articleId: keyOf(created.id) },
      update: {},
      create: {
        articleId: keyOf(created.id),
        version: Number(published.version),
        slug: 'restore-me',
        headline: 'Leerdam wins',
        summary: 'Old summary',
        language: 'en',
        document: { blocks: [{ type: 'PARAGRAPH', data: { text: 'The old text.' } }] },
        publishedAt: now,
        revisedAt: now,
      },
    });
    const publicationBefore = await api.prisma.$queryRaw<
      unknown[]
    >`SELECT row_to_json(p)::text AS row FROM "ArticlePublication" p WHERE "articleId" = ${keyOf(created.id)}::uuid`;
    const edited = (
      await ok(UPDATE, {
        input: {
          id: created.id,
          expectedVersion: published.version,
          headline: 'Leerdam wins gold',
          summary: null,
          blocks: [paragraph('The new text.')],
        },
      })
    ).updateArticle;
    const [first] = await revisionIds(created.id);

    const restored = (await ok(RESTORE, { input: { revisionId: first.id, expectedVersion: edited.version } })).restoreArticleRevision;
    expect(restored).toMatchObject({
      id: created.id,
      version: Number(edited.version) + 1,
      headline: 'Leerdam wins',
      summary: 'Old summary',
    });
    expect(restored.revisions.edges[0].node).toMatchObject({
      reason: 'RESTORED',
      version: Number(edited.version) + 1,
      restoredFrom: { id: first.id, version: 1 },
    });
    const working = await stored(created.id);
    expect(working.blocks.map((b) => (b.data as { text: string }).text)).toEqual(['The old text.']);
    expect(working.status).toBe('PUBLISHED');
    const publicationAfter = await api.prisma.$queryRaw<
      unknown[]
    >`SELECT row_to_json(p)::text AS row FROM "ArticlePublication" p WHERE "articleId" = ${keyOf(created.id)}::uuid`;
    expect(publicationBefore).toHaveLength(1);
    expect(publicationAfter).toEqual(publicationBefore);
  });

  it('refuses a stale expectedVersion and an unknown revision, changing nothing', async () => {
    const created = (await ok(CREATE, { input: { headline: 'Stale restore', blocks: [paragraph('One.')] } })).createArticle;
    const saved = (await ok(UPDATE, { input: { id: created.id, expectedVersion: created.version, blocks: [paragraph('Two.')] } }))
      .updateArticle;
    const [first] = await revisionIds(created.id);
    const before = await stored(created.id);
    const stale = await api.gql(RESTORE, { input: { revisionId: first.id, expectedVersion: saved.version - 1 } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: saved.version, savedBy: { displayName: 'Test admin' } });
    const unknown = await api.gql(RESTORE, {
      input: { revisionId: globalId('ArticleRevision', '01900000-0000-7000-8000-000000000000'), expectedVersion: saved.version },
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(await stored(created.id)).toEqual(before);
    expect((await revisionIds(created.id)).map((r) => r.reason)).toEqual(['CREATED', 'SAVED']);
  });

  it('refuses a revision whose quote was deleted since, naming the block', async () => {
    const [person] = await api.prisma.person.findMany({ take: 1 });
    const quoteInput = { text: 'A dream come true.', speakerPersonId: globalId('Person', person.id), context: 'TOLD_REPORTERS' };
    const quoteId = (await ok(`mutation($input: CreateQuoteInput!) { createQuote(input: $input) { id } }`, { input: quoteInput }))
      .createQuote.id;
    const created = (
      await ok(CREATE, { input: { headline: 'Quote gone', blocks: [paragraph('Intro.'), { type: 'QUOTE', quote: { quoteId } }] } })
    ).createArticle;
    const saved = (await ok(UPDATE, { input: { id: created.id, expectedVersion: created.version, blocks: [paragraph('Intro.')] } }))
      .updateArticle;
    await ok(`mutation($id: ID!) { deleteQuote(id: $id) }`, { id: quoteId });
    const [first] = await revisionIds(created.id);
    const refused = await api.gql(RESTORE, { input: { revisionId: first.id, expectedVersion: saved.version } });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions.field).toBe('revision.blocks.1.quote.quoteId');
    expect((await stored(created.id)).version).toBe(saved.version);
  });

  it('lets a writer restore their own draft only; an editor restores any story', async () => {
    const mine = (await ok(CREATE, { input: { headline: 'Writer draft', blocks: [paragraph('Mine.')] } }, 'WRITER')).createArticle;
    const theirs = (await ok(CREATE, { input: { headline: 'Editor draft', blocks: [paragraph('Theirs.')] } }, 'EDITOR')).createArticle;
    const [mineFirst] = await revisionIds(mine.id);
    const [theirsFirst] = await revisionIds(theirs.id);
    const refused = await api.gqlAs('WRITER', RESTORE, { input: { revisionId: theirsFirst.id, expectedVersion: theirs.version } });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(refused.data).toBeNull();
    for (const as of ['anonymous', 'RESULTS'] as const) {
      const response = await api.gqlAs(as, RESTORE, { input: { revisionId: theirsFirst.id, expectedVersion: theirs.version } });
      expect(errorCodes(response)).toEqual([as === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']);
    }
    expect((await stored(theirs.id)).version).toBe(theirs.version);
    await ok(RESTORE, { input: { revisionId: mineFirst.id, expectedVersion: mine.version } }, 'WRITER');
    await ok(RESTORE, { input: { revisionId: theirsFirst.id, expectedVersion: theirs.version } }, 'EDITOR');
  });

  it('ten parallel saves at one version: one wins, nine VERSION_CONFLICT naming the winner, nine texts kept as CONFLICTED revisions', async () => {
    const created = (await ok(CREATE, { input: { headline: 'Race', blocks: [paragraph('Start.')] } }, 'EDITOR')).createArticle;
    const texts = Array.from({ length: 10 }, (_, k) => `Save number ${k + 1} of ten.`);
    const responses = await Promise.all(
      texts.map((text) =>
        api.gqlAs('EDITOR', UPDATE, { input: { id: created.id, expectedVersion: created.version, blocks: [paragraph(text)] } }),
      ),
    );
    const won = responses.filter((r) => !r.errors);
    const lost = responses.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => errorCodes(r))).toEqual(Array.from({ length: 9 }, () => ['VERSION_CONFLICT']));
    const article = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(created.id) }, include: { updatedBy: true } });
    expect(article.version).toBe(Number(created.version) + 1);
    for (const response of lost) {
      expect(response.errors![0].extensions).toMatchObject({
        currentVersion: Number(created.version) + 1,
        savedBy: { id: globalId('User', api.users.EDITOR.id), displayName: article.updatedBy!.displayName },
        savedAt: article.updatedAt.toISOString(),
      });
    }
    const conflicted = await api.prisma.articleRevision.findMany({ where: { articleId: keyOf(created.id), reason: 'CONFLICTED' } });
    expect(conflicted).toHaveLength(9);
    expect(conflicted.every((r) => r.version === created.version && r.authorId === api.users.EDITOR.id)).toBe(true);
    const winnerText = texts[responses.findIndex((r) => !r.errors)];
    const keptTexts = await Promise.all(
      lost.map(async (r) => (await ok(REVISION, { id: r.errors![0].extensions.rejectedRevisionId })).articleRevision.content.body[0].text),
    );
    expect([...keptTexts, winnerText].sort()).toEqual([...texts].sort());
  });
});
