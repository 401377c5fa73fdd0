import { jest } from '@jest/globals';
import { FactSheetRepository } from '../../src/modules/fact-check/facts/fact-sheet.repository.js';
import { BODY, STORY_SLUG, type Paragraph } from '../../src/seed/demo-story.data.js';
import { storyInput } from '../../src/seed/demo-story.input.js';
import { eventually } from '../utils/eventually.js';
import { globalId, keyOf } from '../utils/ids.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { WebhookReceiver } from '../utils/webhook-receiver.js';
import { demoUnit, SET_UNIT_RESULTS } from './results-desk.helpers.js';
import { asVariables, seededStoryIds } from './story.helpers.js';

const CLAIMS = `claims { blockIndex start end text kind value verdict correction unitId entity { __typename ... on Person { slug } } }`;
const FACT_CHECK = `factCheck { articleVersion checkedAt contradicted complete ${CLAIMS} }`;
const DESK = `query($id: ID!) { deskArticle(id: $id) { version ${FACT_CHECK} } }`;
const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id version ${FACT_CHECK} } }`;
const CREATE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version ${FACT_CHECK} } }`;
const PUBLISH = `mutation($input: ArticleVersionInput!, $options: PublishOptionsInput) { publishArticle(input: $input, options: $options) { id version status } }`;
const REVIEW_LIST = `query($first: Int, $after: String) { articlesNeedingReview(first: $first, after: $after) {
  edges { cursor node { articleVersion detectedAt article { id slug } trigger { type id action } ${CLAIMS} } }
  pageInfo { hasNextPage endCursor } } }`;

interface Claim {
  blockIndex: number;
  text: string;
  kind: string;
  value: string | null;
  verdict: string;
  correction: string | null;
}

/** The demo story's paragraphs, by the index of their block. */
const PARAGRAPH_AT = BODY.map((item, index) => [item, index] as const).filter(
  (entry): entry is readonly [Paragraph, number] => typeof entry[0] === 'object' && 'text' in entry[0],
);
const blockOf = (phrase: string) => PARAGRAPH_AT.find(([p]) => p.text.includes(phrase))![1];

