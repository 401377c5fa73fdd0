import type { Article } from '../../../generated/prisma/client.js';
import { normalizeBlocks } from '../blocks/normalize-blocks.js';
import { ArticleBlockInput } from '../dto/article-block.input.js';
import { rejectedSnapshot } from './rejected-snapshot.js';
import { buildSnapshot } from './revision-snapshot.js';
import { blameRevision, snapshotInput } from './snapshot-input.js';
import { BadInputError } from '../../../common/errors/domain-error.js';

const ARTICLE = '01900000-0000-7000-8000-000000000001';
const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** One block of every type, as the API hands them to the service (ids already decoded, dates as Date). */
const BLOCKS = [
  {
    type: 'PARAGRAPH',
    paragraph: {
      text: 'Leerdam won.',
      marks: [{ start: 0, end: 7, type: 'BOLD' }],
      mentions: [{ start: 0, end: 7, targetType: 'PERSON', targetId: id(2) }],
    },
  },
  { type: 'HEADING', heading: { text: 'The race', level: 3 } },
  { type: 'QUOTE', quote: { quoteId: id(3) } },
  { type: 'IMAGE', image: { assetId: id(4), caption: 'On the podium' } },
  { type: 'RESULTS_TABLE', resultsTable: { unitId: id(5), competitorIds: [id(6)], top: 3, columns: ['RANK', 'COMPETITOR'] } },
  { type: 'SOCIAL_POST', socialPost: { socialPostId: id(7) } },
  {
    type: 'FACT_BOX',
    factBox: { title: 'Numbers', items: [{ label: 'Age', fact: { kind: 'AGE', personId: id(2), on: new Date('2026-02-09') } }] },
  },
  { type: 'EMBED', embed: { url: 'https://example.com/v', provider: 'youtube' } },
] as unknown as ArticleBlockInput[];

const article = {
  id: ARTICLE,
  slug: 'leerdam',
  headline: 'Leerdam wins',
  summary: null,
  language: 'en',
  section: 'speed-skating',
  tags: ['gold'],
  datelinePlace: 'MILAN',
  datelineDate: new Date('2026-02-09T00:00:00Z'),
  canonicalUrl: null,
  seoTitle: null,
  seoDescription: null,
  status: 'DRAFT',
} as Article;

describe('a snapshot saved again', () => {
  const stored = normalizeBlocks(BLOCKS);
  const snapshot = buildSnapshot(article, {
    blocks: stored.blocks,
    authors: [{ personId: id(2), role: 'AUTHOR' }],
    links: [{ relation: 'ABOUT', targetType: 'PERSON', targetId: id(2) }],
  });

  it('stores every block type as it was first stored', () => {
    expect(stored.issues).toEqual([]);
    const input = snapshotInput(ARTICLE, 4, snapshot);
    const again = normalizeBlocks(input.blocks!);
    expect(again.issues).toEqual([]);
    expect(again.blocks).toEqual(stored.blocks);
    expect(again.references).toEqual(stored.references);
    expect(input).toMatchObject({ id: ARTICLE, expectedVersion: 4, headline: 'Leerdam wins', summary: null, tags: ['gold'] });
    expect(input.dateline).toEqual({ place: 'MILAN', date: new Date('2026-02-09T00:00:00Z') });
    expect(input.slug).toBeUndefined();
  });

  it('as a refused save: its fields over the base, the rest kept', () => {
    const rejected = rejectedSnapshot(snapshot, {
      id: ARTICLE,
      expectedVersion: 2,
      headline: 'Leerdam takes gold',
      blocks: [{ type: 'PARAGRAPH', paragraph: { text: 'My text.' } }] as unknown as ArticleBlockInput[],
    });
    expect(rejected.headline).toBe('Leerdam takes gold');
    expect(rejected.blocks.map((b) => [b.type, b.data.text])).toEqual([['PARAGRAPH', 'My text.']]);
    expect(rejected).toMatchObject({ section: 'speed-skating', tags: ['gold'], authors: snapshot.authors, links: snapshot.links });
  });

  it('names the revision, not the input, when a reference is gone', () => {
    const error = blameRevision(new BadInputError('missing', [{ path: 'input.blocks.2.quote.quoteId', message: 'no quote with id x' }]));
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).details).toMatchObject({ field: 'revision.blocks.2.quote.quoteId' });
  });
});
