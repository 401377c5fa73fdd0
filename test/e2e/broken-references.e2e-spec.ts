import { randomUUID } from 'node:crypto';
import type { PathedReference } from '../../src/modules/references/reference-index.js';
import { brokenReferences } from '../../src/modules/references/reference-targets.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';

describe('brokenReferences', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ story: true });
  });
  afterAll(async () => {
    await api.close();
  });

  const ref = (targetType: PathedReference['targetType'], targetId: string, path: string): PathedReference => ({
    targetType,
    targetId,
    kind: null,
    blockPosition: 0,
    path,
  });

  it('returns the references whose target is gone, with their paths, and none of those that exist', async () => {
    const [person, quote, asset] = await Promise.all([
      api.prisma.person.findFirstOrThrow({ select: { id: true } }),
      api.prisma.quote.findFirstOrThrow({ select: { id: true } }),
      api.prisma.mediaAsset.findFirstOrThrow({ select: { id: true } }),
    ]);
    const ghost = randomUUID();
    const references = [
      ref('PERSON', person.id, 'blocks.0.paragraph.mentions.0.targetId'),
      ref('QUOTE', quote.id, 'blocks.1.quote.quoteId'),
      ref('MEDIA_ASSET', asset.id, 'blocks.2.image.assetId'),
      ref('PERSON', ghost, 'blocks.3.paragraph.mentions.0.targetId'),
      // The same id under another kind is a different target: a person's id is no quote.
      ref('QUOTE', person.id, 'blocks.4.quote.quoteId'),
      ref('RESULT', ghost, 'blocks.5.factBox.items.0.fact.resultId'),
    ];
    const broken = await api.prisma.$transaction((tx) => brokenReferences(tx, references));
    expect(broken.map((r) => r.path)).toEqual([
      'blocks.3.paragraph.mentions.0.targetId',
      'blocks.4.quote.quoteId',
      'blocks.5.factBox.items.0.fact.resultId',
    ]);
  });

  it('finds a target deleted behind the reference index', async () => {
    const { id } = await api.prisma.venue.create({
      data: { name: 'Temporary Rink', slug: 'temporary-rink', city: 'Milan', countryIso2: 'IT', timezone: 'Europe/Rome' },
    });
    const references = [ref('VENUE', id, 'links.0.targetId')];
    expect(await api.prisma.$transaction((tx) => brokenReferences(tx, references))).toEqual([]);
    await api.prisma.venue.delete({ where: { id } });
    expect(await api.prisma.$transaction((tx) => brokenReferences(tx, references))).toEqual(references);
  });
});
