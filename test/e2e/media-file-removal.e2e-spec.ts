import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  REMOVE_STORED_FILES_TASK,
  STORED_FILES_GRACE_MS,
  StoredFilesRemoval,
} from '../../src/modules/media/storage/stored-files-removal.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { noisyJpeg, uploadFile } from './media-storage.helpers.js';

const DELETE = `mutation RemoveAsset($id: ID!) { deleteMediaAsset(id: $id) }`;
const KEYS = `query AssetKeys($id: ID!) { node(id: $id) { ... on MediaAsset { renditionsStatus renditions { url } } } }`;

interface QueuedRemoval {
  keys: string[];
  runAt: Date;
}

describe('the files of a deleted photo', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const removals = () =>
    api.prisma.$queryRaw<QueuedRemoval[]>`
      SELECT j.payload->'keys' AS keys, j.run_at AS "runAt"
      FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
      WHERE t.identifier = ${REMOVE_STORED_FILES_TASK}`;
  const stored = (key: string) => existsSync(join(api.mediaDir, key));

  async function uploadRendered(bytes: Buffer) {
    const { body } = await uploadFile(api, bytes);
    const id = body.asset.id as string;
    for (let tries = 0; tries < 150; tries++) {
      const { data } = await api.gql(KEYS, { id });
      if (data!.node.renditionsStatus === 'READY') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const asset = await api.prisma.mediaAsset.findFirstOrThrow({
      where: { contentHash: body.asset.contentHash },
      include: { renditions: true },
    });
    return { id, original: asset.storageKey!, renditions: asset.renditions.map((r) => r.storageKey) };
  }

  it('stay served for a day after the delete, then go; an original uploaded again meanwhile stays', async () => {
    const bytes = await noisyJpeg(800, 600);
    const first = await uploadRendered(bytes);
    expect(first.renditions.length).toBeGreaterThan(0);

    const before = Date.now();
    expect((await api.gql(DELETE, { id: first.id })).errors).toBeUndefined();
    const [queued] = await removals();
    expect(new Set(queued.keys)).toEqual(new Set([first.original, ...first.renditions]));
    expect(new Date(queued.runAt).getTime()).toBeGreaterThanOrEqual(before + STORED_FILES_GRACE_MS - 1000);
    expect([first.original, ...first.renditions].every(stored)).toBe(true);

    // The same bytes come back before the day is out: same content hash, same key.
    const again = await uploadRendered(bytes);
    expect(again.original).toBe(first.original);

    await api.app.get(StoredFilesRemoval).remove(queued.keys);
    expect(stored(first.original)).toBe(true);
    expect(first.renditions.some(stored)).toBe(false);
    expect(again.renditions.every(stored)).toBe(true);
  });
});
