import type { RightsExpiryPolicy } from '../../../../generated/prisma/enums.js';
import { planStory } from './expiry-plan.js';
import { blocksWithFallbacks } from './fallback-swap.js';
import type { ExpiryActionReason, MediaUse } from './media-use.js';

const NOTICED = new Date('2026-02-01T03:17:00Z');

function use(assetId: string, expired: boolean, action: RightsExpiryPolicy, extra: Partial<MediaUse> = {}): MediaUse {
  return {
    articleId: 'story',
    slug: 'story',
    assetId,
    expiresAt: new Date('2026-02-10T00:00:00Z'),
    expired,
    agencyId: 'agency',
    policy: action,
    fallbackAssetId: action === 'SWAP_FALLBACK' ? `fallback-of-${assetId}` : null,
    action,
    actionReason: null,
    noticeSentAt: null,
    ...extra,
  };
}
const unpublishFor = (assetId: string, reason: ExpiryActionReason) =>
  use(assetId, true, 'UNPUBLISH_STORY', { policy: 'SWAP_FALLBACK', actionReason: reason });

describe('planStory', () => {
  it.each<[string, MediaUse[], string | null, string[]]>([
    ['nothing expired: nothing to do', [use('a', false, 'NOTIFY')], null, []],
    ['an expired photo to notify of', [use('a', true, 'NOTIFY')], 'NOTIFY', ['a']],
    ['only what was not notified yet', [use('a', true, 'NOTIFY', { noticeSentAt: NOTICED }), use('b', true, 'NOTIFY')], 'NOTIFY', ['b']],
    ['nothing when every expired photo was notified', [use('a', true, 'NOTIFY', { noticeSentAt: NOTICED })], null, []],
    [
      'an unpublishing photo, with every expired one',
      [use('a', true, 'NOTIFY'), use('b', true, 'UNPUBLISH_STORY')],
      'UNPUBLISH_STORY',
      ['a', 'b'],
    ],
    ['unpublishing even when reported before', [use('a', true, 'UNPUBLISH_STORY', { noticeSentAt: NOTICED })], 'UNPUBLISH_STORY', ['a']],
    ['swaps together', [use('a', true, 'SWAP_FALLBACK'), use('b', true, 'SWAP_FALLBACK')], 'SWAP_FALLBACK', ['a', 'b']],
    ['unpublishing over a swap', [use('a', true, 'SWAP_FALLBACK'), use('b', true, 'UNPUBLISH_STORY')], 'UNPUBLISH_STORY', ['a', 'b']],
    [
      'a swap leaving an expired photo behind unpublishes',
      [use('a', true, 'SWAP_FALLBACK'), use('b', true, 'NOTIFY')],
      'UNPUBLISH_STORY',
      ['a', 'b'],
    ],
  ])('%s', (_, uses, action, assets) => {
    const { expired } = planStory(uses);
    expect(expired?.action ?? null).toBe(action);
    expect((expired?.uses ?? []).map((u) => u.assetId)).toEqual(assets);
  });

  it('names why a story is taken down instead of swapped', () => {
    expect(planStory([unpublishFor('a', 'UNPUBLISHED_CHANGES')]).expired).toMatchObject({ reason: 'UNPUBLISHED_CHANGES' });
    expect(planStory([use('a', true, 'SWAP_FALLBACK'), use('b', true, 'NOTIFY')]).expired).toMatchObject({ reason: 'OTHER_PHOTO_EXPIRED' });
    expect(planStory([use('a', true, 'UNPUBLISH_STORY')]).expired).toMatchObject({ reason: null });
  });

  it('maps each swapped photo to its own fallback', () => {
    const { expired } = planStory([use('a', true, 'SWAP_FALLBACK'), use('b', true, 'SWAP_FALLBACK', { fallbackAssetId: 'f' })]);
    expect(expired?.action === 'SWAP_FALLBACK' && [...expired.swaps]).toEqual([
      ['a', 'fallback-of-a'],
      ['b', 'f'],
    ]);
  });

  it('warns once of photos still within their rights, whatever happens to the expired ones', () => {
    const uses = [
      use('a', false, 'NOTIFY'),
      use('b', false, 'SWAP_FALLBACK', { noticeSentAt: NOTICED }),
      use('c', true, 'UNPUBLISH_STORY'),
    ];
    expect(planStory(uses).warn.map((u) => u.assetId)).toEqual(['a']);
  });
});

describe('blocksWithFallbacks', () => {
  const blocks = [
    { type: 'PARAGRAPH' as const, data: { text: 'Leerdam won.', marks: [], mentions: [] } },
    { type: 'IMAGE' as const, data: { assetId: 'expired', caption: 'Leerdam on the podium', credit: 'AFP', altText: 'A skater' } },
    { type: 'IMAGE' as const, data: { assetId: 'kept', caption: 'The start', credit: null, altText: null } },
    {
      type: 'FACT_BOX' as const,
      data: { title: 'Age', items: [{ label: 'Age', fact: { kind: 'AGE', personId: 'p', on: '2026-02-09' } }] },
    },
  ];

  it("puts the fallback in place of the expired photo, without the story's texts for the expired one", () => {
    const inputs = blocksWithFallbacks(blocks, new Map([['expired', 'fallback']]));
    expect(inputs.map((b) => b.type)).toEqual(['PARAGRAPH', 'IMAGE', 'IMAGE', 'FACT_BOX']);
    expect(inputs[1]).toEqual({ type: 'IMAGE', image: { assetId: 'fallback' } });
    expect(inputs[2]).toEqual({ type: 'IMAGE', image: blocks[2].data });
  });

  it('saves every other block as a revision restore would', () => {
    const inputs = blocksWithFallbacks(blocks, new Map());
    expect(inputs[0]).toEqual({ type: 'PARAGRAPH', paragraph: blocks[0].data });
    expect(inputs[3].factBox?.items[0].fact?.on).toEqual(new Date('2026-02-09T00:00:00Z'));
  });
});
