import type { ArticleBlockInput } from '../dto/article-block.input.js';
import { normalizeBlocks } from './normalize-blocks.js';

const ID = '0190f3a0-0000-7000-8000-000000000001';
const block = (input: Partial<ArticleBlockInput> & Pick<ArticleBlockInput, 'type'>) => input;

describe('normalizeBlocks', () => {
  it('stores each type with its payload and collects every reference with its input path', () => {
    const body = normalizeBlocks([
      block({
        type: 'PARAGRAPH',
        paragraph: { text: 'Leerdam won', mentions: [{ start: 0, end: 7, targetType: 'PERSON', targetId: ID }] },
      }),
      block({ type: 'QUOTE', quote: { quoteId: ID } }),
      block({ type: 'IMAGE', image: { assetId: ID, caption: 'Gold' } }),
      block({ type: 'RESULTS_TABLE', resultsTable: { unitId: ID, top: 3 } }),
      block({ type: 'SOCIAL_POST', socialPost: { socialPostId: ID } }),
      block({
        type: 'FACT_BOX',
        factBox: { title: 'Facts', items: [{ label: 'Age', fact: { kind: 'AGE' as never, personId: ID, on: new Date('2026-02-09') } }] },
      }),
      block({ type: 'EMBED', embed: { url: 'https://example.org/v' } }),
      block({ type: 'HEADING', heading: { text: 'After the race' } }),
    ]);
    expect(body.issues).toEqual([]);
    expect(body.blocks.map((b) => b.type)).toEqual([
      'PARAGRAPH',
      'QUOTE',
      'IMAGE',
      'RESULTS_TABLE',
      'SOCIAL_POST',
      'FACT_BOX',
      'EMBED',
      'HEADING',
    ]);
    expect(body.blocks[7].data).toEqual({ text: 'After the race', level: 2 });
    expect(body.references.map((r) => [r.targetType, r.kind, r.path])).toEqual([
      ['PERSON', 'MENTION', 'input.blocks.0.paragraph.mentions.0.targetId'],
      ['QUOTE', 'QUOTE_BLOCK', 'input.blocks.1.quote.quoteId'],
      ['MEDIA_ASSET', 'IMAGE_BLOCK', 'input.blocks.2.image.assetId'],
      ['UNIT', 'RESULTS_BLOCK', 'input.blocks.3.resultsTable.unitId'],
      ['SOCIAL_POST', 'SOCIAL_POST_BLOCK', 'input.blocks.4.socialPost.socialPostId'],
      ['PERSON', 'FACT_BOX', 'input.blocks.5.factBox.items.0.fact.personId'],
    ]);
  });

  it.each([
    ['a missing payload', block({ type: 'QUOTE' }), 'input.blocks.0.quote'],
    ['a payload of another type', block({ type: 'QUOTE', quote: { quoteId: ID }, image: { assetId: ID } }), 'input.blocks.0.image'],
    ['an image placement without an asset', block({ type: 'IMAGE' }), 'input.blocks.0.image'],
    [
      'a mention past the end of the text',
      block({
        type: 'PARAGRAPH',
        paragraph: { text: 'Kok', mentions: [{ start: 0, end: 9, targetType: 'PERSON', targetId: ID }] },
      }),
      'input.blocks.0.paragraph.mentions.0.end',
    ],
    [
      'an empty span',
      block({ type: 'PARAGRAPH', paragraph: { text: 'Kok', marks: [{ start: 2, end: 2, type: 'BOLD' as never }] } }),
      'input.blocks.0.paragraph.marks.0.end',
    ],
    [
      'overlapping mentions',
      block({
        type: 'PARAGRAPH',
        paragraph: {
          text: 'Jutta Leerdam',
          mentions: [
            { start: 0, end: 13, targetType: 'PERSON', targetId: ID },
            { start: 6, end: 13, targetType: 'PERSON', targetId: ID },
          ],
        },
      }),
      'input.blocks.0.paragraph.mentions.1.start',
    ],
    [
      'a table with both a unit and an event',
      block({ type: 'RESULTS_TABLE', resultsTable: { unitId: ID, eventId: ID } }),
      'input.blocks.0.resultsTable.unitId',
    ],
    [
      'a fact item with neither text nor fact',
      block({ type: 'FACT_BOX', factBox: { title: 'T', items: [{ label: 'x' }] } }),
      'input.blocks.0.factBox.items.0.text',
    ],
    [
      'a time difference with one result',
      block({
        type: 'FACT_BOX',
        factBox: { title: 'T', items: [{ label: 'x', fact: { kind: 'TIME_DIFFERENCE' as never, resultId: ID } }] },
      }),
      'input.blocks.0.factBox.items.0.fact.resultId',
    ],
  ])('refuses %s, naming the field', (_name, input, path) => {
    const body = normalizeBlocks([input]);
    expect(body.issues.map((i) => i.path)).toContain(path);
  });
});
