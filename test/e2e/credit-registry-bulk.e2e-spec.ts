import { randomUUID } from 'node:crypto';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
const CREATE_PHOTOGRAPHER = `mutation($input: CreatePhotographerInput!) { createPhotographer(input: $input) { id version } }`;
const CREATE_ASSET = `mutation($input: CreateMediaAssetInput!) { createMediaAsset(input: $input) { id } }`;
const RECREDIT = `mutation($input: RecreditMediaAssetsInput!) {
  recreditMediaAssets(input: $input) { matched changed dryRun assets { id version creditLine credit } } }`;
const MERGE = `mutation($input: MergePhotographersInput!) {
  mergePhotographers(input: $input) { photographer { id name aliases version } mergedId assetsMoved duplicatesDropped assets { id } } }`;

/** Raises inside the server's transaction when `table` is written for the row with this id. */
async function failOn(api: TestApp, table: string, operation: 'UPDATE' | 'DELETE', id: string, run: () => Promise<void>) {
  const row = operation === 'DELETE' ? 'OLD' : 'NEW';
  await api.prisma.$executeRawUnsafe(
    `CREATE FUNCTION podium_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
       IF ${row}.id = '${id}'::uuid THEN RAISE EXCEPTION 'injected'; END IF; RETURN ${row}; END $$`,
  );
  await api.prisma.$executeRawUnsafe(
    `CREATE TRIGGER podium_test_fail BEFORE ${operation} ON "${table}" FOR EACH ROW EXECUTE FUNCTION podium_test_fail()`,
  );
  try {
    await run();
  } finally {
    await api.prisma.$executeRawUnsafe(`DROP TRIGGER podium_test_fail ON "${table}"`);
    await api.prisma.$executeRawUnsafe(`DROP FUNCTION podium_test_fail()`);
  }
}

