import { openAsBlob } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { README } from '../utils/readme-operations.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/media/', import.meta.url));

/** The README's photo-desk section: its operations by name, and the photos its curl loop uploads. */
function section(): { steps: Map<string, string>; photos: string[] } {
  const start = README.indexOf('## The photo desk');
  const text = README.slice(start, README.indexOf('\n## ', start + 1));
  const steps = new Map([...text.matchAll(/```gql\n([\s\S]*?)```/g)].map(([, op]) => [/^\w+ (\w+)/.exec(op)![1], op]));
  const loop = /for photo in ([\w -]+); do/.exec(text);
  return { steps, photos: loop ? loop[1].trim().split(/\s+/) : [] };
}

describe('README: the photo desk', () => {
  let api: TestApp;
  const { steps, photos } = section();
  beforeAll(async () => {
    api = await createTestApp({ story: true });
  });
  afterAll(async () => {
    await api.close();
  });

  async function step(name: string, variables: Record<string, unknown> = {}) {
    const query = steps.get(name);
    if (!query) throw new Error(`README has no step ${name}`);
    return api.gql(query, variables);
  }

  // As the README's curl does: one multipart part named file, the admin's bearer token.
  async function upload(file: string) {
    const form = new FormData();
    form.append('file', await openAsBlob(`${FIXTURES}${file}.jpg`, { type: 'image/jpeg' }), `${file}.jpg`);
    const response = await fetch(`${api.baseUrl}/media`, { method: 'POST', headers: api.adminHeaders, body: form });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  }

  it('lists its steps in order', () => {
    expect([...steps.keys()]).toEqual(['PhotoDeskUploads', 'PhotoDeskRecredit', 'PhotoDeskDraft', 'PhotoDeskPublish']);
    expect(photos).toEqual(['leerdam-celebrates', 'paul-in-the-stands', 'leerdam-podium']);
  });

  it('uploads the three photos, reads caption and credit from them, re-credits an agency and refuses a photo without credit', async () => {
    for (const photo of photos) {
      const answer = await upload(photo);
      expect(answer.status).toBe(201);
      expect(answer.body.asset).toMatchObject({ renditionsStatus: 'PENDING', creditNeedsReview: false });
    }
    expect((await upload(photos[0])).body).toMatchObject({ duplicate: true });

    let uploads = (await step('PhotoDeskUploads')).data!.mediaAssets.edges.map((edge: { node: Record<string, any> }) => edge.node);
    for (let tries = 0; uploads.some((a: { renditionsStatus: string }) => a.renditionsStatus !== 'READY') && tries < 150; tries++) {
      await sleep(200);
      uploads = (await step('PhotoDeskUploads')).data!.mediaAssets.edges.map((edge: { node: Record<string, any> }) => edge.node);
    }
    const [afp, ap, getty] = uploads;
    expect([getty.creditLine, ap.creditLine, afp.creditLine]).toEqual(['Getty Images', 'AP', 'AFP via Getty Images']);
    expect([getty.supplier.name, ap.supplier.name, afp.supplier.name]).toEqual([
      'Getty Images',
      'The Associated Press',
      'AFP via Getty Images',
    ]);
    expect(getty).toMatchObject({
      credit: 'Getty Images',
      creatorNames: ['Giulia Ferraro'],
      peopleShown: [{ displayName: 'Jutta Leerdam' }],
    });
    expect(getty.caption).toMatch(/Leerdam/);
    for (const asset of uploads) {
      expect(asset.renditionsStatus).toBe('READY');
      const names = new Set(asset.renditions.map((r: { name: string }) => r.name));
      expect(names).toEqual(new Set(['w320', 'w640', 'w1024', '1x1', '4x3', '16x9']));
      expect(asset.renditions.find((r: { name: string; format: string }) => r.name === '16x9' && r.format === 'WEBP')).toMatchObject({
        width: 1200,
        height: 675,
      });
    }

    const recredit = (await step('PhotoDeskRecredit', { getty: getty.supplier.id })).data!.recreditMediaAssets;
    // The demo story's own Getty photo carries the same line.
    expect(recredit).toMatchObject({ matched: 2, changed: 2 });
    expect(recredit.assets).toContainEqual({ creditLine: null, credit: 'Photo by Giulia Ferraro/Getty Images' });

    const bare = await upload('no-metadata');
    expect(bare.status).toBe(201);
    expect(bare.body.warnings).toContainEqual(expect.objectContaining({ code: 'CREDIT_MISSING' }));
    const draft = (await step('PhotoDeskDraft', { photo: bare.body.asset.id })).data!.createArticle;
    const refused = await step('PhotoDeskPublish', { id: draft.id, version: draft.version });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'PUBLISH_BLOCKED',
      reasons: [expect.objectContaining({ code: 'IMAGE_CREDIT_MISSING', path: 'blocks.1.image.credit', blockIndex: 1 })],
    });
  });
});
