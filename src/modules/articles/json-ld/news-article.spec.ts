import { compact, type EventData, newsArticleJsonLd, type NewsArticleData } from './news-article.js';

const milanoCortina = {
  name: 'Milano Cortina 2026 Olympic Winter Games',
  startDate: new Date('2026-02-06'),
  endDate: new Date('2026-02-22'),
  hostCountryIso2: 'IT',
};
const stadium = { name: 'Milano Speed Skating Stadium', city: 'Milan', countryIso2: 'IT' };
const womens1000: EventData = {
  name: "Women's 1000m",
  startDate: new Date('2026-02-09T15:00:00Z'),
  venue: stadium,
  competition: milanoCortina,
};

const base = (over: Partial<NewsArticleData> = {}): NewsArticleData => ({
  article: {
    headline: 'Leerdam takes 1000m gold in Olympic record',
    summary: 'The Dutch skater beat Kok and Takagi.',
    language: 'en',
    section: 'speed-skating',
    tags: ['Olympics', 'speed skating'],
    publishedAt: new Date('2026-02-09T18:30:00Z'),
    updatedAt: new Date('2026-02-09T19:00:00Z'),
    datelinePlace: 'MILAN',
    datelineDate: new Date('2026-02-09'),
    canonicalUrl: 'https://podium.example/leerdam-gold',
  },
  authors: [{ name: 'Anna Writer', givenName: 'Anna', familyName: 'Writer' }],
  contributors: [],
  images: [
    {
      url: 'https://img.example/1.jpg',
      caption: 'Leerdam celebrates',
      credit: 'Photo by Jane Doe/Getty Images',
      creators: ['Jane Doe'],
      copyrightNotice: '© 2026 Getty Images',
      webStatement: 'https://www.gettyimages.com/eula',
      licensorUrl: 'https://www.gettyimages.com/detail/1',
      width: 3000,
      height: 2000,
    },
  ],
  about: [{ type: 'EVENT', event: womens1000 }],
  mentions: [{ type: 'PERSON', person: { name: 'Miho Takagi', givenName: 'Miho', familyName: 'Takagi' } }],
  ...over,
});

