import { proseOf, scopeOf, storyDate } from './story-source.js';

const paragraph = (position: number, text: string, mentions: object[] = []) => ({
  position,
  type: 'PARAGRAPH',
  data: { text, marks: [], mentions },
});

describe('story source', () => {
  it.each([
    ['the dateline', { datelineDate: new Date('2026-02-09T00:00:00Z'), publishedAt: new Date('2026-02-10T08:00:00Z') }, '2026-02-09'],
    ['the first publication without a dateline', { datelineDate: null, publishedAt: new Date('2026-02-10T08:00:00Z') }, '2026-02-10'],
    ['today for an unpublished story without a dateline', { datelineDate: null, publishedAt: null }, '2030-01-02'],
  ])('dates the story by %s', (_, source, expected) => {
    expect(storyDate(source, new Date('2030-01-02T12:00:00Z'))).toBe(expected);
  });

  it('reads paragraphs with their person and team mentions only, and leaves quotes and other blocks out', () => {
    const blocks = [
      paragraph(0, 'Leerdam won in Milan.', [
        { start: 0, end: 7, targetType: 'PERSON', targetId: 'p1' },
        { start: 15, end: 20, targetType: 'VENUE', targetId: 'v1' },
      ]),
      { position: 1, type: 'QUOTE', data: { quoteId: 'q1' } },
      { position: 2, type: 'HEADING', data: { text: 'Gold' } },
      paragraph(3, 'Arsenal drew.', [{ start: 0, end: 7, targetType: 'ORGANISATION', targetId: 'o1' }]),
    ];
    expect(proseOf(blocks)).toEqual([
      { blockIndex: 0, text: 'Leerdam won in Milan.', mentions: [{ start: 0, end: 7, targetId: 'p1' }] },
      { blockIndex: 3, text: 'Arsenal drew.', mentions: [{ start: 0, end: 7, targetId: 'o1' }] },
    ]);
  });

  it('collects what the story links, embeds and names, by kind, once each', () => {
    const scope = scopeOf({
      links: [
        { relation: 'ABOUT', targetType: 'EVENT', targetId: 'e1' },
        { relation: 'MENTIONS', targetType: 'PERSON', targetId: 'p1' },
        { relation: 'MENTIONS', targetType: 'COMPETITION', targetId: 'c1' },
      ],
      blocks: [
        paragraph(0, 'Leerdam and Kok.', [
          { start: 0, end: 7, targetType: 'PERSON', targetId: 'p1' },
          { start: 12, end: 15, targetType: 'PERSON', targetId: 'p2' },
        ]),
        { position: 1, type: 'RESULTS_TABLE', data: { unitId: 'u1', eventId: null, competitorIds: [], columns: [] } },
        { position: 2, type: 'RESULTS_TABLE', data: { unitId: null, eventId: 'e2', competitorIds: [], columns: [] } },
        { position: 3, type: 'MATCH', data: { unitId: 'u2', show: [] } },
        {
          position: 4,
          type: 'FACT_BOX',
          data: {
            title: 'Figures',
            items: [
              { label: 'Gap', fact: { kind: 'TIME_DIFFERENCE', resultId: 'r1', otherResultId: 'r2' } },
              { label: 'Age', fact: { kind: 'AGE', personId: 'p3', on: '2026-02-09' } },
              { label: 'Note', text: 'Fast ice' },
            ],
          },
        },
      ],
    });
    expect(scope).toEqual({
      unitIds: ['u1', 'u2'],
      eventIds: ['e1', 'e2'],
      resultIds: ['r1', 'r2'],
      personIds: ['p1', 'p2', 'p3'],
      organisationIds: [],
    });
  });
});
