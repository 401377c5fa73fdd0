import { createTestApp, type TestApp } from '../utils/test-app.js';

const LIST = `query($supplier: String) {
  mediaAssets(first: 50, filter: { supplier: $supplier }) {
    edges { node { caption credit missing supplier { name } event { name } creators { name agency { name } } peopleShown { slug noc { code } } } }
  }
}`;

describe('media assets: SQL statements do not grow with the number of assets', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  /** `size` assets of one supplier, each with two creators and three people shown, built through Prisma. */
  async function assets(supplierSlug: string, size: number) {
    const db = api.prisma;
    const supplier = await db.agency.create({
      data: { slug: supplierSlug, name: supplierSlug, creditFormat: `Photo by {photographer}/${supplierSlug}` },
    });
    const photographers = await db.photographer.createManyAndReturn({
      data: [0, 1, 2].map((i) => ({ slug: `${supplierSlug}-photographer-${i}`, name: `Photographer ${i}`, agencyId: supplier.id })),
    });
    const people = await db.person.findMany({ where: { slug: { in: ['jutta-leerdam', 'femke-kok', 'miho-takagi', 'brittany-bowe'] } } });
    const event = await db.event.findFirstOrThrow({ where: { recurringKey: 'SSK-W-1000M', competition: { slug: 'milano-cortina-2026' } } });
    for (let i = 0; i < size; i++) {
      await db.mediaAsset.create({
        data: {
          url: `https://cdn.example.com/${supplierSlug}/${i}.jpg`,
          mimeType: 'image/jpeg',
          caption: i % 2 ? `Photo ${i}` : null,
          creditLine: i % 5 === 0 ? 'Verbatim' : null,
          supplierId: supplier.id,
          eventId: i % 3 ? event.id : null,
          creators: { create: [0, 1].map((k) => ({ photographerId: photographers[(i + k) % 3].id, position: k })) },
          peopleShown: { create: [0, 1, 2].map((k) => ({ personId: people[(i + k) % people.length].id, position: k })) },
        },
      });
    }
  }

  it('lists 40 assets with creators, people shown and credits in as many statements as 3', async () => {
    await assets('few-photos', 3);
    await assets('many-photos', 40);
    const list = (supplier: string) => api.gql(LIST, { supplier });
    const few = await list('few-photos');
    const many = await list('many-photos');
    expect(few.errors).toBeUndefined();
    expect(many.data!.mediaAssets.edges).toHaveLength(40);
    const node = many.data!.mediaAssets.edges[1].node;
    expect(node.creators).toHaveLength(2);
    expect(node.peopleShown).toHaveLength(3);
    expect(node.credit).toMatch(/^Photo by Photographer \d and Photographer \d\/many-photos$/);

    const fewRange = await api.statementRange(() => list('few-photos'));
    const manyRange = await api.statementRange(() => list('many-photos'));
    expect(fewRange.min).toBeGreaterThan(0);
    // Batching may merge loads by timing, never split them by item count: 40 assets cost no more than 3.
    expect(manyRange.max).toBeLessThanOrEqual(fewRange.max);
    // Six: the page, suppliers, events, creators, people shown and their NOCs.
    expect(manyRange.max).toBeLessThanOrEqual(6);
  });
});
