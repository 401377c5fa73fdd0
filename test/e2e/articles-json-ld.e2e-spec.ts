import { createTestApp, type TestApp } from '../utils/test-app.js';
import {
  createPerson,
  createPhoto,
  createPhotoCredits,
  imageBlock,
  link,
  mutate,
  paragraph,
  type Sports,
  sportsIds,
  story,
  unitResults,
} from './articles-search.helpers.js';
import { globalId } from '../utils/ids.js';

const JSON_LD = `query($slug: String!) { article(slug: $slug) { jsonLd } }`;

/** Every value at any depth. */
function leaves(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [value];
}

describe('Article.jsonLd', () => {
  let api: TestApp;
  let ids: Sports;
  let credits: { agencyId: string; photographerId: string };
  let byline: { personId: string; role?: string }[];

  beforeAll(async () => {
    api = await createTestApp();
    ids = await sportsIds(api);
    credits = await createPhotoCredits(api);
    byline = [
      { personId: (await createPerson(api, 'Sam Reporter')).id },
      { personId: (await createPerson(api, 'Alex Desk')).id, role: 'ADDITIONAL_REPORTING' },
    ];
  });
  afterAll(async () => {
    await api.close();
  });

  const jsonLd = async (slug: string) => {
    const response = await api.gql(JSON_LD, { slug });
    expect(response.errors).toBeUndefined();
    return response.data!.article.jsonLd as Record<string, any>;
  };

  it('describes the story, its photos and the event it is about for search engines', async () => {
    const { person: p, event } = ids;
    const milano = event['milano-cortina-2026'];
    const isu = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'isu' } });
    const photo = await createPhoto(api, 1, [p['jutta-leerdam']], credits);
    await story(api, {
      slug: 'leerdam-gold',
      headline: 'Leerdam wins 1000m gold in an Olympic record',
      summary: 'Kok took silver and Takagi bronze.',
      tags: ['olympics', 'speed skating'],
      dateline: { place: 'MILAN', date: '2026-02-09' },
      authors: byline,
      links: [
        link('ABOUT', 'EVENT', milano.eventId),
        link('ABOUT', 'PERSON', p['jutta-leerdam']),
        link('MENTIONS', 'ORGANISATION', globalId('Organisation', isu.id)),
      ],
      blocks: [
        paragraph('Miho Takagi took bronze; Jutta Leerdam won.', { 'Miho Takagi': p['miho-takagi'], 'Jutta Leerdam': p['jutta-leerdam'] }),
        imageBlock(photo.id),
        { type: 'IMAGE', image: { assetId: photo.id, caption: 'Leerdam on the podium', credit: 'Pat Lens/Test Pictures for Podium' } },
        unitResults(milano.unitId),
      ],
    });

    const ld = await jsonLd('leerdam-gold');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Leerdam wins 1000m gold in an Olympic record',
      description: 'Kok took silver and Takagi bronze.',
      inLanguage: 'en',
      articleSection: 'speed-skating',
      keywords: ['olympics', 'speed skating'],
      dateline: 'MILAN, 2026-02-09',
      author: [{ '@type': 'Person', name: 'Sam Reporter' }],
      contributor: [{ '@type': 'Person', name: 'Alex Desk' }],
    });
    const stored = await api.prisma.article.findUniqueOrThrow({ where: { slug: 'leerdam-gold' } });
    expect(ld.datePublished).toBe(stored.publishedAt!.toISOString());
    const publication = await api.prisma.articlePublication.findUniqueOrThrow({ where: { articleId: stored.id } });
    expect(ld.dateModified).toBe(publication.revisedAt.toISOString());

    expect(ld.image).toEqual([
      {
        '@type': 'ImageObject',
        contentUrl: 'https://img.podium.test/1.jpg',
        url: 'https://img.podium.test/1.jpg',
        caption: 'Test photo 1',
        creditText: 'Photo by Pat Lens/Test Pictures',
        creator: [{ '@type': 'Person', name: 'Pat Lens' }],
        copyrightNotice: '© 2026 Test Pictures',
        license: 'https://pictures.test/rights',
        acquireLicensePage: 'https://pictures.test/license/1',
        width: 3000,
        height: 2000,
      },
      expect.objectContaining({ caption: 'Leerdam on the podium', creditText: 'Pat Lens/Test Pictures for Podium' }),
    ]);

    const stadium = {
      '@type': 'Place',
      name: 'Milano Speed Skating Stadium',
      address: { '@type': 'PostalAddress', addressLocality: 'Milan', addressCountry: 'IT' },
    };
    expect(ld.about).toEqual([
      {
        '@type': 'SportsEvent',
        name: "Women's 1000m",
        startDate: '2026-02-09T15:00:00.000Z',
        location: stadium,
        superEvent: {
          '@type': 'SportsEvent',
          name: 'Milano Cortina 2026 Olympic Winter Games',
          startDate: '2026-02-06',
          endDate: '2026-02-22',
          location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'IT' } },
        },
      },
      { '@type': 'Person', name: 'Jutta Leerdam', givenName: 'Jutta', familyName: 'Leerdam' },
    ]);
    // Leerdam is also mentioned in the text, but she is already what the story is about.
    expect(ld.mentions).toEqual([
      { '@type': 'Organization', name: 'International Skating Union' },
      { '@type': 'Person', name: 'Miho Takagi', givenName: 'Miho', familyName: 'Takagi' },
    ]);
    expect(ld).not.toHaveProperty('publisher');
    for (const value of leaves(ld)) expect(value === null || value === '').toBe(false);
  });

  it('costs as many statements for 8 photos and 7 mentions as for 1 of each', async () => {
    const { person: p, event } = ids;
    const people = ['jutta-leerdam', 'femke-kok', 'miho-takagi', 'brittany-bowe', 'erin-jackson', 'jake-paul', 'johan-derksen'].map(
      (slug) => p[slug],
    );
    const photos = [];
    for (let i = 0; i < 8; i++) photos.push(await createPhoto(api, 10 + i, [people[i % people.length]], credits));
    const text = 'Leerdam, Kok, Takagi, Bowe, Jackson, Paul and Derksen.';
    const words = ['Leerdam', 'Kok', 'Takagi', 'Bowe', 'Jackson', 'Paul', 'Derksen'];
    const small = await story(api, {
      slug: 'small',
      headline: 'Small',
      authors: byline,
      links: [link('ABOUT', 'EVENT', event['milano-cortina-2026'].eventId)],
      blocks: [paragraph(text, { Leerdam: people[0] }), imageBlock(photos[0].id)],
    });
    const big = await story(api, {
      slug: 'big',
      headline: 'Big',
      authors: byline,
      links: [link('ABOUT', 'EVENT', event['milano-cortina-2026'].eventId), link('MENTIONS', 'EVENT', event['beijing-2022'].eventId)],
      blocks: [paragraph(text, Object.fromEntries(words.map((w, i) => [w, people[i]]))), ...photos.map((photo) => imageBlock(photo.id))],
    });
    expect((await jsonLd(big.slug)).image).toHaveLength(8);
    expect((await jsonLd(big.slug)).mentions).toHaveLength(8);

    const one = await api.statementRange(() => api.gql(JSON_LD, { slug: small.slug }));
    const many = await api.statementRange(() => api.gql(JSON_LD, { slug: big.slug }));
    expect(one.min).toBeGreaterThan(0);
    expect(many.max).toBeLessThanOrEqual(one.max);
    expect(many.max).toBeLessThanOrEqual(16);
  });

  it('is there for a story with nothing linked', async () => {
    await mutate(api, `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id } }`, {
      slug: 'bare',
      headline: 'Bare',
      // The publish gates refuse an empty body.
      blocks: [{ type: 'PARAGRAPH', paragraph: { text: 'Nothing else.' } }],
    });
    const bare = await api.prisma.article.findUniqueOrThrow({ where: { slug: 'bare' } });
    await mutate(api, `mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id } }`, {
      id: globalId('Article', bare.id),
      expectedVersion: bare.version,
    });
    const ld = await jsonLd('bare');
    expect(Object.keys(ld).sort()).toEqual(['@context', '@type', 'dateModified', 'datePublished', 'headline', 'inLanguage']);
  });
});
