import { randomUUID } from 'node:crypto';
import { RightsExpiryJob } from '../../src/modules/media/rights/expiry/rights-expiry.job.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { eventually } from '../utils/eventually.js';
import { keyOf } from '../utils/ids.js';
import { WebhookReceiver } from '../utils/webhook-receiver.js';
import { paragraph } from './articles-search.helpers.js';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
const CREATE_ASSET = `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id version url } }`;
const UPDATE_ASSET = `mutation($input: UpdateMediaAssetInput!) { updateMediaAsset(input: $input) { id version } }`;
const CREATE_STORY = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id slug version } }`;
const UPDATE_STORY = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id version } }`;
const PUBLISH = `mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id slug version } }`;
const CREATE_WEBHOOK = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;
const USES = `query($first: Int, $after: String, $withinDays: Int) {
  expiringMediaUses(first: $first, after: $after, withinDays: $withinDays) {
    edges { node { story { slug } asset { id } expiresAt expired agency { name } policy action actionReason fallbackAsset { id } noticeSentAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const READER_STORY = `query($slug: String!) { article(slug: $slug) { headline body { ... on ImageBlock { caption credit altText asset { id url } } } } }`;

const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

interface Use {
  story: { slug: string } | null;
  asset: { id: string };
  expired: boolean;
  agency: { name: string } | null;
  policy: string;
  action: string;
  actionReason: string | null;
  fallbackAsset: { id: string } | null;
  noticeSentAt: string | null;
}

describe('the daily rights job', () => {
  let api: TestApp;
  let receiver: WebhookReceiver;
  const agencies: Record<'notify' | 'unpublish' | 'swap', { id: string; name: string }> = {} as never;
  let fallback: { id: string; url: string };
  const stories: Record<
    'notified' | 'unpublished' | 'swapped' | 'edited' | 'refused' | 'expiring',
    { id: string; slug: string; asset: string }
  > = {} as never;

  async function ok(query: string, variables: Record<string, unknown>) {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0] as { id: string; slug: string; version: number; url: string };
  }
  const photo = (supplierId: string, extra: Record<string, unknown> = {}) =>
    ok(CREATE_ASSET, {
      input: {
        url: `https://img.podium.test/${randomUUID()}.jpg`,
        mimeType: 'image/jpeg',
        supplierId,
        altText: 'A skater crosses the line',
        caption: 'The finish',
        expiresAt: inMinutes(60),
        ...extra,
      },
    });
  /** A published story placing a photo of the agency whose rights end in an hour. */
  async function publishedStory(key: string, agencyId: string, image: Record<string, unknown> = {}) {
    const asset = await photo(agencyId);
    const created = await ok(CREATE_STORY, {
      input: {
        slug: `rights-job-${key}`,
        headline: `Rights job ${key}`,
        blocks: [paragraph('Text.'), { type: 'IMAGE', image: { assetId: asset.id, ...image } }],
      },
    });
    await ok(PUBLISH, { input: { id: created.id, expectedVersion: created.version } });
    return { id: created.id, slug: created.slug, asset: asset.id };
  }
  const expire = async (assetId: string) => {
    const { version } = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(assetId) } });
    await ok(UPDATE_ASSET, { input: { id: assetId, expectedVersion: version, expiresAt: inMinutes(-5) } });
  };
  const uses = async (variables: Record<string, unknown> = { first: 50 }) => {
    const response = await api.gql(USES, variables);
    expect(response.errors).toBeUndefined();
    return (response.data!.expiringMediaUses.edges as { node: Use }[]).map((edge) => edge.node);
  };
  const useOf = (list: Use[], key: keyof typeof stories) => list.find((use) => use.asset.id === stories[key].asset);
  const audit = (action: string) => api.prisma.auditEntry.findMany({ where: { action }, orderBy: { at: 'asc' } });
  const events = (type: string) => api.prisma.outboxEvent.findMany({ where: { type }, orderBy: { createdAt: 'asc' } });

  beforeAll(async () => {
    api = await createTestApp({ seed: false, env: { JOBS_POLL_INTERVAL_MS: '100' } });
    receiver = await new WebhookReceiver([200]).start();
    await ok(CREATE_WEBHOOK, { input: { url: receiver.url, events: ['MEDIA_RIGHTS_EXPIRING', 'MEDIA_RIGHTS_EXPIRED'] } });
    const agency = async (name: string, extra: Record<string, unknown> = {}) => ({
      id: (await ok(CREATE_AGENCY, { input: { name, creditFormat: `Photo by {photographer}/${name}`, ...extra } })).id,
      name,
    });
    agencies.notify = await agency('Notify Wire');
    agencies.unpublish = await agency('Strict Images', { expiryPolicy: 'UNPUBLISH_STORY' });
    const house = await agency('House Photos');
    fallback = await photo(house.id, { expiresAt: null, caption: 'Podium logo', altText: 'The Podium logo' });
    agencies.swap = await agency('Swap Pictures', { expiryPolicy: 'SWAP_FALLBACK', fallbackAssetId: fallback.id });
    const careless = await photo(house.id, { expiresAt: null });
    const carelessAgency = await agency('Careless Pictures', { expiryPolicy: 'SWAP_FALLBACK', fallbackAssetId: careless.id });

    stories.notified = await publishedStory('notified', agencies.notify.id);
    stories.unpublished = await publishedStory('unpublished', agencies.unpublish.id);
    stories.swapped = await publishedStory('swapped', agencies.swap.id, { caption: 'Leerdam on the podium', credit: 'Swap Pictures/Own' });
    stories.edited = await publishedStory('edited', agencies.swap.id);
    stories.expiring = await publishedStory('expiring', agencies.notify.id);
    stories.refused = await publishedStory('refused', carelessAgency.id);
    // Its fallback loses its alt text after being chosen: the gates refuse the swapped story.
    await ok(UPDATE_ASSET, { input: { id: careless.id, expectedVersion: careless.version, altText: null } });
    // Edits not yet published: the job must not publish them.
    const edited = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(stories.edited.id) } });
    await ok(UPDATE_STORY, { input: { id: stories.edited.id, expectedVersion: edited.version, headline: 'Unreviewed headline' } });
    for (const key of ['notified', 'unpublished', 'swapped', 'edited', 'refused'] as const) await expire(stories[key].asset);
    const { version } = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(stories.expiring.asset) } });
    await ok(UPDATE_ASSET, { input: { id: stories.expiring.asset, expectedVersion: version, expiresAt: inMinutes(3 * 24 * 60) } });
    await api.pagesSettled();
  });
  afterAll(async () => {
    await receiver.stop();
    await api.close();
  });

  it('lists the expiring and expired uses for admins, soonest first, with the action each will get', async () => {
    const listed = await uses();
    expect(listed.map((use) => use.story?.slug).sort()).toEqual([
      'rights-job-edited',
      'rights-job-expiring',
      'rights-job-notified',
      'rights-job-refused',
      'rights-job-swapped',
      'rights-job-unpublished',
    ]);
    expect(listed.at(-1)!.story!.slug).toBe('rights-job-expiring');
    expect(useOf(listed, 'notified')).toMatchObject({
      expired: true,
      agency: { name: 'Notify Wire' },
      policy: 'NOTIFY',
      action: 'NOTIFY',
      noticeSentAt: null,
    });
    expect(useOf(listed, 'unpublished')).toMatchObject({ policy: 'UNPUBLISH_STORY', action: 'UNPUBLISH_STORY', actionReason: null });
    expect(useOf(listed, 'swapped')).toMatchObject({
      policy: 'SWAP_FALLBACK',
      action: 'SWAP_FALLBACK',
      fallbackAsset: { id: fallback.id },
    });
    expect(useOf(listed, 'edited')).toMatchObject({
      policy: 'SWAP_FALLBACK',
      action: 'UNPUBLISH_STORY',
      actionReason: 'UNPUBLISHED_CHANGES',
    });
    expect(useOf(listed, 'expiring')).toMatchObject({ expired: false, action: 'NOTIFY' });
    // A window of one day leaves out the photo expiring in three.
    expect((await uses({ first: 50, withinDays: 1 })).map((use) => use.story?.slug)).not.toContain('rights-job-expiring');
  });

  it('pages through the list with cursors', async () => {
    const first = await api.gql(USES, { first: 3 });
    const { edges, pageInfo } = first.data!.expiringMediaUses;
    expect(edges).toHaveLength(3);
    expect(pageInfo.hasNextPage).toBe(true);
    const rest = await uses({ first: 50, after: pageInfo.endCursor });
    expect(rest).toHaveLength(3);
    const all = [...edges.map((edge: { node: Use }) => edge.node), ...rest].map((use) => use.asset.id);
    expect(new Set(all).size).toBe(6);
    expect(errorCodes(await api.gql(USES, { first: 10, withinDays: 400 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('shows the list to admins only', async () => {
    for (const role of ['EDITOR', 'PHOTO', 'WRITER'] as const) {
      const refused = await api.gqlAs(role, USES, { first: 5 });
      expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
      expect(refused.data).toBeNull();
    }
    expect(errorCodes(await api.gqlAs('anonymous', USES, { first: 5 }))).toEqual(['UNAUTHENTICATED']);
  });

  describe('once it has run', () => {
    let firstRun: Awaited<ReturnType<RightsExpiryJob['run']>>;
    beforeAll(async () => {
      firstRun = await api.app.get(RightsExpiryJob).run();
      await api.pagesSettled();
    });

    it('acted on every story once', () => {
      expect(firstRun).toEqual({ warned: 1, notified: 1, unpublished: 3, swapped: 1, failed: 0 });
    });

    it('NOTIFY: leaves the story up and tells of the expired photo', async () => {
      const reader = await api.gqlAs('anonymous', READER_STORY, { slug: stories.notified.slug });
      expect(reader.data!.article.body[1].asset.id).toBe(stories.notified.asset);
      const [event] = (await events('media.rightsExpired')).filter((e) => e.objectId === keyOf(stories.notified.asset));
      expect(event.payload).toMatchObject({
        article: { id: stories.notified.id, slug: stories.notified.slug },
        asset: { id: stories.notified.asset },
        agency: { id: agencies.notify.id },
        policy: 'NOTIFY',
        action: 'NOTIFY',
      });
      expect(useOf(await uses(), 'notified')!.noticeSentAt).not.toBeNull();
    });

    it('UNPUBLISH_STORY: takes the story down for readers, through the workflow', async () => {
      const reader = await api.gqlAs('anonymous', READER_STORY, { slug: stories.unpublished.slug });
      expect(reader.errors).toBeUndefined();
      expect(reader.data!.article).toBeNull();
      const stored = await api.prisma.article.findUniqueOrThrow({
        where: { id: keyOf(stories.unpublished.id) },
        include: { publication: true },
      });
      expect(stored).toMatchObject({ status: 'UNPUBLISHED', publication: null });
      const steps = await api.prisma.auditEntry.findMany({
        where: { objectId: keyOf(stories.unpublished.id), action: 'article.unpublish' },
      });
      expect(steps.map((entry) => entry.actorType)).toEqual(['SYSTEM']);
      expect(await api.prisma.outboxEvent.count({ where: { type: 'article.unpublished', objectId: keyOf(stories.unpublished.id) } })).toBe(
        1,
      );
    });

    it("SWAP_FALLBACK: readers see the agency's fallback photo, with its own caption and credit", async () => {
      const reader = await api.gqlAs('anonymous', READER_STORY, { slug: stories.swapped.slug });
      expect(reader.data!.article.body[1]).toEqual({
        caption: 'Podium logo',
        credit: 'House Photos',
        altText: 'The Podium logo',
        asset: { id: fallback.id, url: fallback.url },
      });
      const stored = await api.prisma.article.findUniqueOrThrow({
        where: { id: keyOf(stories.swapped.id) },
        include: { publication: true, blocks: true },
      });
      expect(stored.status).toBe('PUBLISHED');
      expect(stored.publication!.version).toBe(stored.version);
      expect(stored.blocks.find((b) => b.type === 'IMAGE')!.data).toMatchObject({
        assetId: keyOf(fallback.id),
        caption: null,
        credit: null,
      });
      const revision = await api.prisma.articleRevision.findFirstOrThrow({
        where: { articleId: keyOf(stories.swapped.id) },
        orderBy: { createdAt: 'desc' },
      });
      expect(revision).toMatchObject({ reason: 'SAVED', authorId: null });
      const [event] = (await events('media.rightsExpired')).filter((e) => e.objectId === keyOf(stories.swapped.asset));
      expect(event.payload).toMatchObject({ action: 'SWAP_FALLBACK', fallbackAsset: { id: fallback.id } });
    });

    it('does not publish unreviewed edits: a story whose swap would publish them is taken down instead', async () => {
      expect(errorCodes(await api.gqlAs('anonymous', READER_STORY, { slug: stories.edited.slug }))).toEqual([]);
      expect((await api.gqlAs('anonymous', READER_STORY, { slug: stories.edited.slug })).data!.article).toBeNull();
      const stored = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(stories.edited.id) }, include: { blocks: true } });
      expect(stored).toMatchObject({ status: 'UNPUBLISHED', headline: 'Unreviewed headline' });
      expect(stored.blocks.find((b) => b.type === 'IMAGE')!.data).toMatchObject({ assetId: keyOf(stories.edited.asset) });
      const [event] = (await events('media.rightsExpired')).filter((e) => e.objectId === keyOf(stories.edited.asset));
      expect(event.payload).toMatchObject({ policy: 'SWAP_FALLBACK', action: 'UNPUBLISH_STORY', reason: 'UNPUBLISHED_CHANGES' });
    });

    it('takes a story down when the swapped story is refused by the gates, and keeps nothing of the swap', async () => {
      expect((await api.gqlAs('anonymous', READER_STORY, { slug: stories.refused.slug })).data!.article).toBeNull();
      const stored = await api.prisma.article.findUniqueOrThrow({ where: { id: keyOf(stories.refused.id) }, include: { blocks: true } });
      expect(stored.status).toBe('UNPUBLISHED');
      expect(stored.blocks.find((b) => b.type === 'IMAGE')!.data).toMatchObject({ assetId: keyOf(stories.refused.asset) });
      expect(await api.prisma.articleRevision.count({ where: { articleId: keyOf(stories.refused.id), authorId: null } })).toBe(0);
      expect(
        await api.prisma.auditEntry.count({
          where: { objectId: keyOf(stories.refused.id), action: 'article.publish', actorType: 'SYSTEM' },
        }),
      ).toBe(0);
      const [event] = (await events('media.rightsExpired')).filter((e) => e.objectId === keyOf(stories.refused.asset));
      expect(event.payload).toMatchObject({ policy: 'SWAP_FALLBACK', action: 'UNPUBLISH_STORY', reason: 'REPUBLISH_REFUSED' });
    });

    it('warns of the photo expiring within the configured days', async () => {
      const warnings = await events('media.rightsExpiring');
      expect(warnings.map((e) => e.objectId)).toEqual([keyOf(stories.expiring.asset)]);
      expect(warnings[0].payload).toMatchObject({ article: { slug: stories.expiring.slug }, action: 'NOTIFY' });
    });

    it('records each action in the audit log as the system, and tells the webhook', async () => {
      const expired = await audit('mediaAsset.rightsExpired');
      expect(expired.map((entry) => entry.objectId).sort()).toEqual(
        [stories.notified.asset, stories.unpublished.asset, stories.swapped.asset, stories.edited.asset, stories.refused.asset]
          .map(keyOf)
          .sort(),
      );
      expect(new Set(expired.map((entry) => entry.actorType))).toEqual(new Set(['SYSTEM']));
      expect(await audit('mediaAsset.rightsExpiring')).toHaveLength(1);
      const delivered = await eventually(() => receiver.requests.length >= 6 && receiver.requests, 20_000, 'the webhook deliveries');
      const types = delivered.map((request) => (JSON.parse(request.body) as { type: string }).type);
      expect(types.filter((type) => type === 'media.rightsExpired')).toHaveLength(5);
      expect(types.filter((type) => type === 'media.rightsExpiring')).toHaveLength(1);
    });

    it('does nothing more when run again', async () => {
      const before = { audit: await api.prisma.auditEntry.count(), events: await api.prisma.outboxEvent.count() };
      expect(await api.app.get(RightsExpiryJob).run()).toEqual({ warned: 0, notified: 0, unpublished: 0, swapped: 0, failed: 0 });
      expect({ audit: await api.prisma.auditEntry.count(), events: await api.prisma.outboxEvent.count() }).toEqual(before);
      const left = await uses();
      expect(left.map((use) => use.story?.slug).sort()).toEqual(['rights-job-expiring', 'rights-job-notified']);
      expect(left.every((use) => use.noticeSentAt !== null)).toBe(true);
    });
  });
});
