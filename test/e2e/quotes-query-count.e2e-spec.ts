import { createTestApp, type TestApp } from '../utils/test-app.js';

const LIST = `{
  quotes(first: 50) {
    edges { node { text speaker { ... on Person { slug } ... on Organisation { name } } socialPost { url author { slug } } event { name } } }
  }
}`;

describe('quotes: SQL statements do not grow with the number of quotes', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  /** Quotes by people and organisations, some from posts by other people, some at the event; built through Prisma. */
  async function addQuotes(from: number, to: number) {
    const db = api.prisma;
    const people = await db.person.findMany({ orderBy: { slug: 'asc' } });
    const organisations = await db.organisation.findMany({ orderBy: { slug: 'asc' } });
    const event = await db.event.findFirstOrThrow({ where: { recurringKey: 'SSK-W-1000M', competition: { slug: 'milano-cortina-2026' } } });
    for (let i = from; i < to; i++) {
      const post =
        i % 2
          ? await db.socialPost.create({
              data: {
                platform: 'X',
                url: `https://x.com/post/${i}`,
                authorHandle: `@p${i}`,
                authorPersonId: people[(i + 1) % people.length].id,
                text: `post ${i}`,
              },
            })
          : null;
      const speaker =
        i % 3 === 2
          ? { speakerOrganisationId: organisations[i % organisations.length].id }
          : { speakerPersonId: people[i % people.length].id };
      await db.quote.create({
        data: {
          text: `quote ${i}`,
          context: post ? 'SOCIAL_POST' : 'TOLD_REPORTERS',
          socialPostId: post?.id,
          eventId: i % 3 ? event.id : null,
          saidAt: new Date(Date.UTC(2026, 1, 9, 12, i)),
          ...speaker,
        },
      });
    }
  }

  it('lists 40 quotes with speakers, posts, authors and events in as many statements as 3', async () => {
    const list = () => api.gql(LIST);
    await addQuotes(0, 3);
    const few = await list();
    expect(few.errors).toBeUndefined();
    expect(few.data!.quotes.edges).toHaveLength(3);
    const fewRange = await api.statementRange(list);

    await addQuotes(3, 40);
    const many = await list();
    expect(many.data!.quotes.edges).toHaveLength(40);
    const nodes = many.data!.quotes.edges.map((e: any) => e.node);
    expect(nodes.some((n: any) => n.speaker.name) && nodes.some((n: any) => n.speaker.slug)).toBe(true);
    expect(nodes.find((n: any) => n.socialPost).socialPost.author.slug).toEqual(expect.any(String));
    const manyRange = await api.statementRange(list);

    expect(fewRange.min).toBeGreaterThan(0);
    // Batching may merge loads by timing, never split them by item count: 40 quotes cost no more than 3.
    expect(manyRange.max).toBeLessThanOrEqual(fewRange.max);
    // At most six: the page, speaking people, organisations, posts, events, post authors not already loaded.
    expect(fewRange.max).toBeLessThanOrEqual(6);
  });
});
