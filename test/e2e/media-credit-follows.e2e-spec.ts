import exifr from 'exifr';
import { openAsBlob } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { eventually } from '../utils/eventually.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/media/', import.meta.url));

const ASSET = `query CreditedAsset($id: ID!) {
  node(id: $id) { ... on MediaAsset { version credit renditionsStatus renditions { name format url } supplier { id version } } }
}`;
const CREATE_AGENCY = `mutation { createAgency(input: { name: "Getty Images", creditFormat: "Photo by {photographer}/Getty Images" }) { id } }`;
const RECREDIT = `mutation Recredit($supplier: ID!, $line: String) {
  recreditMediaAssets(input: { supplierId: $supplier, creditLinePattern: "^Getty Images$", creditLine: $line }) { changed }
}`;
const RENAME = `mutation Rename($id: ID!, $version: Int!) {
  updateAgency(input: { id: $id, expectedVersion: $version, name: "Getty Images Sport", creditFormat: "Photo by {photographer}/{agency}" }) { name }
}`;

interface Asset {
  version: number;
  credit: string;
  renditionsStatus: string;
  renditions: { name: string; format: string; url: string }[];
  supplier: { id: string; version: number };
}

/** The credit written inside a photo's 640-wide JPEG rendition, as any reader of IPTC/XMP sees it. */
async function embeddedCredit(api: TestApp, asset: Asset): Promise<unknown> {
  const jpeg = asset.renditions.find((r) => r.name === 'w640' && r.format === 'JPEG')!;
  const body = Buffer.from(await (await fetch(`${api.baseUrl}${new URL(jpeg.url).pathname}`)).arrayBuffer());
  return ((await exifr.parse(body, { xmp: true, mergeOutput: true })) as { Credit?: unknown }).Credit;
}

describe('the credit inside renditions follows the registry', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const read = async (id: string) => (await api.gql<{ node: Asset }>(ASSET, { id })).data!.node;
  /** The asset once its renditions were made again after `before` (their URLs are new each time). */
  const rerendered = (id: string, before: Asset) =>
    eventually(
      async () => {
        const asset = await read(id);
        return asset.renditionsStatus === 'READY' && asset.renditions[0]?.url !== before.renditions[0]?.url && asset;
      },
      60_000,
      'renditions made again',
    );

  it('renders again, with the new credit inside, after a re-credit and after the agency is renamed', async () => {
    const agency = await api.gql(CREATE_AGENCY);
    expect(agency.errors).toBeUndefined();
    const form = new FormData();
    form.append('file', await openAsBlob(`${FIXTURES}leerdam-celebrates.jpg`, { type: 'image/jpeg' }), 'leerdam-celebrates.jpg');
    const uploaded = (await (await fetch(`${api.baseUrl}/media`, { method: 'POST', headers: api.adminHeaders, body: form })).json()) as {
      asset: { id: string };
    };
    const id = uploaded.asset.id;
    const first = await eventually(async () => (await read(id)).renditionsStatus === 'READY' && read(id), 60_000, 'first renditions');
    expect(await embeddedCredit(api, first)).toBe('Getty Images');

    expect((await api.gql(RECREDIT, { supplier: first.supplier.id, line: null })).data!.recreditMediaAssets).toEqual({ changed: 1 });
    const recredited = await rerendered(id, first);
    expect(recredited.credit).toBe('Photo by Giulia Ferraro/Getty Images');
    expect(await embeddedCredit(api, recredited)).toBe('Photo by Giulia Ferraro/Getty Images');

    const renamed = await api.gql(RENAME, { id: recredited.supplier.id, version: recredited.supplier.version });
    expect(renamed.errors).toBeUndefined();
    const afterRename = await rerendered(id, recredited);
    expect(afterRename.credit).toBe('Photo by Giulia Ferraro/Getty Images Sport');
    expect(await embeddedCredit(api, afterRename)).toBe('Photo by Giulia Ferraro/Getty Images Sport');
  });
});
