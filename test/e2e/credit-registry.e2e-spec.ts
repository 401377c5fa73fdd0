import { randomUUID } from 'node:crypto';
import type { Role } from '../../src/auth/viewer.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const AGENCY_FIELDS = `id slug name creditFormat aliases matchPatterns creditStyle defaultCopyright licensorUrl expiryPolicy fallbackAsset { id } version`;
const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { ${AGENCY_FIELDS} } }`;
const UPDATE_AGENCY = `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { ${AGENCY_FIELDS} } }`;
const CREATE_PHOTOGRAPHER = `mutation($input: CreatePhotographerInput!) { createPhotographer(input: $input) { id name aliases version } }`;
const UPDATE_PHOTOGRAPHER = `mutation($input: UpdatePhotographerInput!) { updatePhotographer(input: $input) { id name aliases version } }`;
const CREATE_ASSET = `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id credit houseCredit } }`;
const CREDITS = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on MediaAsset { id credit houseCredit } } }`;

describe('the credit registry', () => {
  let api: TestApp;
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };
  const photo = (extra: Record<string, unknown>) => ({
    url: `https://cdn.example.com/${randomUUID()}.jpg`,
    mimeType: 'image/jpeg',
    ...extra,
  });
  const registryState = async () => ({
    agencies: await api.prisma.agency.findMany({ orderBy: { id: 'asc' } }),
    photographers: await api.prisma.photographer.findMany({ orderBy: { id: 'asc' } }),
  });

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('stores aliases, match patterns, credit style, copyright, licensor and expiry policy, and shows the desk fields to staff only', async () => {
    const fallback = (await ok(CREATE_ASSET, { input: photo({ caption: 'Fallback' }) })).createMediaAsset.id;
    const created = await ok(CREATE_AGENCY, {
      input: {
        name: 'The Associated Press',
        creditFormat: '{agency} Photo/{photographer}',
        aliases: ['AP', ' Associated Press ', 'ap', 'the associated press', 'Assocíated Press'],
        matchPatterns: ['\\(AP Photo/'],
        creditStyle: 'HOUSE_FORMAT',
        defaultCopyright: '© The Associated Press',
        licensorUrl: 'https://www.apimages.com/license',
        expiryPolicy: 'SWAP_FALLBACK',
        fallbackAssetId: fallback,
      },
    });
    expect(created.createAgency).toEqual({
      id: expect.any(String),
      slug: 'the-associated-press',
      name: 'The Associated Press',
      creditFormat: '{agency} Photo/{photographer}',
      aliases: ['AP', 'Associated Press'],
      matchPatterns: ['\\(AP Photo/'],
      creditStyle: 'HOUSE_FORMAT',
      defaultCopyright: '© The Associated Press',
      licensorUrl: 'https://www.apimages.com/license',
      expiryPolicy: 'SWAP_FALLBACK',
      fallbackAsset: { id: fallback },
      version: 1,
    });

    const read = `{ agencies(first: 50) { edges { node { slug aliases creditStyle matchPatterns expiryPolicy } } } }`;
    for (const role of ['WRITER', 'EDITOR', 'RESULTS'] as Role[]) {
      const response = await api.gqlAs(role, read);
      expect(response.errors).toBeUndefined();
      expect(response.data!.agencies.edges.map((e: any) => e.node)).toContainEqual({
        slug: 'the-associated-press',
        aliases: ['AP', 'Associated Press'],
        creditStyle: 'HOUSE_FORMAT',
        matchPatterns: ['\\(AP Photo/'],
        expiryPolicy: 'SWAP_FALLBACK',
      });
    }
    const anonymous = await api.gqlAs('anonymous', `{ agencies(first: 50) { edges { node { slug aliases matchPatterns } } } }`);
    expect(new Set(errorCodes(anonymous))).toEqual(new Set(['UNAUTHENTICATED']));

    const photographer = await ok(CREATE_PHOTOGRAPHER, {
      input: { name: 'Ashley Landis', aliases: ['ASHLEY LANDIS', 'A. Landis', 'A. Landis'] },
    });
    expect(photographer.createPhotographer).toMatchObject({ name: 'Ashley Landis', aliases: ['A. Landis'] });
    const updated = await ok(UPDATE_PHOTOGRAPHER, {
      input: { id: photographer.createPhotographer.id, expectedVersion: 1, aliases: ['Landis, Ashley'] },
    });
    expect(updated.updatePhotographer).toMatchObject({ aliases: ['Landis, Ashley'], version: 2 });
  });

  it('refuses a credit format with an unknown placeholder, naming it, and stores nothing', async () => {
    const before = await registryState();
    const agency = await api.gql(CREATE_AGENCY, { input: { name: 'Typo Images', creditFormat: 'Photo by {photgrapher}/Typo Images' } });
    expect(agency.status).toBe(200);
    expect(errorCodes(agency)).toEqual(['CREDIT_FORMAT_UNKNOWN_PLACEHOLDER']);
    expect(agency.errors![0].extensions).toMatchObject({
      field: 'input.creditFormat',
      placeholder: '{photgrapher}',
      suggestion: '{photographer}',
      known: ['{photographer}', '{agency}'],
    });
    expect(agency.errors![0].message).toContain('{photgrapher}');

    const stray = await api.gql(CREATE_PHOTOGRAPHER, { input: { name: 'Brace Person', creditFormat: '{photographer/AFP' } });
    expect(errorCodes(stray)).toEqual(['CREDIT_FORMAT_UNKNOWN_PLACEHOLDER']);
    expect(stray.errors![0].extensions).toMatchObject({ placeholder: '{' });

    const getty = (await ok(CREATE_AGENCY, { input: { name: 'Getty Images', creditFormat: 'Photo by {photographer}/{agency}' } }))
      .createAgency;
    const afterCreate = await registryState();
    const update = await api.gql(UPDATE_AGENCY, { input: { id: getty.id, expectedVersion: 1, creditFormat: '{Agency}' } });
    expect(errorCodes(update)).toEqual(['CREDIT_FORMAT_UNKNOWN_PLACEHOLDER']);
    expect(update.errors![0].extensions).toMatchObject({ placeholder: '{Agency}', suggestion: '{agency}' });
    const nothing = await api.gql(CREATE_AGENCY, { input: { name: 'Nobody', creditFormat: '{photographer}' } });
    expect(errorCodes(nothing)).toEqual(['BAD_USER_INPUT']);
    const agencyOnly = await api.gql(CREATE_PHOTOGRAPHER, { input: { name: 'Agency Only', creditFormat: '{agency}' } });
    expect(errorCodes(agencyOnly)).toEqual(['BAD_USER_INPUT']);
    expect(agencyOnly.errors![0].extensions.field).toBe('input.creditFormat');
    expect(await registryState()).toEqual(afterCreate);
    expect(afterCreate.agencies).toHaveLength(before.agencies.length + 1);
  });

  it('refuses match patterns that do not compile or could backtrack for long, naming each', async () => {
    const before = await registryState();
    const response = await api.gql(CREATE_AGENCY, {
      input: { name: 'Pattern Agency', creditFormat: 'Pattern Agency', matchPatterns: ['^Pattern', '(unclosed', '(a+)+$', '.*'] },
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions.issues).toEqual([
      { path: 'input.matchPatterns.1', message: expect.stringContaining('not a valid regular expression'), code: 'MATCH_PATTERN_REFUSED' },
      { path: 'input.matchPatterns.2', message: expect.stringContaining('exponential'), code: 'MATCH_PATTERN_REFUSED' },
      { path: 'input.matchPatterns.3', message: expect.stringContaining('empty text'), code: 'MATCH_PATTERN_REFUSED' },
    ]);
    const swap = await api.gql(CREATE_AGENCY, { input: { name: 'Swap Agency', creditFormat: 'Swap', expiryPolicy: 'SWAP_FALLBACK' } });
    expect(errorCodes(swap)).toEqual(['BAD_USER_INPUT']);
    expect(swap.errors![0].extensions.field).toBe('input.fallbackAssetId');
    const unknownFallback = await api.gql(CREATE_AGENCY, {
      input: { name: 'Swap Agency', creditFormat: 'Swap', fallbackAssetId: globalId('MediaAsset', randomUUID()) },
    });
    expect(errorCodes(unknownFallback)).toEqual(['BAD_USER_INPUT']);
    expect(await registryState()).toEqual(before);
  });

  it('lets writers and editors read the registry but refuses every registry mutation to them, changing nothing', async () => {
    const agency = (await ok(CREATE_AGENCY, { input: { name: 'Roles Agency', creditFormat: 'Photo by {photographer}/{agency}' } }))
      .createAgency;
    const keep = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Roles Keep' } })).createPhotographer;
    const merge = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Roles Merge' } })).createPhotographer;
    const calls: [string, string, Record<string, unknown>][] = [
      ['createAgency', CREATE_AGENCY, { input: { name: 'Writer Agency', creditFormat: 'Writer Agency' } }],
      ['updateAgency', UPDATE_AGENCY, { input: { id: agency.id, expectedVersion: 1, name: 'Renamed by a writer' } }],
      ['createPhotographer', CREATE_PHOTOGRAPHER, { input: { name: 'Writer Photographer' } }],
      ['updatePhotographer', UPDATE_PHOTOGRAPHER, { input: { id: keep.id, expectedVersion: 1, name: 'Renamed' } }],
      [
        'recreditMediaAssets',
        `mutation($input: RecreditMediaAssetsInput!) { recreditMediaAssets(input: $input) { matched } }`,
        { input: { supplierId: agency.id, creditLinePattern: 'Roles', creditLine: 'Writer line' } },
      ],
      [
        'mergePhotographers',
        `mutation($input: MergePhotographersInput!) { mergePhotographers(input: $input) { assetsMoved } }`,
        { input: { keepId: keep.id, mergeId: merge.id, expectedVersions: { keep: 1, merge: 1 } } },
      ],
    ];
    const before = await registryState();
    const audits = await api.prisma.auditEntry.count();
    for (const role of ['WRITER', 'EDITOR', 'RESULTS'] as Role[]) {
      const read = await api.gqlAs(
        role,
        `{ agencies(first: 50) { edges { node { name } } } photographers(first: 50) { edges { node { name } } } }`,
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.photographers.edges.map((e: any) => e.node.name)).toEqual(expect.arrayContaining(['Roles Keep', 'Roles Merge']));
      for (const [mutation, query, variables] of calls) {
        const response = await api.gqlAs(role, query, variables);
        expect({ role, mutation, codes: errorCodes(response), data: response.data?.[mutation] ?? null }).toEqual({
          role,
          mutation,
          codes: ['FORBIDDEN'],
          data: null,
        });
      }
    }
    const anonymous = await api.gqlAs('anonymous', calls[0][1], calls[0][2]);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await registryState()).toEqual(before);
    expect(await api.prisma.auditEntry.count()).toBe(audits);

    for (const role of ['ADMIN', 'PHOTO'] as Role[]) {
      const response = await api.gqlAs(role, CREATE_AGENCY, { input: { name: `${role} Agency`, creditFormat: `${role} Agency` } });
      expect(response.errors).toBeUndefined();
    }
  });

  it("prints the supplier's line or the house format as the agency's credit style says, and the house credit always", async () => {
    const agency = (await ok(CREATE_AGENCY, { input: { name: 'Style Images', creditFormat: 'Photo by {photographer}/{agency}' } }))
      .createAgency;
    const meyer = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Maddie Meyer', agencyId: agency.id } })).createPhotographer;
    const asset = (
      await ok(CREATE_ASSET, {
        input: photo({ creditLine: 'MADDIE MEYER / STYLE IMAGES EUROPE', supplierId: agency.id, creatorIds: [meyer.id] }),
      })
    ).createMediaAsset;
    expect(asset).toMatchObject({ credit: 'MADDIE MEYER / STYLE IMAGES EUROPE', houseCredit: 'Photo by Maddie Meyer/Style Images' });

    await ok(UPDATE_AGENCY, { input: { id: agency.id, expectedVersion: 1, creditStyle: 'HOUSE_FORMAT' } });
    const house = await ok(CREDITS, { ids: [asset.id] });
    expect(house.nodes).toEqual([
      { id: asset.id, credit: 'Photo by Maddie Meyer/Style Images', houseCredit: 'Photo by Maddie Meyer/Style Images' },
    ]);
    const stored = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(asset.id) } });
    expect(stored.creditLine).toBe('MADDIE MEYER / STYLE IMAGES EUROPE');
  });

  it('renames an agency: every effective credit built with {agency} follows, in one audited update', async () => {
    const agency = (await ok(CREATE_AGENCY, { input: { name: 'Old Name Photos', creditFormat: 'Photo by {photographer}/{agency}' } }))
      .createAgency;
    const a = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Ann Shooter', agencyId: agency.id } })).createPhotographer;
    const b = (
      await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Ben Lens', agencyId: agency.id, creditFormat: '{photographer} for {agency}' } })
    ).createPhotographer;
    const assets = [
      (await ok(CREATE_ASSET, { input: photo({ supplierId: agency.id, creatorIds: [a.id] }) })).createMediaAsset.id,
      (await ok(CREATE_ASSET, { input: photo({ supplierId: agency.id }) })).createMediaAsset.id,
      (await ok(CREATE_ASSET, { input: photo({ creatorIds: [b.id] }) })).createMediaAsset.id,
    ];
    const before = await ok(CREDITS, { ids: assets });
    expect(before.nodes.map((n: any) => n.credit)).toEqual([
      'Photo by Ann Shooter/Old Name Photos',
      'Old Name Photos',
      'Ben Lens for Old Name Photos',
    ]);

    const renamed = await ok(UPDATE_AGENCY, { input: { id: agency.id, expectedVersion: 1, name: 'New Name Pictures' } });
    expect(renamed.updateAgency).toMatchObject({ name: 'New Name Pictures', slug: 'old-name-photos', version: 2 });
    const after = await ok(CREDITS, { ids: assets });
    expect(after.nodes.map((n: any) => n.credit)).toEqual([
      'Photo by Ann Shooter/New Name Pictures',
      'New Name Pictures',
      'Ben Lens for New Name Pictures',
    ]);
    const audit = await api.prisma.auditEntry.findMany({ where: { action: 'agency.update', objectId: keyOf(agency.id) } });
    expect(audit).toHaveLength(1);
    expect(audit[0].summary).toMatchObject({
      renamedFrom: 'Old Name Photos',
      renamedTo: 'New Name Pictures',
      fromVersion: 1,
      toVersion: 2,
    });

    const stale = await api.gql(UPDATE_AGENCY, { input: { id: agency.id, expectedVersion: 1, name: 'Lost Update' } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
  });
});