describe('fact check: the prose of a story against the data it links', () => {
  let api: TestApp;
  let receiver: WebhookReceiver;
  let storyId: string;

  beforeAll(async () => {
    api = await createTestApp({ story: true, env: { JOBS_POLL_INTERVAL_MS: '100', WEBHOOK_RETRY_BASE_MS: '100' } });
    receiver = await new WebhookReceiver([200]).start();
    const hook = await api.gql(
      `mutation($url: String!) { createWebhook(input: { url: $url, events: [ARTICLE_FACTS_CHANGED] }) { secret } }`,
      {
        url: receiver.url,
      },
    );
    expect(hook.errors).toBeUndefined();
    storyId = globalId('Article', (await api.prisma.article.findUniqueOrThrow({ where: { slug: STORY_SLUG } })).id);
  });
  afterAll(async () => {
    await receiver.stop();
    await api.close();
  });

  const version = async () => (await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(storyId) } })).version;

  /** Saves the demo story with one phrase of its prose replaced (same length: the mention spans stay right). */
  async function saveDemo(from?: string, to?: string, extraBlocks: object[] = []) {
    const input = asVariables(storyInput(await seededStoryIds(api)));
    const { slug: _slug, ...content } = input;
    for (const block of content.blocks) {
      if (block.paragraph && from && to) block.paragraph.text = block.paragraph.text.replace(from, to);
    }
    content.blocks.push(...extraBlocks);
    const saved = await api.gql(UPDATE, { input: { ...content, id: storyId, expectedVersion: await version() } });
    expect(saved.errors).toBeUndefined();
    return saved.data!.updateArticle as { version: number; factCheck: { contradicted: number; claims: Claim[]; articleVersion: number } };
  }

  const publish = (options?: Record<string, unknown>, as: 'ADMIN' | 'EDITOR' | 'WRITER' = 'EDITOR') =>
    version().then((expectedVersion) => api.gqlAs(as, PUBLISH, { input: { id: storyId, expectedVersion }, options }));

  describe('the demo story', () => {
    let claims: Claim[];

    beforeAll(async () => {
      const read = await api.gql(DESK, { id: storyId });
      expect(read.errors).toBeUndefined();
      claims = read.data!.deskArticle.factCheck.claims;
      expect(read.data!.deskArticle.factCheck.contradicted).toBe(0);
    });

    it('has no contradicted claim', () => {
      expect(claims.filter((c) => c.verdict === 'CONTRADICTED')).toEqual([]);
    });

    it.each([
      ['1:12.31', 'TIME'],
      ['1:12.59', 'TIME'],
      ['1:13.95', 'TIME'],
      ['0.28 seconds', 'MARGIN'],
      ['almost a second', 'MARGIN'],
      ['2.24 seconds', 'MARGIN'],
      ['silver', 'MEDAL'],
      ['bronze', 'MEDAL'],
      ['Olympic record', 'RECORD'],
      ['27-year-old', 'AGE'],
      ['world record holder', 'RECORD'],
      ['sixth', 'PLACING'],
    ])('confirms "%s" (%s) from the data', (phrase, kind) => {
      const claim = claims.find((c) => c.text.includes(phrase) && c.kind === kind);
      expect(claim).toMatchObject({ blockIndex: blockOf(phrase), verdict: 'CONFIRMED' });
    });

    it('names the athlete a claim is about and the unit it was checked against', () => {
      const age = claims.find((c) => c.kind === 'AGE');
      expect(age).toMatchObject({ value: '27', entity: { __typename: 'Person', slug: 'jutta-leerdam' } });
      const time = claims.find((c) => c.text.includes('1:12.31'));
      expect(keyOf((time as Claim & { unitId: string }).unitId)).toBeTruthy();
    });

    it('is not for readers', async () => {
      const read = await api.gqlAs('anonymous', `query($slug: String!) { article(slug: $slug) { slug factCheck { contradicted } } }`, {
        slug: STORY_SLUG,
      });
      expect(errorCodes(read)).toEqual(['UNAUTHENTICATED']);
      expect(read.data!.article).toEqual({ slug: STORY_SLUG, factCheck: null });
    });
  });

  describe('a wrong fact', () => {
    afterEach(async () => {
      await saveDemo();
    });

    it.each([
      ['a time typed wrong', '1:12.31', '1:12.13', 'TIME', '1:12.31'],
      ['bronze for Kok, who took silver', 'Kok took silver', 'Kok took bronze', 'MEDAL', 'silver'],
      ['the wrong age', '27-year-old', '26-year-old', 'AGE', '27'],
    ])('%s is one contradiction in the save answer, with the correction, and blocks publishing', async (_, from, to, kind, value) => {
      const sheets = jest.spyOn(api.app.get(FactSheetRepository), 'sheetFor');
      const saved = await saveDemo(from, to);
      // The answer's factCheck is the one the save stored: the data was read once, by the save.
      expect(sheets).toHaveBeenCalledTimes(1);
      sheets.mockRestore();
      expect(saved.factCheck.articleVersion).toBe(saved.version);
      const wrong = saved.factCheck.claims.filter((c) => c.verdict === 'CONTRADICTED');
      expect(wrong).toHaveLength(1);
      expect(saved.factCheck.contradicted).toBe(1);
      const changed = to.replace(/^Kok took /, '');
      expect(wrong[0]).toMatchObject({ kind, value, blockIndex: blockOf(from) });
      expect(wrong[0].text).toContain(changed.replace('-year-old', ''));
      expect(wrong[0].correction).toContain(value);
      const stored = await api.prisma.articleFactCheck.findUniqueOrThrow({ where: { articleId: keyOf(storyId) } });
      expect(stored).toMatchObject({ articleVersion: saved.version, contradicted: 1 });

      const refused = await publish();
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual([
        {
          code: 'FACT_CONTRADICTED',
          path: `blocks.${wrong[0].blockIndex}.paragraph`,
          blockIndex: wrong[0].blockIndex,
          message: expect.stringContaining(`says "${wrong[0].text}" but the data has ${value}`),
        },
      ]);
      expect(await version()).toBe(saved.version);
    });
  });

  describe('an editor overriding the fact check', () => {
    afterAll(async () => {
      await saveDemo();
      expect((await publish()).errors).toBeUndefined();
    });

    it('is refused to a writer, and a note that is too short', async () => {
      await saveDemo('1:12.31', '1:12.13');
      expect(errorCodes(await publish({ factCheckOverride: 'The time is right.' }, 'WRITER'))).toEqual(['FORBIDDEN']);
      const short = await publish({ factCheckOverride: 'ok' });
      expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
      expect(short.errors![0].extensions.field).toBe('options.factCheckOverride');
    });

    it('publishes with a note, kept in the audit log with the claims it let through', async () => {
      const note = 'The organisers corrected the time; our figure is the official one.';
      const published = await publish({ factCheckOverride: note });
      expect(published.errors).toBeUndefined();
      expect(published.data!.publishArticle.status).toBe('PUBLISHED');
      const publication = await api.prisma.articlePublication.findUniqueOrThrow({ where: { articleId: keyOf(storyId) } });
      expect(JSON.stringify(publication.document)).toContain('1:12.13');
      const [entry] = await api.prisma.auditEntry.findMany({
        where: { action: 'article.factCheckOverridden', objectId: keyOf(storyId) },
        orderBy: { at: 'desc' },
      });
      expect(entry.actorId).toBe(api.users.EDITOR.id);
      expect(entry.summary).toEqual({
        note,
        claims: [{ path: `blocks.${blockOf('1:12.31')}.paragraph`, message: expect.stringContaining('"1:12.13"') }],
      });
    });

    it('lifts only the contradicted claims: every other gate still holds', async () => {
      const photo = await api.gql(`mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`, {
        input: { url: 'https://img.podium.test/uncredited.jpg', mimeType: 'image/jpeg', altText: 'A skater' },
      });
      expect(photo.errors).toBeUndefined();
      await saveDemo('1:12.31', '1:12.13', [{ type: 'IMAGE', image: { assetId: photo.data!.createMediaAsset.id } }]);
      const refused = await publish({ factCheckOverride: 'Publishing as it is.' });
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual([expect.objectContaining({ code: 'IMAGE_CREDIT_MISSING' })]);
    });
  });

  describe('a story with no linked results', () => {
    it('finds its claims unverifiable and blocks nothing', async () => {
      const text = 'Someone clocked 1:12.31 to take silver, 0.28 seconds behind, a new world record for the 27-year-old.';
      const created = await api.gql(CREATE, {
        input: { slug: 'no-data', headline: 'No data', blocks: [{ type: 'PARAGRAPH', paragraph: { text } }] },
      });
      expect(created.errors).toBeUndefined();
      const check = created.data!.createArticle.factCheck;
      expect(check.claims.length).toBeGreaterThan(0);
      expect(check.claims.every((c: Claim) => c.verdict === 'UNVERIFIABLE')).toBe(true);
      const published = await api.gql(PUBLISH, {
        input: { id: created.data!.createArticle.id, expectedVersion: created.data!.createArticle.version },
      });
      expect(published.errors).toBeUndefined();
    });
  });

  describe('bad input', () => {
    it('refuses a 100,000-word paragraph with a coded error naming it', async () => {
      const text = Array.from({ length: 100_000 }, (_, i) => (i % 7 === 0 ? `1:${String(i % 60).padStart(2, '0')}.31` : 'word')).join(' ');
      const refused = await api.gql(CREATE, {
        input: { slug: 'huge', headline: 'Huge', blocks: [{ type: 'PARAGRAPH', paragraph: { text } }] },
      });
      expect(refused.status).toBeLessThan(500);
      expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors![0].extensions.field).toBe('input.blocks.0.paragraph.text');
    });

    it('checks the longest story it accepts, full of numbers, in bounded time and says what it left unread', async () => {
      const filler = Array.from(
        { length: 2_500 },
        (_, i) => `${i % 3 === 0 ? 'Leerdam' : 'she'} clocked 1:${String(i % 60).padStart(2, '0')}.${i % 100}`,
      ).join('. ');
      const blocks = Array.from({ length: 15 }, () => ({ type: 'PARAGRAPH', paragraph: { text: filler.slice(0, 20_000) } }));
      const ids = await seededStoryIds(api);
      const links = [{ relation: 'ABOUT', targetType: 'UNIT', targetId: ids.unit2026 }];
      const started = Date.now();
      const created = await api.gql(CREATE, { input: { slug: 'numbers', headline: 'Numbers', links, blocks } });
      const took = Date.now() - started;
      expect(created.errors).toBeUndefined();
      expect(created.data!.createArticle.factCheck.complete).toBe(false);
      expect(took).toBeLessThan(20_000);
    });
  });

  describe('a correction after publication', () => {
    it('lists the story for review with the claim and what changed, and tells the webhook; the published text stays', async () => {
      const demo = await demoUnit(api);
      const before = await api.prisma.articlePublication.findUniqueOrThrow({ where: { articleId: keyOf(storyId) } });
      const unit = await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(demo.unitId) } });
      const stored = await api.prisma.result.findMany({ where: { unitId: unit.id }, orderBy: { displayOrder: 'asc' } });
      const rows = (takagi: number) =>
        stored.map((r) => ({
          competitorId: globalId('Competitor', r.competitorId),
          displayOrder: r.displayOrder,
          startGroup: r.startGroup,
          rank: r.rank,
          timeMs: r.competitorId === keyOf(demo.competitor['miho-takagi']) ? takagi : r.timeMs,
          timePrecision: r.timePrecision,
          medal: r.medal,
          recordMarks: r.competitorId === keyOf(demo.competitor['jutta-leerdam']) ? ['OR'] : [],
        }));
      const corrected = await api.gql(SET_UNIT_RESULTS, {
        input: { unitId: demo.unitId, expectedVersion: unit.version, rows: rows(73_960) },
      });
      expect(corrected.errors).toBeUndefined();

      const edge = await eventually(
        async () => {
          const list = await api.gqlAs('WRITER', REVIEW_LIST, { first: 10 });
          expect(list.errors).toBeUndefined();
          return list.data!.articlesNeedingReview.edges[0];
        },
        20_000,
        'the review list',
      );
      expect(edge.node).toMatchObject({
        article: { id: storyId, slug: STORY_SLUG },
        articleVersion: before.version,
        trigger: { type: 'Unit', id: demo.unitId, action: 'unit.setResults' },
        claims: [expect.objectContaining({ text: expect.stringContaining('1:13.95'), value: '1:13.96', verdict: 'CONTRADICTED' })],
      });

      const [request] = await eventually(() => receiver.requests.length > 0 && receiver.requests, 20_000, 'the delivery');
      expect(request.headers['podium-event']).toBe('article.facts_changed');
      expect(JSON.parse(request.body)).toMatchObject({
        type: 'article.facts_changed',
        data: {
          article: { id: storyId, slug: STORY_SLUG, version: before.version },
          claims: [expect.objectContaining({ value: '1:13.96', correction: expect.stringContaining('1:13.96') })],
          trigger: { type: 'Unit', id: demo.unitId, action: 'unit.setResults' },
        },
      });
      const after = await api.prisma.articlePublication.findUniqueOrThrow({ where: { articleId: keyOf(storyId) } });
      expect(after.document).toEqual(before.document);

      // Put right again, the story leaves the list.
      const again = await api.prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
      expect(
        (await api.gql(SET_UNIT_RESULTS, { input: { unitId: demo.unitId, expectedVersion: again.version, rows: rows(73_950) } })).errors,
      ).toBeUndefined();
      await eventually(async () => (await api.prisma.articleFactReview.count()) === 0, 20_000, 'the review to clear');
      expect(receiver.requests).toHaveLength(1);
    });

    it('is not for readers, pages with a capped size, and an editor can dismiss with a note', async () => {
      expect(errorCodes(await api.gqlAs('anonymous', REVIEW_LIST, { first: 1 }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await api.gql(REVIEW_LIST, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await api.gql(REVIEW_LIST, { first: 100_000 }))).not.toEqual([]);
      const dismiss = `mutation($input: DismissFactReviewInput!) { dismissFactReview(input: $input) { id } }`;
      const missing = await api.gql(dismiss, { input: { articleId: storyId, note: 'Nothing to see.' } });
      expect(errorCodes(missing)).toEqual(['NOT_FOUND']);
      await api.prisma.articleFactReview.create({
        data: {
          articleId: keyOf(storyId),
          articleVersion: 1,
          claims: [],
          trigger: { type: 'Person', id: null, action: 'person.update' },
          detectedAt: new Date(),
        },
      });
      expect(errorCodes(await api.gqlAs('WRITER', dismiss, { input: { articleId: storyId, note: 'Nothing to see.' } }))).toEqual([
        'FORBIDDEN',
      ]);
      const dismissed = await api.gqlAs('EDITOR', dismiss, {
        input: { articleId: storyId, note: 'The federation will confirm the old time.' },
      });
      expect(dismissed.errors).toBeUndefined();
      expect(await api.prisma.articleFactReview.count()).toBe(0);
      const entry = await api.prisma.auditEntry.findFirstOrThrow({ where: { action: 'article.factReviewDismissed' } });
      expect(entry.summary).toMatchObject({ note: 'The federation will confirm the old time.' });
    });
  });

  describe('scheduling', () => {
    const SCHEDULE = `mutation($input: ScheduleArticleInput!) { scheduleArticle(input: $input) { id version status } }`;
    const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`;

    async function shortStory(slug: string) {
      const ids = await seededStoryIds(api);
      const text = 'Jutta Leerdam, the 27-year-old from Kudelstaart, clocked 1:12.31.';
      const created = await api.gql(CREATE, {
        input: {
          slug,
          headline: 'Leerdam wins',
          dateline: { date: '2026-02-09' },
          links: [{ relation: 'ABOUT', targetType: 'UNIT', targetId: ids.unit2026 }],
          blocks: [
            {
              type: 'PARAGRAPH',
              paragraph: { text, mentions: [{ start: 0, end: 13, targetType: 'PERSON', targetId: ids.people['jutta-leerdam'] }] },
            },
          ],
        },
      });
      expect(created.errors).toBeUndefined();
      expect(created.data!.createArticle.factCheck.contradicted).toBe(0);
      return created.data!.createArticle as { id: string; version: number };
    }

    it('refuses to schedule a story the data contradicts, as it refuses to publish it', async () => {
      await saveDemo('1:12.31', '1:12.13');
      const demoVersion = await version();
      await api.gql(`mutation($input: ArticleVersionInput!) { unpublishArticle(input: $input) { status } }`, {
        input: { id: storyId, expectedVersion: demoVersion },
      });
      const at = new Date(Date.now() + 3_600_000).toISOString();
      const refused = await api.gql(SCHEDULE, { input: { id: storyId, expectedVersion: await version(), at } });
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual([expect.objectContaining({ code: 'FACT_CONTRADICTED' })]);
    });

    it('checks again at the time: a birth date corrected meanwhile sends the story back to review', async () => {
      const story = await shortStory('scheduled-age');
      const scheduled = await api.gql(SCHEDULE, {
        input: { id: story.id, expectedVersion: story.version, at: new Date(Date.now() + 1_500).toISOString() },
      });
      expect(scheduled.errors).toBeUndefined();
      const leerdam = await api.prisma.person.findUniqueOrThrow({ where: { slug: 'jutta-leerdam' } });
      const moved = await api.gql(UPDATE_PERSON, {
        input: { id: globalId('Person', leerdam.id), expectedVersion: leerdam.version, birthDate: '1997-12-30' },
      });
      expect(moved.errors).toBeUndefined();
      const failed = await eventually(
        async () => {
          const row = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(story.id) } });
          return row.status === 'IN_REVIEW' && row;
        },
        20_000,
        'the scheduled publish to fail',
      );
      expect(failed.publishFailure).toMatch(/says "[^"]*27[^"]*" but the data has 28/);
      expect(await api.prisma.articlePublication.count({ where: { articleId: keyOf(story.id) } })).toBe(0);
    });
  });
});
