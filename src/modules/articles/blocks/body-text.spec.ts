import { bodyText, searchConfigFor } from './body-text.js';
import type { StoredBlock } from './block-data.js';

describe('bodyText', () => {
  it('joins the words of every block, with placed quotes and posts', () => {
    const blocks: StoredBlock[] = [
      { type: 'HEADING', position: 0, data: { text: 'Gold in Milan', level: 2 } },
      { type: 'PARAGRAPH', position: 1, data: { text: 'Leerdam won.', marks: [], mentions: [] } },
      { type: 'QUOTE', position: 2, data: { quoteId: 'q1' } },
      { type: 'IMAGE', position: 3, data: { assetId: 'a1' } },
      { type: 'SOCIAL_POST', position: 4, data: { socialPostId: 's1' } },
      {
        type: 'FACT_BOX',
        position: 5,
        data: {
          title: 'By the numbers',
          items: [
            { label: 'Time', text: '1:12.31' },
            { label: 'Age', fact: { kind: 'AGE' } },
          ],
        },
      },
    ];
    const texts = new Map([
      ['q1', 'This is a dream come true'],
      ['s1', 'You did it my love'],
    ]);
    expect(bodyText(blocks, texts).split('\n')).toEqual([
      'Gold in Milan',
      'Leerdam won.',
      'This is a dream come true',
      'You did it my love',
      'By the numbers',
      'Time 1:12.31',
      'Age ',
    ]);
  });
});

describe('searchConfigFor', () => {
  it.each([
    ['en', 'english'],
    ['en-GB', 'english'],
    ['nl', 'dutch'],
    ['ja', 'simple'],
  ])('%s → %s', (language, config) => {
    expect(searchConfigFor(language)).toBe(config);
  });
});