/** Every value at any depth, for "nothing undefined or null" checks. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

describe('newsArticleJsonLd', () => {
  it('emits the NewsArticle properties Google reads', () => {
    const ld = newsArticleJsonLd(base());
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Leerdam takes 1000m gold in Olympic record',
      description: 'The Dutch skater beat Kok and Takagi.',
      datePublished: '2026-02-09T18:30:00.000Z',
      dateModified: '2026-02-09T19:00:00.000Z',
      inLanguage: 'en',
      articleSection: 'speed-skating',
      keywords: ['Olympics', 'speed skating'],
      dateline: 'MILAN, 2026-02-09',
      url: 'https://podium.example/leerdam-gold',
      author: [{ '@type': 'Person', name: 'Anna Writer', givenName: 'Anna', familyName: 'Writer' }],
    });
    expect(ld).not.toHaveProperty('publisher');
  });

  it('describes each image with its effective credit, creators and rights', () => {
    const [image] = newsArticleJsonLd(base()).image as Record<string, unknown>[];
    expect(image).toEqual({
      '@type': 'ImageObject',
      contentUrl: 'https://img.example/1.jpg',
      url: 'https://img.example/1.jpg',
      caption: 'Leerdam celebrates',
      creditText: 'Photo by Jane Doe/Getty Images',
      creator: [{ '@type': 'Person', name: 'Jane Doe' }],
      copyrightNotice: '© 2026 Getty Images',
      license: 'https://www.gettyimages.com/eula',
      acquireLicensePage: 'https://www.gettyimages.com/detail/1',
      width: 3000,
      height: 2000,
    });
  });

  it('puts the event it is about as a SportsEvent inside its competition', () => {
    const ld = newsArticleJsonLd(base());
    expect(ld.about).toEqual([
      {
        '@type': 'SportsEvent',
        name: "Women's 1000m",
        startDate: '2026-02-09T15:00:00.000Z',
        location: {
          '@type': 'Place',
          name: 'Milano Speed Skating Stadium',
          address: { '@type': 'PostalAddress', addressLocality: 'Milan', addressCountry: 'IT' },
        },
        superEvent: {
          '@type': 'SportsEvent',
          name: 'Milano Cortina 2026 Olympic Winter Games',
          startDate: '2026-02-06',
          endDate: '2026-02-22',
          location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'IT' } },
        },
      },
    ]);
    expect(ld.mentions).toEqual([{ '@type': 'Person', name: 'Miho Takagi', givenName: 'Miho', familyName: 'Takagi' }]);
  });

  it.each<[string, NewsArticleData['about'][number], Record<string, unknown>]>([
    [
      'a unit, inside its event',
      { type: 'UNIT', unit: { name: 'Final', scheduledAt: new Date('2026-02-09T15:00:00Z'), venue: null, event: womens1000 } },
      {
        '@type': 'SportsEvent',
        name: "Women's 1000m – Final",
        startDate: '2026-02-09T15:00:00.000Z',
        superEvent: { name: "Women's 1000m" },
      },
    ],
    [
      'a match, with its teams at home and away and its status',
      {
        type: 'UNIT',
        unit: {
          name: 'Matchday 38',
          scheduledAt: new Date('2024-05-19T15:00:00Z'),
          status: 'FINISHED',
          venue: stadium,
          event: null,
          competitors: [
            { kind: 'TEAM', name: 'Manchester City FC', designation: 'HOME' },
            { kind: 'TEAM', name: 'West Ham United FC', designation: 'AWAY' },
          ],
        },
      },
      {
        '@type': 'SportsEvent',
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': 'Place', name: 'Milano Speed Skating Stadium' },
        competitor: [
          { '@type': 'SportsTeam', name: 'Manchester City FC' },
          { '@type': 'SportsTeam', name: 'West Ham United FC' },
        ],
        homeTeam: { '@type': 'SportsTeam', name: 'Manchester City FC' },
        awayTeam: { '@type': 'SportsTeam', name: 'West Ham United FC' },
      },
    ],
    [
      'a postponed bout between two people, with no home side',
      {
        type: 'UNIT',
        unit: {
          name: 'Final',
          scheduledAt: null,
          status: 'POSTPONED',
          venue: null,
          event: null,
          competitors: [
            { kind: 'PERSON', name: 'Imane Khelif', designation: null },
            { kind: 'PERSON', name: 'Yang Liu', designation: null },
          ],
        },
      },
      {
        eventStatus: 'https://schema.org/EventPostponed',
        competitor: [
          { '@type': 'Person', name: 'Imane Khelif' },
          { '@type': 'Person', name: 'Yang Liu' },
        ],
      },
    ],
    [
      'a competition',
      { type: 'COMPETITION', competition: milanoCortina },
      { '@type': 'SportsEvent', name: milanoCortina.name, startDate: '2026-02-06' },
    ],
    [
      'an organisation',
      { type: 'ORGANISATION', name: 'International Skating Union', url: 'https://isu.org' },
      { '@type': 'Organization', name: 'International Skating Union', url: 'https://isu.org' },
    ],
    ['a venue', { type: 'VENUE', venue: stadium }, { '@type': 'Place', name: 'Milano Speed Skating Stadium' }],
    [
      'an event with no known date or venue',
      { type: 'EVENT', event: { name: "Women's 1000m", startDate: null, venue: null, competition: null } },
      { '@type': 'SportsEvent', name: "Women's 1000m" },
    ],
  ])('maps %s', (_name, about, expected) => {
    const [entity] = newsArticleJsonLd(base({ about: [about] })).about as Record<string, unknown>[];
    expect(entity).toMatchObject(expected);
  });

  it('leaves out what is not known instead of emitting null, undefined or empty values', () => {
    const bare = base({
      article: {
        ...base().article,
        summary: null,
        section: null,
        tags: [],
        publishedAt: null,
        datelinePlace: null,
        datelineDate: null,
        canonicalUrl: null,
      },
      authors: [{ name: 'Anna Writer', givenName: null, familyName: null }],
      images: [
        {
          url: 'https://img.example/2.jpg',
          caption: null,
          credit: null,
          creators: [],
          copyrightNotice: null,
          webStatement: null,
          licensorUrl: null,
          width: null,
          height: null,
        },
      ],
      about: [{ type: 'EVENT', event: { name: "Women's 1000m", startDate: null, venue: null, competition: null } }],
      mentions: [],
    });
    const ld = newsArticleJsonLd(bare);
    expect(Object.keys(ld).sort()).toEqual(['@context', '@type', 'about', 'author', 'dateModified', 'headline', 'image', 'inLanguage']);
    expect(ld.image).toEqual([{ '@type': 'ImageObject', contentUrl: 'https://img.example/2.jpg', url: 'https://img.example/2.jpg' }]);
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Anna Writer' }]);
    for (const value of leaves(ld)) expect(value === null || value === undefined || value === '').toBe(false);
  });

  it('round-trips through JSON.stringify unchanged', () => {
    const ld = newsArticleJsonLd(base());
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
    for (const value of leaves(ld)) expect(['string', 'number', 'boolean']).toContain(typeof value);
  });
});

describe('compact', () => {
  it.each([
    [{ a: null, b: undefined, c: '' }, undefined],
    [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: null } }, undefined],
    [{ a: [null, '', { b: null }], c: 0 }, { c: 0 }],
    [{ a: [1, { '@type': 'Person', name: 'X' }] }, { a: [1, { '@type': 'Person', name: 'X' }] }],
  ])('%j → %j', (input, expected) => {
    expect(compact(input)).toEqual(expected);
  });
});
