import { createTestApp, errorCodes, type GqlResponse, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';
import { createPerson, createQuote, paragraph, quoteBlock } from './articles-search.helpers.js';

const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug version status } }`;
const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id version status } }`;
const step = (name: string, input = 'ArticleVersionInput') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { id slug version status reviewNote scheduledAt } }`;
const PUBLISH = `mutation($input: ArticleVersionInput!, $options: PublishOptionsInput) {
  publishArticle(input: $input, options: $options) { id slug version status publishedAt } }`;
const PUBLIC_PATHS = `query($slug: String!, $id: ID!, $quote: ID!, $q: String!) {
  article(slug: $slug) { id headline body { __typename } jsonLd }
  node(id: $id) { id }
  articles(first: 100) { edges { node { slug } } }
  search(query: $q) { edges { node { __typename ... on Article { slug } } } }
  quote(id: $quote) { usages { slug } }
}`;

describe('story workflow', () => {
  let api: TestApp;
  let quoteId: string;
  let n = 0;

  beforeAll(async () => {
    api = await createTestApp({ seed: false, env: { JOBS_POLL_INTERVAL_MS: '100' } });
    const person = await createPerson(api, 'Erin Quotable');
    quoteId = (await createQuote(api, person.id, 'We skated our best race.')).id;
  });
  afterAll(() => api.close());

  async function apiKey(scopes: string[]): Promise<string> {
    const created = await api.gql(`mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`, {
      input: { name: `Frontend ${++n}`, scopes },
    });
    return (created.data!.createApiKey as { key: string }).key;
  }
  async function withKey(key: string, query: string, variables: Record<string, unknown>): Promise<GqlResponse> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GqlResponse, 'status'>;
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  }

  async function ok(query: string, variables: Record<string, unknown>, as: Parameters<TestApp['gqlAs']>[0] = 'ADMIN') {
    const response = await api.gqlAs(as, query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0] as { id: string; slug: string; version: number; status: string; publishedAt?: string };
  }
  /** A story with a unique word in its body and the quote placed, created by `as`. */
  const draft = (word: string, as: 'WRITER' | 'EDITOR' = 'EDITOR') =>
    ok(
      CREATE,
      { input: { slug: `story-${++n}-${word}`, headline: `Headline ${word}`, blocks: [paragraph(`Text ${word}.`), quoteBlock(quoteId)] } },
      as,
    );
  const publish = (s: { id: string; version: number }, options?: object) =>
    ok(PUBLISH, { input: { id: s.id, expectedVersion: s.version }, options });
  const run = (name: string, s: { id: string; version: number }, extra: object = {}, input?: string) =>
    ok(step(name, input), { input: { id: s.id, expectedVersion: s.version, ...extra } });

  async function publicView(s: { id: string; slug: string }, word: string, as: Parameters<TestApp['gqlAs']>[0] = 'anonymous') {
    const response = await api.gqlAs(as, PUBLIC_PATHS, { slug: s.slug, id: s.id, quote: quoteId, q: word });
    expect(response.errors).toBeUndefined();
    const d = response.data!;
    return {
      article: d.article,
      node: d.node,
      listed: d.articles.edges.some((e: any) => e.node.slug === s.slug),
      found: d.search.edges.some((e: any) => e.node.slug === s.slug),
      usage: d.quote.usages.some((u: any) => u.slug === s.slug),
    };
  }
  const hidden = { article: null, node: null, listed: false, found: false, usage: false };

  describe('what readers see', () => {
    it.each([
      ['a draft', (s: any) => Promise.resolve(s)],
      ['a story in review', async (s: any) => run('submitArticle', s)],
      [
        'a scheduled story',
        async (s: any) => run('scheduleArticle', s, { at: new Date(Date.now() + 3_600_000).toISOString() }, 'ScheduleArticleInput'),
      ],
      ['an unpublished story', async (s: any) => run('unpublishArticle', await publish(s))],
      ['an archived story', async (s: any) => run('archiveArticle', await publish(s))],
    ])('%s is on no public path, for readers and for staff alike', async (_what, moveTo) => {
      const word = `zq${n}hidden`;
      const story = await moveTo(await draft(word));
      for (const viewer of ['anonymous', 'ADMIN', 'WRITER'] as const) expect(await publicView(story, word, viewer)).toEqual(hidden);
      const unpublished = await api.prisma.articlePublication.count({ where: { articleId: keyOf(story.id) } });
      expect(unpublished).toBe(0);
    });

    it('keeps showing the published text while the working copy is edited, and the new text once republished', async () => {
      const published = await publish(await draft('zqsnapshot'));
      const edited = await ok(UPDATE, {
        input: {
          id: published.id,
          expectedVersion: published.version,
          headline: 'Edited headline',
          blocks: [paragraph('Brand new zqfresh text.')],
        },
      });
      const before = await publicView(published, 'zqsnapshot');
      expect(before).toMatchObject({ listed: true, found: true, usage: true });
      expect(before.article.headline).toBe('Headline zqsnapshot');
      expect(before.article.jsonLd.headline).toBe('Headline zqsnapshot');
      expect((await publicView(published, 'zqfresh')).found).toBe(false);
      const desk = await api.gql(`query($id: ID!) { deskArticle(id: $id) { headline hasUnpublishedChanges publishedVersion } }`, {
        id: published.id,
      });
      expect(desk.data!.deskArticle).toEqual({
        headline: 'Edited headline',
        hasUnpublishedChanges: true,
        publishedVersion: published.version,
      });

      await publish(edited);
      const after = await publicView(published, 'zqfresh');
      expect(after).toMatchObject({ found: true, usage: false });
      expect(after.article.headline).toBe('Edited headline');
    });

    it('refuses internal fields to readers', async () => {
      const published = await publish(await draft('zqinternal'));
      const slug = (await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(published.id) } })).slug;
      const response = await api.gqlAs('anonymous', `query($slug: String!) { article(slug: $slug) { headline editorNotes } }`, { slug });
      expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.data?.article?.editorNotes ?? null).toBeNull();
      expect(
        errorCodes(await api.gqlAs('anonymous', `query($id: ID!) { deskArticle(id: $id) { headline } }`, { id: published.id })),
      ).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('who may do what', () => {
    it('lets a writer create and submit their own draft, and nothing more', async () => {
      const own = await draft('zqwriter', 'WRITER');
      expect(errorCodes(await api.gqlAs('WRITER', PUBLISH, { input: { id: own.id, expectedVersion: own.version } }))).toEqual([
        'FORBIDDEN',
      ]);
      const submitted = await ok(step('submitArticle'), { input: { id: own.id, expectedVersion: own.version } }, 'WRITER');
      expect(submitted.status).toBe('IN_REVIEW');
      const inReview = await api.gqlAs('WRITER', UPDATE, { input: { id: own.id, expectedVersion: submitted.version, headline: 'Mine' } });
      expect(errorCodes(inReview)).toEqual(['FORBIDDEN']);
      const others = await draft('zqothers', 'EDITOR');
      expect(
        errorCodes(await api.gqlAs('WRITER', UPDATE, { input: { id: others.id, expectedVersion: others.version, headline: 'X' } })),
      ).toEqual(['FORBIDDEN']);
      expect(errorCodes(await api.gqlAs('anonymous', CREATE, { input: { headline: 'Anonymous' } }))).toEqual(['UNAUTHENTICATED']);
      const stored = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(own.id) } });
      expect(stored).toMatchObject({ headline: 'Headline zqwriter', status: 'IN_REVIEW', createdById: api.users.WRITER.id });
    });

    it('sends a story back with a note, and names the allowed steps for one it cannot take', async () => {
      const submitted = await run('submitArticle', await draft('zqback'));
      const back = await run('sendBackArticle', submitted, { note: 'Add the splits.' }, 'SendBackArticleInput');
      expect(back).toMatchObject({ status: 'DRAFT', reviewNote: 'Add the splits.' });
      const refused = await api.gql(step('unpublishArticle'), { input: { id: back.id, expectedVersion: back.version } });
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].message).toContain('allowed: submit');
    });

    it('answers a stale version with VERSION_CONFLICT and changes nothing', async () => {
      const story = await draft('zqstale');
      const saved = await ok(UPDATE, { input: { id: story.id, expectedVersion: story.version, headline: 'Saved first' } }, 'EDITOR');
      const stale = await api.gql(PUBLISH, { input: { id: story.id, expectedVersion: story.version } });
      expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
      // Who saved meanwhile, as a stale save is told; a step carries no content, so none is kept.
      expect(stale.errors![0].extensions).toMatchObject({
        currentVersion: saved.version,
        savedBy: { displayName: 'Test editor' },
        rejectedRevisionId: null,
      });
      expect(stale.errors![0].message).toContain('saved by Test editor first');
      const stored = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(story.id) }, include: { publication: true } });
      expect(stored).toMatchObject({ status: 'DRAFT', version: saved.version, publication: null });
    });
  });

  describe('publishing', () => {
    it('is blocked by the gates, which the desk can read first', async () => {
      const photo = await ok(`mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`, {
        input: { url: 'https://img.podium.test/no-alt.jpg', mimeType: 'image/jpeg', creditLine: 'Photo: Test' },
      });
      const story = await ok(CREATE, {
        input: { headline: 'Gated', blocks: [paragraph('Text.'), { type: 'IMAGE', image: { assetId: photo.id } }] },
      });
      const checks = await api.gql(`query($id: ID!) { deskArticle(id: $id) { publishChecks { code path blockIndex } } }`, { id: story.id });
      const reasons = [{ code: 'IMAGE_ALT_TEXT_MISSING', path: 'blocks.1.image.altText', blockIndex: 1 }];
      expect(checks.data!.deskArticle.publishChecks).toEqual(reasons);
      const refused = await api.gql(PUBLISH, { input: { id: story.id, expectedVersion: story.version } });
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual([expect.objectContaining(reasons[0])]);
      expect(await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(story.id) } })).toMatchObject({
        status: 'DRAFT',
        version: story.version,
      });
    });

    it('leaves nothing behind when its last step fails', async () => {
      const story = await draft('zqfail');
      await api.prisma.$executeRawUnsafe(
        `CREATE FUNCTION podium_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`,
      );
      await api.prisma.$executeRawUnsafe(
        `CREATE TRIGGER podium_test_fail BEFORE INSERT ON "OutboxEvent" FOR EACH ROW EXECUTE FUNCTION podium_test_fail()`,
      );
      try {
        expect(errorCodes(await api.gql(PUBLISH, { input: { id: story.id, expectedVersion: story.version } }))).toEqual([
          'INTERNAL_SERVER_ERROR',
        ]);
      } finally {
        await api.prisma.$executeRawUnsafe(`DROP TRIGGER podium_test_fail ON "OutboxEvent"`);
        await api.prisma.$executeRawUnsafe(`DROP FUNCTION podium_test_fail()`);
      }
      const id = keyOf(story.id);
      expect(await api.prisma.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
        status: 'DRAFT',
        version: story.version,
        publishedAt: null,
      });
      expect(await api.prisma.articlePublication.count({ where: { articleId: id } })).toBe(0);
      expect(await api.prisma.articlePublicationReference.count({ where: { articleId: id } })).toBe(0);
      expect(await api.prisma.auditEntry.count({ where: { objectId: id, action: 'article.publish' } })).toBe(0);
    });

    it('publishes a correction readers see, in JSON-LD too, and keeps an archive story’s original time', async () => {
      const original = '2014-02-13T12:00:00.000Z';
      const first = await publish(await draft('zqcorrect'), { originalPublishedAt: original });
      expect(first.publishedAt).toBe(original);
      const corrected = await publish(first, { correction: 'An earlier version misspelt the venue.' });
      expect(corrected.publishedAt).toBe(original);
      const slug = (await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(first.id) } })).slug;
      const read = await api.gqlAs('anonymous', `query($slug: String!) { article(slug: $slug) { corrections { note } jsonLd } }`, { slug });
      expect(read.data!.article.corrections).toEqual([{ note: 'An earlier version misspelt the venue.' }]);
      expect(read.data!.article.jsonLd.datePublished).toBe(original);
      expect(read.data!.article.jsonLd.correction).toEqual([
        expect.objectContaining({ '@type': 'CorrectionComment', text: 'An earlier version misspelt the venue.' }),
      ]);
      expect(await api.prisma.outboxEvent.count({ where: { objectId: keyOf(first.id), type: 'article.corrected' } })).toBe(1);
    });
  });

  describe('preview', () => {
    it('reads a draft through a signed token, and nothing through a tampered one', async () => {
      const story = await draft('zqpreview');
      const { token } = (await ok(`mutation($id: ID!) { createArticlePreview(id: $id) { token expiresAt } }`, {
        id: story.id,
      })) as unknown as { token: string };
      const QUERY = `query($token: String!) { articlePreview(token: $token) { headline status body { __typename } } }`;
      const preview = await apiKey(['PUBLISHED', 'PREVIEW']);
      const read = await withKey(preview, QUERY, { token });
      expect(read.errors).toBeUndefined();
      expect(read.data!.articlePreview).toEqual({
        headline: 'Headline zqpreview',
        status: 'DRAFT',
        body: [{ __typename: 'ParagraphBlock' }, { __typename: 'QuoteBlock' }],
      });
      expect((await api.gqlAs('PHOTO', QUERY, { token })).data!.articlePreview).toEqual(read.data!.articlePreview);
      const tampered = token.slice(0, -3) + (token.endsWith('AAA') ? 'BBB' : 'AAA');
      expect(errorCodes(await withKey(preview, QUERY, { token: tampered }))).toEqual(['UNAUTHENTICATED']);
      const access = await api.tokenFor('EDITOR');
      expect(errorCodes(await withKey(preview, QUERY, { token: access }))).toEqual(['UNAUTHENTICATED']);
    });

    it('needs staff or a frontend key with the PREVIEW scope beside the token: a leaked preview link alone reads nothing', async () => {
      const story = await draft('zqleaked');
      const { token } = (await ok(`mutation($id: ID!) { createArticlePreview(id: $id) { token expiresAt } }`, {
        id: story.id,
      })) as unknown as { token: string };
      const QUERY = `query($token: String!) { articlePreview(token: $token) { headline } }`;
      const anonymous = await api.gqlAs('anonymous', QUERY, { token });
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data).toEqual({ articlePreview: null });
      const published = await withKey(await apiKey(['PUBLISHED']), QUERY, { token });
      expect(errorCodes(published)).toEqual(['FORBIDDEN']);
      expect(published.data).toEqual({ articlePreview: null });
    });
  });
});
