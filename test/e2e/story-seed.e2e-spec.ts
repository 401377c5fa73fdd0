import { STORY_SLUG } from '../../src/seed/demo-story.data.js';
import { storyInput } from '../../src/seed/demo-story.input.js';
import { seedDatabase } from '../../src/seed/seed.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { asVariables, ok, seededStoryIds, STORY_PAGE, UPDATE_ARTICLE } from './story.helpers.js';
import { globalId } from '../utils/ids.js';

describe('demo story seed', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ story: true });
  });
  afterAll(async () => {
    await api.close();
  });

  const counts = async () => {
    const db = api.prisma;
    const [agencies, assets, peopleShown, posts, quotes, articles, blocks, links, references] = await Promise.all([
      db.agency.count(),
      db.mediaAsset.count(),
      db.mediaPersonShown.count(),
      db.socialPost.count(),
      db.quote.count(),
      db.article.count(),
      db.articleBlock.count(),
      db.articleLink.count(),
      db.articleReference.count(),
    ]);
    return { agencies, assets, peopleShown, posts, quotes, articles, blocks, links, references };
  };
  const story = () =>
    api.prisma.article.findUniqueOrThrow({
      where: { slug: STORY_SLUG },
      include: { blocks: { orderBy: { position: 'asc' } }, references: true },
    });
  /** What the API writes besides the blocks: body text, search vector, reference index. */
  const derived = async (id: string) => {
    const [row] = await api.prisma.$queryRaw<
      { bodyText: string; vector: string }[]
    >`SELECT "bodyText", "searchVector"::text AS vector FROM "Article" WHERE id = ${id}::uuid`;
    const references = await api.prisma.articleReference.findMany({
      where: { articleId: id },
      orderBy: [{ blockPosition: 'asc' }, { targetType: 'asc' }, { targetId: 'asc' }, { kind: 'asc' }],
    });
    return {
      ...row,
      references: references.map(({ targetType, targetId, kind, blockPosition }) => ({ targetType, targetId, kind, blockPosition })),
    };
  };

  it('publishes the story with its credits, photos, posts and quotes', async () => {
    expect(await counts()).toEqual({
      agencies: 3,
      assets: 3,
      peopleShown: 3,
      posts: 2,
      quotes: 9,
      articles: 1,
      blocks: 21,
      links: 11,
      references: expect.any(Number),
    });
    const response = await api.gql(STORY_PAGE, { slug: STORY_SLUG });
    expect(response.errors).toBeUndefined();
    const body = response.data!.article.body;
    expect(body.filter((b: any) => b.__typename === 'ImageBlock').map((b: any) => b.credit)).toEqual([
      'Getty Images',
      'AP',
      'AFP via Getty Images',
    ]);
    expect(body.find((b: any) => b.__typename === 'FactBoxBlock').items.map((i: any) => i.value)).toEqual(['0.88 s', '27']);
    const derksen = await api.prisma.quote.findFirstOrThrow({ where: { speakerPerson: { slug: 'johan-derksen' } } });
    expect(derksen).toMatchObject({ text: 'diva', context: 'BROADCAST', unitId: null });
  });

  it('is idempotent: a second run writes nothing and keeps every id and the version', async () => {
    const before = { counts: await counts(), story: await story(), quotes: await api.prisma.quote.findMany({ orderBy: { id: 'asc' } }) };
    const summary = await seedDatabase(api.prisma, { demo: true });
    expect(summary.story).toMatchObject({ story: 'unchanged' });
    expect(await counts()).toEqual(before.counts);
    const after = await story();
    expect(after.version).toBe(before.story.version);
    expect(after.blocks.map((b) => b.id)).toEqual(before.story.blocks.map((b) => b.id));
    expect((await api.prisma.quote.findMany({ orderBy: { id: 'asc' } })).map((q) => q.id)).toEqual(before.quotes.map((q) => q.id));
  });

  it('puts an edited story back in place, at the next version and still published', async () => {
    const before = await story();
    await api.prisma.article.update({
      where: { id: before.id },
      data: { headline: 'Edited by hand', status: 'UNPUBLISHED', version: { increment: 1 } },
    });
    const summary = await seedDatabase(api.prisma, { demo: true });
    expect(summary.story).toMatchObject({ story: 'updated' });
    const after = await story();
    expect(after).toMatchObject({ id: before.id, headline: before.headline, status: 'PUBLISHED', version: before.version + 3 });
    expect(await api.prisma.article.count()).toBe(1);
  });

  it('stores exactly what updateArticle stores for the same content: body text, search vector, reference index', async () => {
    const seeded = await story();
    const seededDerived = await derived(seeded.id);
    expect(seededDerived.references.length).toBeGreaterThan(20);
    expect(seededDerived.vector).toContain("'leerdam'");

    const { slug: _slug, ...content } = storyInput(await seededStoryIds(api));
    await ok(api, UPDATE_ARTICLE, {
      input: asVariables({ ...content, id: globalId('Article', seeded.id), expectedVersion: seeded.version }),
    });
    const viaApi = await story();
    expect(viaApi.version).toBe(seeded.version + 1);
    expect(viaApi.blocks.map(({ type, position, data }) => ({ type, position, data }))).toEqual(
      seeded.blocks.map(({ type, position, data }) => ({ type, position, data })),
    );
    expect(await derived(seeded.id)).toEqual(seededDerived);
  });
});
