import { createTestApp, type TestApp } from '../utils/test-app.js';
import { eventually } from '../utils/eventually.js';
import { liveAnswer, served, untilServedFromPages } from '../utils/pages.js';
import { noisyJpeg, uploadFile } from './media-storage.helpers.js';

const STORY_PHOTOS = `query StoryPhotos($slug: String!) {
  article(slug: $slug) { body { ... on ImageBlock { asset { focalPoint { x y } renditions { name format width height url } } } } }
}`;
const ASSET = `query Asset($id: ID!) { node(id: $id) { ... on MediaAsset { version renditionsStatus renditions { url } } } }`;
const CREATE = `mutation CreateStory($photo: ID!) {
  createArticle(input: {
    headline: "A photo with renditions"
    blocks: [{ type: IMAGE, image: { assetId: $photo, credit: "Podium staff", altText: "A test photo" } }]
  }) { id version slug }
}`;

describe('a story page and the renditions of its photos', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const readyAsset = (id: string, notUrl?: string) =>
    eventually(
      async () => {
        const node = (await api.gql(ASSET, { id })).data!.node as {
          version: number;
          renditionsStatus: string;
          renditions: { url: string }[];
        };
        return node.renditionsStatus === 'READY' && node.renditions[0]?.url !== notUrl && node;
      },
      60_000,
      'renditions',
    );

  it('are served from the stored page, and follow a moved focal point there', async () => {
    const { body } = await uploadFile(api, await noisyJpeg(1400, 900));
    const photo = body.asset.id as string;
    const first = await readyAsset(photo);
    const draft = await api.gql(CREATE, { photo });
    expect(draft.errors).toBeUndefined();
    const { id, version, slug } = draft.data!.createArticle;
    const published = await api.gql(`mutation($id: ID!, $v: Int!) { publishArticle(input: { id: $id, expectedVersion: $v }) { status } }`, {
      id,
      v: version,
    });
    expect(published.errors).toBeUndefined();

    await untilServedFromPages(api, STORY_PHOTOS, { slug });
    const before = await served(api, STORY_PHOTOS, { slug });
    expect(before.path).toBe('pages');
    expect(before.body).toEqual(await liveAnswer(api, STORY_PHOTOS, { slug }));
    const urls = (answer: typeof before) => answer.body.data!.article.body[0].asset.renditions.map((r: { url: string }) => r.url);
    expect(urls(before)).toContain(first.renditions[0].url);

    const moved = await api.gql(
      `mutation($id: ID!, $v: Int!) { setMediaFocalPoint(input: { id: $id, expectedVersion: $v, x: 0.2, y: 0.3 }) { version } }`,
      { id: photo, v: first.version },
    );
    expect(moved.errors).toBeUndefined();
    const again = await readyAsset(photo, first.renditions[0].url);
    await api.pagesSettled();
    const after = await served(api, STORY_PHOTOS, { slug });
    expect(after.path).toBe('pages');
    expect(after.body).toEqual(await liveAnswer(api, STORY_PHOTOS, { slug }));
    expect(after.body.data!.article.body[0].asset.focalPoint).toEqual({ x: 0.2, y: 0.3 });
    expect(urls(after)).toContain(again.renditions[0].url);
    // The page built before the move named files that are still served until the removal job's day is out.
    const old = await fetch(`${api.baseUrl}${new URL(urls(before)[0] as string).pathname}`);
    expect(old.status).toBe(200);
  });
});
