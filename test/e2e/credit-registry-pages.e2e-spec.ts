import { keyOf } from '../utils/ids.js';
import { served, untilServedFromPages } from '../utils/pages.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { imageBlock, mutate, paragraph, story } from './articles-search.helpers.js';

// A published story embeds its photos' credits in its stored page: a bulk re-credit and an
// agency rename must reach it the way an update of one asset does.
const PAGE = `query($slug: String!) { article(slug: $slug) { body { __typename ... on ImageBlock { credit asset { credit } } } } }`;

describe('stored story pages after a bulk re-credit or an agency rename', () => {
  let api: TestApp;
  let slug: string;
  let agencyId: string;
  let assetIds: string[];

  beforeAll(async () => {
    api = await createTestApp({ env: { JOBS_POLL_INTERVAL_MS: '100' } });
    agencyId = (
      await mutate(api, `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        name: 'Page Pictures',
        creditFormat: 'Photo by {photographer}/{agency}',
      })
    ).id;
    const photo = (n: number, creditLine: string | null) =>
      mutate(api, `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`, {
        url: `https://img.podium.test/pages-${n}.jpg`,
        mimeType: 'image/jpeg',
        caption: `Photo ${n}`,
        altText: `Photo ${n}`,
        copyrightNotice: '© Page Pictures',
        supplierId: agencyId,
        creditLine,
      });
    assetIds = [(await photo(1, 'PAGE PICTURES EUROPE')).id, (await photo(2, null)).id];
    slug = (await story(api, { headline: 'Credits on a stored page', blocks: [paragraph('Two photos.'), ...assetIds.map(imageBlock)] }))
      .slug;
    await api.pagesSettled();
    await untilServedFromPages(api, PAGE, { slug });
  });
  afterAll(async () => {
    await api.close();
  });

  const credits = async () => {
    const answer = await served(api, PAGE, { slug });
    expect(answer.path).toBe('pages');
    return (answer.body.data!.article.body as any[]).filter((b) => b.__typename === 'ImageBlock').map((b) => b.credit);
  };
  const generations = async () =>
    (
      await api.prisma.readDocument.findMany({
        where: { dependsOn: { has: `MediaAsset:${keyOf(assetIds[0])}` } },
        select: { generation: true },
      })
    ).map((d) => d.generation);

  it('serves the stored page with the credits as they were', async () => {
    expect(await credits()).toEqual(['PAGE PICTURES EUROPE', 'Page Pictures']);
  });

  it('rebuilds the page after a re-credit', async () => {
    const before = await generations();
    expect(before).toHaveLength(1);
    await mutate(api, `mutation($input: RecreditMediaAssetsInput!) { recreditMediaAssets(input: $input) { changed } }`, {
      supplierId: agencyId,
      creditLinePattern: 'europe',
      creditLine: 'Page Pictures Europe',
    });
    await api.pagesSettled();
    expect((await generations())[0]).toBeGreaterThan(before[0]);
    expect(await credits()).toEqual(['Page Pictures Europe', 'Page Pictures']);
  });

  it('rebuilds the page after the agency is renamed', async () => {
    await mutate(api, `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id } }`, {
      id: agencyId,
      expectedVersion: 1,
      name: 'Paged Images',
    });
    await api.pagesSettled();
    expect(await credits()).toEqual(['Page Pictures Europe', 'Paged Images']);
  });
});
