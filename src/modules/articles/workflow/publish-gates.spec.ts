import { type GateAsset, type GateInput, isOverridable, type PublishBlockCode, publishGates } from './publish-gates.js';

const NOW = new Date('2026-02-10T12:00:00.000Z');
const at = (iso: string) => new Date(iso);
const cleared: GateAsset = {
  credit: 'Photo by Maddie Meyer/Getty Images',
  altText: 'A skater raises her arms',
  embargoUntil: null,
  expiresAt: null,
};
const text = { position: 0, type: 'PARAGRAPH', data: { text: 'Leerdam won.' } };
const image = (position: number, assetId = 'a1', overrides: Record<string, string> = {}) => ({
  position,
  type: 'IMAGE',
  data: { assetId, caption: null, credit: null, altText: null, ...overrides },
});

function gate(asset: Partial<GateAsset> | null, change: Partial<GateInput> = {}) {
  return publishGates({
    headline: 'Leerdam wins gold',
    slug: 'leerdam-wins-gold',
    bodyText: 'Leerdam won.',
    blocks: [text, image(1)],
    assets: new Map(asset ? [['a1', { ...cleared, ...asset }]] : []),
    now: NOW,
    brokenReferences: [],
    ...change,
  });
}
const codes = (reasons: { code: PublishBlockCode }[]) => reasons.map((r) => r.code);

describe('publishGates', () => {
  it('lets a complete story with a cleared photo go out', () => {
    expect(gate({})).toEqual([]);
  });

  it.each<[string, Partial<GateAsset>, PublishBlockCode[]]>([
    ['no credit at all', { credit: null }, ['IMAGE_CREDIT_MISSING']],
    ['a blank effective credit', { credit: '  ' }, ['IMAGE_CREDIT_MISSING']],
    ['no alt text', { altText: null }, ['IMAGE_ALT_TEXT_MISSING']],
    ['an embargo still running', { embargoUntil: at('2026-02-10T12:00:00.001Z') }, ['IMAGE_EMBARGOED']],
    ['an embargo that has just ended', { embargoUntil: NOW }, []],
    ['rights that ended at this very time', { expiresAt: NOW }, ['IMAGE_RIGHTS_EXPIRED']],
    ['rights that ended long ago', { expiresAt: at('2025-01-01T00:00:00Z') }, ['IMAGE_RIGHTS_EXPIRED']],
    ['rights that end later', { expiresAt: at('2026-02-10T12:00:00.001Z') }, []],
    [
      'everything wrong at once, credit first',
      { credit: null, altText: null, expiresAt: NOW },
      ['IMAGE_CREDIT_MISSING', 'IMAGE_ALT_TEXT_MISSING', 'IMAGE_RIGHTS_EXPIRED'],
    ],
  ])('refuses a photo with %s (or not)', (_, asset, expected) => {
    expect(codes(gate(asset))).toEqual(expected);
  });

  it("accepts the story's own credit and alt text for a photo without them", () => {
    const blocks = [text, image(1, 'a1', { credit: 'Getty Images', altText: 'A skater' })];
    expect(gate({ credit: null, altText: null }, { blocks })).toEqual([]);
  });

  it('names the block and the photo at fault, with the time the window turns', () => {
    const until = at('2026-02-11T09:00:00.000Z');
    expect(gate({ embargoUntil: until })).toEqual([
      {
        code: 'IMAGE_EMBARGOED',
        path: 'blocks.1.image.assetId',
        blockIndex: 1,
        message: `the photo is under embargo until ${until.toISOString()}`,
      },
    ]);
    expect(gate({ expiresAt: NOW })).toEqual([
      {
        code: 'IMAGE_RIGHTS_EXPIRED',
        path: 'blocks.1.image.assetId',
        blockIndex: 1,
        message: `the photo's rights end at ${NOW.toISOString()}`,
      },
    ]);
  });

  it('judges rights windows at the time given: a scheduled time after the embargo passes, one after the expiry does not', () => {
    const window = { embargoUntil: at('2026-02-11T09:00:00Z'), expiresAt: at('2026-02-12T09:00:00Z') };
    expect(codes(gate(window, { now: at('2026-02-11T08:59:59Z') }))).toEqual(['IMAGE_EMBARGOED']);
    expect(codes(gate(window, { now: at('2026-02-11T09:00:00Z') }))).toEqual([]);
    expect(codes(gate(window, { now: at('2026-02-12T09:00:00Z') }))).toEqual(['IMAGE_RIGHTS_EXPIRED']);
  });

  it('reports each placement of a refused photo, in the order of the story', () => {
    const blocks = [text, image(1), { position: 2, type: 'PARAGRAPH', data: {} }, image(3)];
    const reasons = gate({ expiresAt: NOW }, { headline: ' ', blocks });
    expect(reasons.map((r) => [r.code, r.blockIndex])).toEqual([
      ['HEADLINE_MISSING', null],
      ['IMAGE_RIGHTS_EXPIRED', 1],
      ['IMAGE_RIGHTS_EXPIRED', 3],
    ]);
  });

  it('leaves a photo that is gone to the broken-reference gate', () => {
    const brokenReferences = [{ targetType: 'MEDIA_ASSET', targetId: 'a1', blockPosition: 1 }];
    expect(codes(gate(null, { brokenReferences }))).toEqual(['REFERENCE_BROKEN']);
  });

  it('refuses an empty body, and accepts a photo as the only content', () => {
    expect(codes(gate({}, { blocks: [], bodyText: '' }))).toEqual(['BODY_EMPTY']);
    expect(gate({}, { blocks: [image(0)], bodyText: '' })).toEqual([]);
  });

  it('refuses a claim the data contradicts, naming the paragraph and the span, and lets an override lift only those', () => {
    const contradictions = [{ blockIndex: 0, start: 18, end: 25, text: '1:12.13', dataValue: '1:12.31' }];
    const reasons = gate({}, { contradictions, headline: ' ' });
    expect(reasons).toEqual([
      { code: 'HEADLINE_MISSING', path: 'headline', blockIndex: null, message: 'give the story a headline' },
      {
        code: 'FACT_CONTRADICTED',
        path: 'blocks.0.paragraph',
        blockIndex: 0,
        message: 'says "1:12.13" but the data has 1:12.31 (characters 18–25)',
      },
    ]);
    expect(reasons.filter(isOverridable).map((r) => r.code)).toEqual(['FACT_CONTRADICTED']);
  });
});
