import { randomUUID } from 'node:crypto';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id slug name creditFormat version } }`;
const CREATE_PHOTOGRAPHER = `mutation($input: CreatePhotographerInput!) { createPhotographer(input: $input) { id slug name creditFormat agency { slug } } }`;
const CREATE_ASSET = `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id version credit missing } }`;
const UPDATE_ASSET = `mutation($input: UpdateMediaAssetInput!) { updateMediaAsset(input: $input) { id version caption peopleShown { slug } } }`;
const DELETE_ASSET = `mutation($id: ID!) { deleteMediaAsset(id: $id) }`;
const READ_ASSET = `query($id: ID!) {
  mediaAsset(id: $id) {
    kind url mimeType width height sizeBytes caption captionWriter headline altText creditLine copyrightNotice source supplierImageId
    licensorUrl webStatement usageTerms instructions dateCreated city countryIso2 version
    supplier { slug name } event { name } creators { slug name } peopleShown { slug displayName } credit missing
  }
}`;
const FIND = `query($filter: MediaAssetFilter) { mediaAssets(first: 50, filter: $filter) { edges { node { id } } } }`;

describe('media assets and the credit registry', () => {
  let api: TestApp;
  let ids: { getty: string; afp: string; meyer: string; kudryavtsev: string; leerdam: string; kok: string; event: string };

  beforeAll(async () => {
    api = await createTestApp();
    const ok = async (query: string, variables?: Record<string, unknown>) => {
      const response = await api.gql(query, variables);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!;
    };
    const getty = (await ok(CREATE_AGENCY, { input: { name: 'Getty Images', creditFormat: 'Photo by {photographer}/Getty Images' } }))
      .createAgency;
    const afp = (await ok(CREATE_AGENCY, { input: { name: 'AFP', creditFormat: '{photographer}/AFP' } })).createAgency;
    const meyer = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Maddie Meyer', agencyId: getty.id } })).createPhotographer;
    const kudryavtsev = (
      await ok(CREATE_PHOTOGRAPHER, {
        input: { name: 'Kirill Kudryavtsev', agencyId: afp.id, creditFormat: '{photographer}/AFP via Getty Images' },
      })
    ).createPhotographer;
    const people = await ok(`{ leerdam: person(slug: "jutta-leerdam") { id } kok: person(slug: "femke-kok") { id } }`);
    const event = await ok(`{ competition(slug: "milano-cortina-2026") { event(key: "SSK-W-1000M") { id } } }`);
    ids = {
      getty: getty.id,
      afp: afp.id,
      meyer: meyer.id,
      kudryavtsev: kudryavtsev.id,
      leerdam: people.leerdam.id,
      kok: people.kok.id,
      event: event.competition.event.id,
    };
  });
  afterAll(async () => {
    await api.close();
  });

  const photo = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    url: `https://cdn.example.com/${randomUUID()}.jpg`,
    mimeType: 'image/jpeg',
    ...extra,
  });

  it('stores an asset with its IPTC fields, creators and people shown, and derives its credit', async () => {
    const input = photo({
      width: 3000,
      height: 2000,
      sizeBytes: 2_400_000,
      caption: "Jutta Leerdam celebrates after breaking the Olympic record in the women's 1000m",
      captionWriter: 'JD',
      headline: 'Leerdam wins 1000m gold',
      altText: 'A skater in orange raises both arms',
      copyrightNotice: '2026 Getty Images',
      source: 'Getty Images Europe',
      supplierId: ids.getty,
      supplierImageId: 'GI-2261001',
      licensorUrl: 'https://www.gettyimages.com/detail/2261001',
      webStatement: 'https://www.gettyimages.com/eula',
      usageTerms: 'Editorial use only',
      instructions: 'NO SALES',
      dateCreated: '2026-02-09T16:45:00.000Z',
      city: 'Milan',
      countryIso2: 'IT',
      eventId: ids.event,
      creatorIds: [ids.meyer],
      peopleShownIds: [ids.kok, ids.leerdam],
    });
    const created = await api.gql(CREATE_ASSET, { input });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createMediaAsset).toMatchObject({ version: 1, credit: 'Photo by Maddie Meyer/Getty Images', missing: [] });

    const read = await api.gql(READ_ASSET, { id: created.data!.createMediaAsset.id });
    expect(read.errors).toBeUndefined();
    const { creatorIds: _c, peopleShownIds: _p, supplierId: _s, eventId: _e, ...fields } = input;
    expect(read.data!.mediaAsset).toEqual({
      ...fields,
      kind: 'PHOTO',
      creditLine: null,
      version: 1,
      supplier: { slug: 'getty-images', name: 'Getty Images' },
      event: { name: "Women's 1000m" },
      creators: [{ slug: 'maddie-meyer', name: 'Maddie Meyer' }],
      peopleShown: [
        { slug: 'femke-kok', displayName: 'Femke Kok' },
        { slug: 'jutta-leerdam', displayName: 'Jutta Leerdam' },
      ],
      credit: 'Photo by Maddie Meyer/Getty Images',
      missing: [],
    });
    const stored = await api.prisma.mediaPersonShown.findMany({
      where: { assetId: keyOf(created.data!.createMediaAsset.id) },
      orderBy: { position: 'asc' },
    });
    expect(stored.map((row) => [row.personId, row.position])).toEqual([
      [keyOf(ids.kok), 0],
      [keyOf(ids.leerdam), 1],
    ]);
  });

  it("prints a verbatim credit line over any format, and a photographer's own format over the supplier's", async () => {
    const verbatim = await api.gql(CREATE_ASSET, {
      input: photo({ creditLine: 'KIRILL KUDRYAVTSEV / AFP', supplierId: ids.getty, creatorIds: [ids.kudryavtsev] }),
    });
    expect(verbatim.data!.createMediaAsset.credit).toBe('KIRILL KUDRYAVTSEV / AFP');
    const own = await api.gql(CREATE_ASSET, { input: photo({ supplierId: ids.getty, creatorIds: [ids.kudryavtsev] }) });
    expect(own.data!.createMediaAsset.credit).toBe('Kirill Kudryavtsev/AFP via Getty Images');
    const agencyOnly = await api.gql(CREATE_ASSET, { input: photo({ supplierId: ids.getty }) });
    expect(agencyOnly.data!.createMediaAsset).toMatchObject({ credit: 'Getty Images', missing: ['ALT_TEXT', 'CAPTION', 'RIGHTS'] });
    const two = await api.gql(CREATE_ASSET, { input: photo({ supplierId: ids.getty, creatorIds: [ids.meyer, ids.kudryavtsev] }) });
    expect(two.data!.createMediaAsset.credit).toBe('Maddie Meyer and Kirill Kudryavtsev/AFP via Getty Images');
  });

  it('names the field path of every missing or repeated reference, and writes nothing', async () => {
    const before = await api.prisma.mediaAsset.count();
    const response = await api.gql(CREATE_ASSET, {
      input: photo({
        eventId: globalId('Event', randomUUID()),
        creatorIds: [ids.meyer, ids.meyer],
        peopleShownIds: [ids.leerdam, globalId('Person', randomUUID())],
      }),
    });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions.issues).toEqual([
      { path: 'input.eventId', message: 'no such event' },
      { path: 'input.creatorIds.1', message: 'listed twice' },
      { path: 'input.peopleShownIds.1', message: 'no such person' },
    ]);
    const badUrl = await api.gql(CREATE_ASSET, { input: photo({ url: 'ftp://example.com/a.jpg' }) });
    expect(errorCodes(badUrl)).toEqual(['BAD_USER_INPUT']);
    expect(badUrl.errors![0].extensions.field).toBe('input.url');
    expect(await api.prisma.mediaAsset.count()).toBe(before);
  });

  it('refuses an agency format that credits nothing without a photographer, and a taken slug', async () => {
    const empty = await api.gql(CREATE_AGENCY, { input: { name: 'Nobody', creditFormat: '{photographer}' } });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(empty.errors![0].extensions.field).toBe('input.creditFormat');
    const taken = await api.gql(CREATE_AGENCY, { input: { name: 'Getty Images', creditFormat: 'Getty Images' } });
    expect(errorCodes(taken)).toEqual(['SLUG_TAKEN']);
  });

  it('lists assets lacking a credit, showing a person, of a supplier or of an event', async () => {
    const bare = (await api.gql(CREATE_ASSET, { input: photo({ caption: 'Orange fans in the stands', peopleShownIds: [ids.kok] }) })).data!
      .createMediaAsset;
    expect(bare.missing).toEqual(['CREDIT', 'ALT_TEXT', 'RIGHTS']);
    const credited = (await api.gql(CREATE_ASSET, { input: photo({ creditLine: 'ANP', peopleShownIds: [ids.kok] }) })).data!
      .createMediaAsset;
    const found = async (filter: Record<string, unknown>) =>
      ((await api.gql(FIND, { filter })).data!.mediaAssets.edges as any[]).map((e) => e.node.id);

    const noCredit = await found({ missing: 'CREDIT' });
    expect(noCredit).toContain(bare.id);
    expect(noCredit).not.toContain(credited.id);
    for (const id of noCredit) expect((await api.gql(READ_ASSET, { id })).data!.mediaAsset.credit).toBeNull();

    expect(await found({ person: 'femke-kok', missing: 'CREDIT' })).toEqual([bare.id]);
    const kok = await found({ person: 'femke-kok' });
    expect(kok.slice(0, 2)).toEqual([credited.id, bare.id]);
    expect(await found({ supplier: 'afp' })).toEqual([]);
    expect((await found({ event: ids.event })).length).toBe(1);
  });

  it('pages newest first with opaque cursors and refuses a forged one', async () => {
    const page1 = await api.gql(`{ mediaAssets(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    const page2 = await api.gql(`query($after: String) { mediaAssets(first: 2, after: $after) { edges { node { id } } } }`, {
      after: page1.data!.mediaAssets.pageInfo.endCursor,
    });
    const all = await api.gql(`{ mediaAssets(first: 4) { edges { node { id } } } }`);
    expect([...page1.data!.mediaAssets.edges, ...page2.data!.mediaAssets.edges]).toEqual(all.data!.mediaAssets.edges);
    const forged = await api.gql(`query($after: String) { mediaAssets(after: $after) { edges { node { id } } } }`, {
      after: Buffer.from('["x","y"]').toString('base64url'),
    });
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
  });

  it('updates at the version the editor saw, replacing people shown, and refuses a stale save', async () => {
    const { id } = (await api.gql(CREATE_ASSET, { input: photo({ caption: 'First', peopleShownIds: [ids.leerdam] }) })).data!
      .createMediaAsset;
    const saved = await api.gql(UPDATE_ASSET, {
      input: { id, expectedVersion: 1, caption: 'Second', peopleShownIds: [ids.kok, ids.leerdam] },
    });
    expect(saved.data!.updateMediaAsset).toEqual({
      id,
      version: 2,
      caption: 'Second',
      peopleShown: [{ slug: 'femke-kok' }, { slug: 'jutta-leerdam' }],
    });
    const stale = await api.gql(UPDATE_ASSET, { input: { id, expectedVersion: 1, caption: 'Third', peopleShownIds: [] } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors![0].extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const nulled = await api.gql(UPDATE_ASSET, { input: { id, expectedVersion: 2, url: null } });
    expect(errorCodes(nulled)).toEqual(['BAD_USER_INPUT']);
    const stored = await api.prisma.mediaAsset.findUniqueOrThrow({ where: { id: keyOf(id) }, include: { peopleShown: true } });
    expect(stored).toMatchObject({ version: 2, caption: 'Second' });
    expect(stored.peopleShown).toHaveLength(2);
  });

  it('refuses to delete an asset a story uses, naming the stories, and deletes it otherwise', async () => {
    const { id } = (await api.gql(CREATE_ASSET, { input: photo({ creatorIds: [ids.meyer], peopleShownIds: [ids.leerdam] }) })).data!
      .createMediaAsset;
    const article = await api.prisma.article.create({ data: { slug: 'leerdam-wins-gold', headline: 'Leerdam wins gold' } });
    await api.prisma.articleReference.create({
      data: { articleId: article.id, targetType: 'MEDIA_ASSET', targetId: keyOf(id), kind: 'IMAGE_BLOCK', blockPosition: 2 },
    });

    const refused = await api.gql(DELETE_ASSET, { id });
    expect(errorCodes(refused)).toEqual(['REFERENCED']);
    expect(refused.errors![0].extensions.articles).toEqual(['leerdam-wins-gold']);
    expect(await api.prisma.mediaAsset.count({ where: { id: keyOf(id) } })).toBe(1);

    await api.prisma.article.delete({ where: { id: article.id } });
    const deleted = await api.gql(DELETE_ASSET, { id });
    expect(deleted.data!.deleteMediaAsset).toBe(id);
    expect(await api.prisma.mediaAsset.count({ where: { id: keyOf(id) } })).toBe(0);
    expect(await api.prisma.mediaCreator.count({ where: { assetId: keyOf(id) } })).toBe(0);
    expect(errorCodes(await api.gql(DELETE_ASSET, { id }))).toEqual(['NOT_FOUND']);
  });

  it('edits the registry at versions and lists it by name', async () => {
    const updated = await api.gql(`mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { version creditFormat } }`, {
      input: { id: ids.afp, expectedVersion: 1, creditFormat: '{photographer}/AFP via Getty Images' },
    });
    expect(updated.data!.updateAgency).toEqual({ version: 2, creditFormat: '{photographer}/AFP via Getty Images' });
    const cleared = await api.gql(
      `mutation($input: UpdatePhotographerInput!) { updatePhotographer(input: $input) { version creditFormat agency { slug } } }`,
      {
        input: { id: ids.kudryavtsev, expectedVersion: 1, creditFormat: null },
      },
    );
    expect(cleared.data!.updatePhotographer).toEqual({ version: 2, creditFormat: null, agency: { slug: 'afp' } });
    const agencies = await api.gql(`{ agencies { edges { node { slug } } } photographers(agency: "afp") { edges { node { slug } } } }`);
    expect(agencies.data!.agencies.edges.map((e: any) => e.node.slug)).toEqual(['afp', 'getty-images']);
    expect(agencies.data!.photographers.edges.map((e: any) => e.node.slug)).toEqual(['kirill-kudryavtsev']);
  });
});
