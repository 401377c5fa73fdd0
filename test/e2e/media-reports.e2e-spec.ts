import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/auth/viewer.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { keyOf } from '../utils/ids.js';
import { imageBlock, mutate, sportsIds, story } from './articles-search.helpers.js';

const USAGE = `query($groupBy: MediaUsageGroupBy!, $after: String) {
  mediaUsageReport(groupBy: $groupBy, first: 2, after: $after) {
    edges { node { agency { name } photographer { name } assetCount usedAssetCount storyCount publishedStoryCount } }
    pageInfo { hasNextPage endCursor } } }`;
const ASSET_USAGES = `query($agencyId: ID, $photographerId: ID) {
  mediaAssetUsages(agencyId: $agencyId, photographerId: $photographerId, first: 10) { edges { node { asset { id } storyCount publishedStoryCount } } } }`;
const REVIEW = `{ mediaCreditsToReview(first: 10) { edges { node { id creditLine } } } }`;
const WARNINGS = `query($first: Int, $after: String) { mediaCaptionWarnings(first: $first, after: $after) {
  edges { node { asset { id } shownNotInCaption namedNotShown { slug } } } pageInfo { hasNextPage endCursor } } }`;

describe('the photo desk reports', () => {
  let api: TestApp;
  let people: Record<string, string>;
  const create = (input: Record<string, unknown>) =>
    mutate<{ id: string }>(api, `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`, {
      url: `https://cdn.example.com/${randomUUID()}.jpg`,
      mimeType: 'image/jpeg',
      altText: 'A photo',
      ...input,
    }).then((a) => a.id);
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await api.gqlAs('EDITOR', query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };

  beforeAll(async () => {
    api = await createTestApp();
    people = (await sportsIds(api)).person;
  });
  afterAll(async () => {
    await api.close();
  });

  it('counts assets, assets used and stories per agency and per photographer, in SQL, by name', async () => {
    const agency = (name: string) =>
      mutate<{ id: string }>(api, `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`, {
        name,
        creditFormat: name,
      });
    const photographer = (name: string) =>
      mutate<{ id: string }>(api, `mutation($input: CreatePhotographerInput!) { createPhotographer(input: $input) { id } }`, { name });
    const [alpha, beta, gamma] = [await agency('Alpha Photo'), await agency('Beta Photo'), await agency('Gamma Photo')];
    const [ann, bob] = [await photographer('Ann Able'), await photographer('Bob Baker')];
    const shared = { caption: 'A photo', copyrightNotice: '© Alpha' };
    const a1 = await create({ ...shared, supplierId: alpha.id, creatorIds: [ann.id] });
    const a2 = await create({ ...shared, supplierId: alpha.id, creatorIds: [ann.id, bob.id] });
    await create({ ...shared, supplierId: alpha.id });
    const b1 = await create({ ...shared, supplierId: beta.id, creatorIds: [bob.id] });
    await story(api, { headline: 'Published with two Alpha photos', blocks: [imageBlock(a1), imageBlock(a2)] });
    await story(api, { headline: 'Published with one Alpha photo', blocks: [imageBlock(a1)] });
    await story(api, { headline: 'Draft with a Beta photo', blocks: [imageBlock(b1)] }, { draft: true });

    const first = (await ok(USAGE, { groupBy: 'AGENCY' })).mediaUsageReport;
    expect(first.edges.map((e: any) => e.node)).toEqual([
      { agency: { name: 'Alpha Photo' }, photographer: null, assetCount: 3, usedAssetCount: 2, storyCount: 2, publishedStoryCount: 2 },
      { agency: { name: 'Beta Photo' }, photographer: null, assetCount: 1, usedAssetCount: 1, storyCount: 1, publishedStoryCount: 0 },
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = (await ok(USAGE, { groupBy: 'AGENCY', after: first.pageInfo.endCursor })).mediaUsageReport;
    expect(next.edges[0].node).toMatchObject({ agency: { name: 'Gamma Photo' }, assetCount: 0, usedAssetCount: 0, storyCount: 0 });
    expect(gamma.id).toBeDefined();

    const byPhotographer = (await ok(USAGE, { groupBy: 'PHOTOGRAPHER' })).mediaUsageReport;
    expect(byPhotographer.edges.map((e: any) => e.node)).toEqual([
      { agency: null, photographer: { name: 'Ann Able' }, assetCount: 2, usedAssetCount: 2, storyCount: 2, publishedStoryCount: 2 },
      { agency: null, photographer: { name: 'Bob Baker' }, assetCount: 2, usedAssetCount: 2, storyCount: 2, publishedStoryCount: 1 },
    ]);

    const alphaAssets = (await ok(ASSET_USAGES, { agencyId: alpha.id })).mediaAssetUsages.edges.map((e: any) => e.node);
    expect(alphaAssets).toEqual([
      { asset: { id: expect.any(String) }, storyCount: 0, publishedStoryCount: 0 },
      { asset: { id: a2 }, storyCount: 1, publishedStoryCount: 1 },
      { asset: { id: a1 }, storyCount: 2, publishedStoryCount: 2 },
    ]);
    const bobAssets = (await ok(ASSET_USAGES, { photographerId: bob.id })).mediaAssetUsages.edges.map((e: any) => [
      e.node.asset.id,
      e.node.storyCount,
    ]);
    expect(bobAssets).toEqual([
      [b1, 1],
      [a2, 1],
    ]);
  });

  it('lists the credits flagged for review, newest first', async () => {
    const flagged = await create({ creditLine: 'Some Unknown Wire' });
    await create({ creditLine: 'Known' });
    await api.prisma.mediaAsset.update({ where: { id: keyOf(flagged) }, data: { creditNeedsReview: true } });
    expect((await ok(REVIEW)).mediaCreditsToReview.edges.map((e: any) => e.node)).toEqual([
      { id: flagged, creditLine: 'Some Unknown Wire' },
    ]);
  });

  it('warns of people shown not named in the caption and of known people named but not shown, ignoring case and accents', async () => {
    const [leerdam, kok, takagi] = [people['jutta-leerdam'], people['femke-kok'], people['miho-takagi']];
    const agrees = await create({ caption: "JUTTA LEERDAM celebrates; Femke Kok's silver", peopleShownIds: [leerdam, kok] });
    const namedNotShown = await create({
      caption: "Netherlands' Jutta Leerdam (L) and Japan's Miho Takagi compete in the final pair",
      peopleShownIds: [leerdam],
    });
    const shownNotNamed = await create({ caption: 'Orange fans in the stands', peopleShownIds: [kok] });
    const byFileName = await create({ caption: 'Jutta Leerdam and Miho Takagi on the podium' });
    // Person Shown names as read from the files (the upload fills them).
    await api.prisma.mediaAsset.update({ where: { id: keyOf(shownNotNamed) }, data: { personShownNames: ['Femke Kok', 'Joy Beune'] } });
    await api.prisma.mediaAsset.update({ where: { id: keyOf(byFileName) }, data: { personShownNames: ['Jutta Leerdam', 'Mihó Tákagi'] } });
    await create({ caption: 'Nobody is named here' });

    const all = (await ok(WARNINGS, { first: 50 })).mediaCaptionWarnings;
    const warnings = Object.fromEntries(all.edges.map((e: any) => [e.node.asset.id, e.node]));
    expect(warnings[agrees]).toBeUndefined();
    expect(warnings[byFileName]).toBeUndefined();
    expect(warnings[namedNotShown]).toEqual({
      asset: { id: namedNotShown },
      shownNotInCaption: [],
      namedNotShown: [{ slug: 'miho-takagi' }],
    });
    expect(warnings[shownNotNamed]).toEqual({
      asset: { id: shownNotNamed },
      shownNotInCaption: ['Femke Kok', 'Joy Beune'],
      namedNotShown: [],
    });
    expect(Object.keys(warnings)).toHaveLength(2);
    expect(all.pageInfo.hasNextPage).toBe(false);

    const page1 = (await ok(WARNINGS, { first: 1 })).mediaCaptionWarnings;
    expect(page1.edges.map((e: any) => e.node.asset.id)).toEqual([shownNotNamed]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await ok(WARNINGS, { first: 1, after: page1.pageInfo.endCursor })).mediaCaptionWarnings;
    expect(page2.edges.map((e: any) => e.node.asset.id)).toEqual([namedNotShown]);
    expect(takagi).toBeDefined();
  });

  it('is for the desk only', async () => {
    for (const query of [
      `{ mediaUsageReport(groupBy: AGENCY) { edges { node { assetCount } } } }`,
      REVIEW,
      `{ mediaCaptionWarnings { edges { node { shownNotInCaption } } } }`,
    ]) {
      for (const role of ['WRITER', 'RESULTS'] as Role[]) {
        const response = await api.gqlAs(role, query);
        expect({ role, codes: errorCodes(response), data: response.data }).toEqual({ role, codes: ['FORBIDDEN'], data: null });
      }
      expect(errorCodes(await api.gqlAs('anonymous', query))).toEqual(['UNAUTHENTICATED']);
      for (const role of ['ADMIN', 'EDITOR', 'PHOTO'] as Role[]) expect((await api.gqlAs(role, query)).errors).toBeUndefined();
    }
  });
});
