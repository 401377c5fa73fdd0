import { randomUUID } from 'node:crypto';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { eventually } from '../utils/eventually.js';
import { keyOf } from '../utils/ids.js';
import { imageBlock, paragraph } from './articles-search.helpers.js';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
const CREATE_ASSET = `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id version } }`;
const UPDATE_ASSET = `mutation($input: UpdateMediaAssetInput!) { updateMediaAsset(input: $input) { id version } }`;
const RIGHTS = `query($id: ID!) { mediaAsset(id: $id) { editorialUseOnly rights { usageTerms editorialUseOnly embargoUntil expiresAt restrictions status } } }`;
const CREATE_STORY = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`;
const PUBLISH = `mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id version status } }`;
const SCHEDULE = `mutation($input: ScheduleArticleInput!) { scheduleArticle(input: $input) { id version status } }`;
const CHECKS = `query($id: ID!) { deskArticle(id: $id) { publishChecks { code path blockIndex message } } }`;

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('photo rights: the window on the asset, and the publish gates', () => {
  let api: TestApp;
  let n = 0;

  beforeAll(async () => {
    api = await createTestApp({ seed: false, env: { JOBS_POLL_INTERVAL_MS: '100' } });
  });
  afterAll(() => api.close());

  async function ok(query: string, variables: Record<string, unknown>) {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0] as { id: string; version: number; status?: string };
  }
  /** A photo with credit and alt text, so that only its rights can stop a story. */
  const photo = (extra: Record<string, unknown> = {}) =>
    ok(CREATE_ASSET, {
      input: {
        url: `https://img.podium.test/${randomUUID()}.jpg`,
        mimeType: 'image/jpeg',
        creditLine: 'Photo: Test',
        altText: 'A skater',
        ...extra,
      },
    });
  const story = (assetId: string) =>
    ok(CREATE_STORY, { input: { slug: `rights-${++n}`, headline: `Rights ${n}`, blocks: [paragraph('Text.'), imageBlock(assetId)] } });

  describe('the rights of an asset', () => {
    it('stores the window, terms and restrictions, and tells staff where the photo stands', async () => {
      const input = {
        usageTerms: 'Editorial use only; no archive',
        editorialUseOnly: true,
        embargoUntil: inHours(2),
        expiresAt: inHours(24 * 30),
        restrictions: 'NO USE IN FRANCE',
      };
      const created = await photo(input);
      const read = await api.gql(RIGHTS, { id: created.id });
      expect(read.errors).toBeUndefined();
      expect(read.data!.mediaAsset).toEqual({ editorialUseOnly: true, rights: { ...input, status: 'EMBARGOED' } });
      const stored = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(created.id) } });
      expect(stored).toMatchObject({ editorialUseOnly: true, restrictions: 'NO USE IN FRANCE', expiresAt: new Date(input.expiresAt) });

      const cleared = await ok(UPDATE_ASSET, {
        input: { id: created.id, expectedVersion: created.version, embargoUntil: null, expiresAt: inHours(48) },
      });
      const status = (await api.gql(RIGHTS, { id: cleared.id })).data!.mediaAsset.rights.status;
      expect(status).toBe('EXPIRING');
    });

    it('keeps the rights from readers, but not whether the photo is for editorial use only', async () => {
      const created = await photo({ editorialUseOnly: true, restrictions: 'NEWSPAPERS OUT' });
      const anonymous = await api.gqlAs('anonymous', RIGHTS, { id: created.id });
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      expect(anonymous.data!.mediaAsset).toEqual({ editorialUseOnly: true, rights: null });
      const reader = await api.gqlAs('anonymous', `query($id: ID!) { mediaAsset(id: $id) { editorialUseOnly } }`, { id: created.id });
      expect(reader.data!.mediaAsset).toEqual({ editorialUseOnly: true });
      const writer = await api.gqlAs('WRITER', RIGHTS, { id: created.id });
      expect(writer.data!.mediaAsset.rights).toMatchObject({ restrictions: 'NEWSPAPERS OUT', status: 'CLEAR' });
    });

    it('refuses an embargo that does not end before the expiry, naming the field, and stores nothing', async () => {
      const url = `https://img.podium.test/${randomUUID()}.jpg`;
      const at = inHours(5);
      const refused = await api.gql(CREATE_ASSET, { input: { url, mimeType: 'image/jpeg', embargoUntil: at, expiresAt: at } });
      expect(errorCodes(refused)).toEqual(['RIGHTS_WINDOW_INVALID']);
      expect(refused.errors![0].extensions).toMatchObject({ field: 'input.expiresAt', issues: [{ path: 'input.expiresAt' }] });
      expect(refused.status).toBe(200);
      expect(await api.prisma.mediaAsset.count({ where: { url } })).toBe(0);
    });

    it('checks a change against the stored bound it leaves alone', async () => {
      const created = await photo({ expiresAt: inHours(10) });
      const refused = await api.gql(UPDATE_ASSET, {
        input: { id: created.id, expectedVersion: created.version, embargoUntil: inHours(11) },
      });
      expect(errorCodes(refused)).toEqual(['RIGHTS_WINDOW_INVALID']);
      expect(refused.errors![0].extensions.field).toBe('input.embargoUntil');
      const stored = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(created.id) } });
      expect(stored).toMatchObject({ version: created.version, embargoUntil: null });
    });

    it('bounds the restrictions and wants a boolean for editorial use only', async () => {
      const long = await api.gql(CREATE_ASSET, {
        input: { url: 'https://img.podium.test/x.jpg', mimeType: 'image/jpeg', restrictions: 'x'.repeat(2001) },
      });
      expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
      expect(long.errors![0].extensions.field).toBe('input.restrictions');
      const nullFlag = await api.gql(CREATE_ASSET, {
        input: { url: 'https://img.podium.test/y.jpg', mimeType: 'image/jpeg', editorialUseOnly: null },
      });
      expect(errorCodes(nullFlag)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('publishing', () => {
    it('is blocked while a placed photo is under embargo, with the reason on the desk first', async () => {
      const embargoed = await photo({ embargoUntil: inHours(3) });
      const draft = await story(embargoed.id);
      const checks = (await api.gql(CHECKS, { id: draft.id })).data!.deskArticle.publishChecks;
      expect(checks).toEqual([
        { code: 'IMAGE_EMBARGOED', path: 'blocks.1.image.assetId', blockIndex: 1, message: expect.stringContaining('under embargo until') },
      ]);
      const refused = await api.gql(PUBLISH, { input: { id: draft.id, expectedVersion: draft.version } });
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual(checks);
      expect(await api.prisma.articlePublication.count({ where: { articleId: keyOf(draft.id) } })).toBe(0);
    });

    it('is blocked by a photo whose rights have expired', async () => {
      const expired = await photo({ expiresAt: inHours(-1) });
      const draft = await story(expired.id);
      const refused = await api.gql(PUBLISH, { input: { id: draft.id, expectedVersion: draft.version } });
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual([expect.objectContaining({ code: 'IMAGE_RIGHTS_EXPIRED', blockIndex: 1 })]);
      expect((await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(draft.id) } })).status).toBe('DRAFT');
    });

    it("is blocked by a photo without credit or alt text, and let through by the registry's credit", async () => {
      const bare = await ok(CREATE_ASSET, { input: { url: `https://img.podium.test/${randomUUID()}.jpg`, mimeType: 'image/jpeg' } });
      const draft = await story(bare.id);
      const refused = await api.gql(PUBLISH, { input: { id: draft.id, expectedVersion: draft.version } });
      expect((refused.errors![0].extensions.reasons as { code: string }[]).map((r) => r.code)).toEqual([
        'IMAGE_CREDIT_MISSING',
        'IMAGE_ALT_TEXT_MISSING',
      ]);
      const agency = await ok(CREATE_AGENCY, {
        input: { name: `Agency ${randomUUID()}`, creditFormat: 'Photo by {photographer}/Rights Wire' },
      });
      await ok(UPDATE_ASSET, { input: { id: bare.id, expectedVersion: bare.version, supplierId: agency.id, altText: 'A skater' } });
      expect((await api.gql(CHECKS, { id: draft.id })).data!.deskArticle.publishChecks).toEqual([]);
      expect((await ok(PUBLISH, { input: { id: draft.id, expectedVersion: draft.version } })).status).toBe('PUBLISHED');
    });

    it('lets a scheduled story wait for an embargo that ends before its time, and refuses one that does not', async () => {
      const embargoed = await photo({ embargoUntil: new Date(Date.now() + 1_000).toISOString() });
      const draft = await story(embargoed.id);
      const at = new Date(Date.now() + 2_500).toISOString();
      expect(errorCodes(await api.gql(SCHEDULE, { input: { id: draft.id, expectedVersion: draft.version, at } }))).toEqual([]);
      await eventually(
        async () => (await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(draft.id) } })).status === 'PUBLISHED',
        15_000,
        'the scheduled publish after the embargo',
      );

      const longer = await photo({ embargoUntil: inHours(1) });
      const early = await story(longer.id);
      const refused = await api.gql(SCHEDULE, { input: { id: early.id, expectedVersion: early.version, at: inHours(0.5) } });
      expect(errorCodes(refused)).toEqual(['PUBLISH_BLOCKED']);
      expect(refused.errors![0].extensions.reasons).toEqual([expect.objectContaining({ code: 'IMAGE_EMBARGOED' })]);
    });

    it('checks again when the time comes: an embargo extended meanwhile sends the story back to review', async () => {
      const embargoed = await photo({ embargoUntil: new Date(Date.now() + 1_000).toISOString() });
      const draft = await story(embargoed.id);
      // Time enough to extend the embargo before the job runs.
      const at = new Date(Date.now() + 3_000).toISOString();
      expect(errorCodes(await api.gql(SCHEDULE, { input: { id: draft.id, expectedVersion: draft.version, at } }))).toEqual([]);
      await ok(UPDATE_ASSET, { input: { id: embargoed.id, expectedVersion: embargoed.version, embargoUntil: inHours(6) } });
      await eventually(
        async () => (await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(draft.id) } })).status === 'IN_REVIEW',
        15_000,
        'the refused scheduled publish',
      );
      const stored = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(draft.id) }, include: { publication: true } });
      expect(stored.publishFailure).toContain('under embargo until');
      expect(stored.publication).toBeNull();
    });
  });
});