describe('bulk changes of the credit registry', () => {
  let api: TestApp;
  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!;
  };
  const asset = async (input: Record<string, unknown>) =>
    (await ok(CREATE_ASSET, { input: { url: `https://cdn.example.com/${randomUUID()}.jpg`, mimeType: 'image/jpeg', ...input } }))
      .createMediaAsset.id as string;
  const stored = (ids: string[]) =>
    api.prisma.mediaAsset.findMany({
      where: { id: { in: ids.map(keyOf) } },
      orderBy: { id: 'asc' },
      select: { id: true, creditLine: true, version: true, creditNeedsReview: true },
    });

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  describe('recreditMediaAssets', () => {
    let getty: string;
    let matching: string[];
    let others: string[];
    beforeAll(async () => {
      getty = (await ok(CREATE_AGENCY, { input: { name: 'Getty Images', creditFormat: 'Photo by {photographer}/{agency}' } })).createAgency
        .id;
      const afp = (await ok(CREATE_AGENCY, { input: { name: 'AFP', creditFormat: '{photographer}/AFP' } })).createAgency.id;
      matching = [
        await asset({ supplierId: getty, creditLine: 'Maddie Meyer/Getty Images North America' }),
        await asset({ supplierId: getty, creditLine: 'Al Bello / GETTY IMAGES NORTH AMERICA' }),
        await asset({ supplierId: getty, creditLine: 'Elsa/Getty Images North América' }),
      ];
      others = [
        await asset({ supplierId: getty, creditLine: 'Photo by Maddie Meyer/Getty Images' }),
        await asset({ supplierId: getty }),
        await asset({ supplierId: afp, creditLine: 'Getty Images North America' }),
      ];
      await api.prisma.mediaAsset.update({ where: { id: keyOf(matching[2]) }, data: { creditNeedsReview: true } });
    });

    const input = (extra: Record<string, unknown> = {}) => ({
      supplierId: getty,
      creditLinePattern: 'getty images north america',
      creditLine: 'Getty Images',
      ...extra,
    });

    it('counts and lists in a dry run, writing nothing', async () => {
      const before = await stored([...matching, ...others]);
      const audits = await api.prisma.auditEntry.count();
      const dry = (await ok(RECREDIT, { input: input({ dryRun: true }) })).recreditMediaAssets;
      expect(dry).toMatchObject({ matched: 3, changed: 3, dryRun: true });
      expect(dry.assets.map((a: any) => a.id).sort()).toEqual([...matching].sort());
      expect(await stored([...matching, ...others])).toEqual(before);
      expect(await api.prisma.auditEntry.count()).toBe(audits);
    });

    it('refuses an all-or-nothing change that fails mid-way, leaving every asset as it was', async () => {
      const before = await stored([...matching, ...others]);
      const audits = await api.prisma.auditEntry.count();
      await failOn(api, 'MediaAsset', 'UPDATE', keyOf(matching[1]), async () => {
        expect(errorCodes(await api.gql(RECREDIT, { input: input() }))).toEqual(['INTERNAL_SERVER_ERROR']);
      });
      expect(await stored([...matching, ...others])).toEqual(before);
      expect(await api.prisma.auditEntry.count()).toBe(audits);
    });

    it('re-credits every matching asset of the supplier in one transaction with one audit entry', async () => {
      const before = await stored([...matching, ...others]);
      const result = (await ok(RECREDIT, { input: input() })).recreditMediaAssets;
      expect(result).toMatchObject({ matched: 3, changed: 3, dryRun: false });
      expect(result.assets.map((a: any) => a.id).sort()).toEqual([...matching].sort());
      for (const a of result.assets) expect(a).toMatchObject({ version: 2, creditLine: 'Getty Images', credit: 'Getty Images' });

      const after = await stored([...matching, ...others]);
      for (const row of after) {
        const was = before.find((b) => b.id === row.id)!;
        if (matching.map(keyOf).includes(row.id)) {
          expect(row).toEqual({ id: row.id, creditLine: 'Getty Images', version: was.version + 1, creditNeedsReview: false });
        } else {
          expect(row).toEqual(was);
        }
      }
      const audit = await api.prisma.auditEntry.findMany({ where: { action: 'mediaAsset.recredit' } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ objectType: 'Agency', objectId: keyOf(getty) });
      expect(audit[0].summary).toMatchObject({
        creditLinePattern: 'getty images north america',
        creditLine: 'Getty Images',
        matched: 3,
        changed: 3,
        assetIds: expect.arrayContaining(matching.map(keyOf)),
      });

      const again = (await ok(RECREDIT, { input: input({ creditLinePattern: '^Getty Images$' }) })).recreditMediaAssets;
      expect(again).toMatchObject({ matched: 3, changed: 0, assets: [] });
      expect(await api.prisma.auditEntry.count({ where: { action: 'mediaAsset.recredit' } })).toBe(1);
    });

    it('clears the line so the house format applies', async () => {
      const result = (await ok(RECREDIT, { input: input({ creditLinePattern: '^Getty Images$', creditLine: null }) })).recreditMediaAssets;
      expect(result).toMatchObject({ matched: 3, changed: 3 });
      for (const a of result.assets) expect(a).toMatchObject({ creditLine: null, credit: 'Getty Images', version: 3 });
    });

    it('refuses a bad pattern, a blank line and an unknown supplier', async () => {
      const bad = await api.gql(RECREDIT, { input: input({ creditLinePattern: '(AP Photo/' }) });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0].extensions.field).toBe('input.creditLinePattern');
      const blank = await api.gql(RECREDIT, { input: input({ creditLine: '  ' }) });
      expect(errorCodes(blank)).toEqual(['BAD_USER_INPUT']);
      const gone = await api.gql(RECREDIT, { input: input({ supplierId: globalId('Agency', randomUUID()) }) });
      expect(errorCodes(gone)).toEqual(['BAD_USER_INPUT']);
      expect(gone.errors![0].extensions.issues).toEqual([{ path: 'input.supplierId', message: 'no such agency' }]);
    });
  });

  describe('mergePhotographers', () => {
    let keep: { id: string; version: number };
    let merge: { id: string; version: number };
    let other: string;
    let assets: Record<'onlyMerged' | 'second' | 'both' | 'onlyKept', string>;
    const credited = async (id: string) =>
      (
        await api.prisma.mediaCreator.findMany({
          where: { assetId: keyOf(id) },
          orderBy: { position: 'asc' },
          select: { photographerId: true, position: true },
        })
      ).map((c) => [c.photographerId, c.position]);

    beforeAll(async () => {
      keep = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Kirill Kudryavtsev', aliases: ['K. Kudryavtsev'] } })).createPhotographer;
      merge = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Kiril Kudriavtsev', aliases: ['KIRILL KUDRYAVTSEV', 'K Kudriavtsev'] } }))
        .createPhotographer;
      other = (await ok(CREATE_PHOTOGRAPHER, { input: { name: 'Odd Andersen' } })).createPhotographer.id;
      assets = {
        onlyMerged: await asset({ creatorIds: [merge.id] }),
        second: await asset({ creatorIds: [other, merge.id] }),
        both: await asset({ creatorIds: [merge.id, other, keep.id] }),
        onlyKept: await asset({ creatorIds: [keep.id] }),
      };
    });

    const input = (versions = { keep: keep.version, merge: merge.version }) => ({
      keepId: keep.id,
      mergeId: merge.id,
      expectedVersions: versions,
    });

    it('refuses a stale version and a merge into itself', async () => {
      const stale = await api.gql(MERGE, { input: input({ keep: keep.version, merge: merge.version + 1 }) });
      expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
      expect(stale.errors![0].extensions).toMatchObject({ expectedVersion: merge.version + 1, currentVersion: merge.version });
      const self = await api.gql(MERGE, { input: { ...input(), mergeId: keep.id } });
      expect(errorCodes(self)).toEqual(['BAD_USER_INPUT']);
    });

    it('changes nothing when its last step fails', async () => {
      const before = await Promise.all(Object.values(assets).map(credited));
      const versions = await stored(Object.values(assets));
      await failOn(api, 'Photographer', 'DELETE', keyOf(merge.id), async () => {
        expect(errorCodes(await api.gql(MERGE, { input: input() }))).toEqual(['INTERNAL_SERVER_ERROR']);
      });
      expect(await Promise.all(Object.values(assets).map(credited))).toEqual(before);
      expect(await stored(Object.values(assets))).toEqual(versions);
      expect(await api.prisma.photographer.findUniqueOrThrow({ where: { id: keyOf(keep.id) } })).toMatchObject({
        aliases: ['K. Kudryavtsev'],
        version: 1,
      });
      expect(await api.prisma.photographer.count({ where: { id: keyOf(merge.id) } })).toBe(1);
      expect(await api.prisma.auditEntry.count({ where: { action: 'photographer.merge' } })).toBe(0);
    });

    it('moves every credit to the kept photographer in its place, keeps the names as aliases, and deletes the merged one', async () => {
      const versions = await stored(Object.values(assets));
      const result = (await ok(MERGE, { input: input() })).mergePhotographers;
      expect(result).toMatchObject({
        photographer: {
          id: keep.id,
          name: 'Kirill Kudryavtsev',
          aliases: ['K. Kudryavtsev', 'Kiril Kudriavtsev', 'K Kudriavtsev'],
          version: 2,
        },
        mergedId: merge.id,
        assetsMoved: 3,
        duplicatesDropped: 1,
      });
      expect(result.assets.map((a: any) => a.id).sort()).toEqual([assets.onlyMerged, assets.second, assets.both].sort());

      const [k, o] = [keyOf(keep.id), keyOf(other)];
      expect(await credited(assets.onlyMerged)).toEqual([[k, 0]]);
      expect(await credited(assets.second)).toEqual([
        [o, 0],
        [k, 1],
      ]);
      expect(await credited(assets.both)).toEqual([
        [k, 0],
        [o, 1],
      ]);
      expect(await credited(assets.onlyKept)).toEqual([[k, 0]]);
      expect(await api.prisma.photographer.count({ where: { id: keyOf(merge.id) } })).toBe(0);
      for (const row of await stored(Object.values(assets))) {
        const bumped = row.id !== keyOf(assets.onlyKept);
        expect(row.version).toBe(versions.find((v) => v.id === row.id)!.version + (bumped ? 1 : 0));
      }
      const audit = await api.prisma.auditEntry.findMany({ where: { action: 'photographer.merge' } });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ objectType: 'Photographer', objectId: k });
      expect(audit[0].summary).toMatchObject({
        mergedId: keyOf(merge.id),
        mergedName: 'Kiril Kudriavtsev',
        assetsMoved: 3,
        duplicatesDropped: 1,
      });

      const read = await ok(`query($id: ID!) { mediaAsset(id: $id) { creators { name } credit } }`, { id: assets.second });
      expect(read.mediaAsset.creators).toEqual([{ name: 'Odd Andersen' }, { name: 'Kirill Kudryavtsev' }]);
    });
  });
});
