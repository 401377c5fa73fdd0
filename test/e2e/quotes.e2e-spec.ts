import { randomUUID } from 'node:crypto';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { globalId, keyOf } from '../utils/ids.js';

const CREATE_QUOTE = `mutation($input: CreateQuoteInput!) {
  createQuote(input: $input) {
    id text context saidAt language version
    speaker { __typename ... on Person { slug } ... on Organisation { name } }
    event { name } unit { name } socialPost { url author { slug } }
  }
}`;
const UPDATE_QUOTE = `mutation($input: UpdateQuoteInput!) { updateQuote(input: $input) { version text speaker { ... on Person { slug } ... on Organisation { slug } } } }`;
const CREATE_POST = `mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { id platform url authorHandle text capturedAt version author { slug } } }`;

describe('quotes and social posts', () => {
  let api: TestApp;
  let ids: { leerdam: string; kok: string; jakePaul: string; isu: string; event: string; unit: string };

  beforeAll(async () => {
    api = await createTestApp();
    const people = await api.gql(
      `{ leerdam: person(slug: "jutta-leerdam") { id } kok: person(slug: "femke-kok") { id } jake: person(slug: "jake-paul") { id } }`,
    );
    const event = await api.gql(`{ competition(slug: "milano-cortina-2026") { event(key: "SSK-W-1000M") { id units { id } } } }`);
    const isu = await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'isu' } });
    const { leerdam, kok, jake } = people.data!;
    const { id, units } = event.data!.competition.event;
    ids = { leerdam: leerdam.id, kok: kok.id, jakePaul: jake.id, isu: globalId('Organisation', isu.id), event: id, unit: units[0].id };
  });
  afterAll(async () => {
    await api.close();
  });

  const quote = (input: Record<string, unknown>) => api.gql(CREATE_QUOTE, { input: { context: 'TOLD_REPORTERS', ...input } });

  it('stores a quote by Leerdam and one by an organisation, each resolving its speaker', async () => {
    const leerdam = await quote({
      text: 'Oh my, this is a dream come true',
      speakerPersonId: ids.leerdam,
      unitId: ids.unit,
      saidAt: '2026-02-09T17:10:00.000Z',
    });
    expect(leerdam.errors).toBeUndefined();
    expect(leerdam.data!.createQuote).toMatchObject({
      context: 'TOLD_REPORTERS',
      language: 'en',
      version: 1,
      speaker: { __typename: 'Person', slug: 'jutta-leerdam' },
      event: { name: "Women's 1000m" },
      unit: { name: expect.any(String) },
      socialPost: null,
    });
    const isu = await quote({ text: 'The ISU congratulates all medallists.', speakerOrganisationId: ids.isu, context: 'STATEMENT' });
    expect(isu.data!.createQuote.speaker).toEqual({ __typename: 'Organisation', name: 'International Skating Union' });

    const read = await api.gql(`query($id: ID!) { quote(id: $id) { text speaker { ... on Person { displayName } } } }`, {
      id: leerdam.data!.createQuote.id,
    });
    expect(read.data!.quote).toEqual({ text: 'Oh my, this is a dream come true', speaker: { displayName: 'Jutta Leerdam' } });
    const stored = await api.prisma.quote.findUniqueOrThrow({ where: { id: keyOf(leerdam.data!.createQuote.id) } });
    expect(stored).toMatchObject({
      speakerPersonId: keyOf(ids.leerdam),
      speakerOrganisationId: null,
      eventId: keyOf(ids.event),
      unitId: keyOf(ids.unit),
    });
  });

  it("lists a person's and an event's quotes, newest first, undated last, capped by first", async () => {
    await quote({
      text: 'I skated one of my best 1000m ever',
      speakerPersonId: ids.kok,
      eventId: ids.event,
      saidAt: '2026-02-09T17:00:00.000Z',
    });
    await quote({
      text: 'Jutta was just better, a lot of respect to her.',
      speakerPersonId: ids.kok,
      eventId: ids.event,
      saidAt: '2026-02-09T17:01:00.000Z',
    });
    await quote({ text: 'Undated', speakerPersonId: ids.kok });
    const response = await api.gql(`{
      kok: person(slug: "femke-kok") { all: quotes { text } two: quotes(first: 2) { text } }
      leerdam: person(slug: "jutta-leerdam") { quotes { text } }
      competition(slug: "milano-cortina-2026") { event(key: "SSK-W-1000M") { quotes(first: 2) { text speaker { ... on Person { slug } } } } }
    }`);
    expect(response.errors).toBeUndefined();
    const texts = (list: { text: string }[]) => list.map((q) => q.text);
    expect(texts(response.data!.kok.all)).toEqual([
      'Jutta was just better, a lot of respect to her.',
      'I skated one of my best 1000m ever',
      'Undated',
    ]);
    expect(texts(response.data!.kok.two)).toEqual([
      'Jutta was just better, a lot of respect to her.',
      'I skated one of my best 1000m ever',
    ]);
    expect(texts(response.data!.leerdam.quotes)).toEqual(['Oh my, this is a dream come true']);
    expect(response.data!.competition.event.quotes).toEqual([
      { text: 'Oh my, this is a dream come true', speaker: { slug: 'jutta-leerdam' } },
      { text: 'Jutta was just better, a lot of respect to her.', speaker: { slug: 'femke-kok' } },
    ]);
  });

  it('pages quotes with cursors across undated ones and filters them', async () => {
    const all = await api.gql(`{ quotes(first: 50) { edges { node { id saidAt } } } }`);
    const expected = all.data!.quotes.edges.map((e: any) => e.node.id);
    expect(all.data!.quotes.edges.at(-1).node.saidAt).toBeNull();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.gql(
        `query($after: String) { quotes(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...page.data.quotes.edges.map((e: any) => e.node.id));
      after = page.data.quotes.pageInfo.hasNextPage ? page.data.quotes.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
    const kok = await api.gql(`{ quotes(filter: { speaker: "femke-kok", event: "${ids.event}" }) { edges { node { text } } } }`);
    expect(kok.data!.quotes.edges).toHaveLength(2);
    const statements = await api.gql(`{ quotes(filter: { context: STATEMENT }) { edges { node { text } } } }`);
    expect(statements.data!.quotes.edges).toEqual([{ node: { text: 'The ISU congratulates all medallists.' } }]);
    const byUnit = await api.gql(`{ quotes(filter: { unit: "${ids.unit}" }) { edges { node { text } } } }`);
    expect(byUnit.data!.quotes.edges).toEqual([{ node: { text: 'Oh my, this is a dream come true' } }]);
  });

  it('refuses a quote with both speakers or none, an unknown reference, or blank text, naming the field', async () => {
    const before = await api.prisma.quote.count();
    const both = await quote({ text: 'x', speakerPersonId: ids.leerdam, speakerOrganisationId: ids.isu });
    expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    expect(both.errors![0].extensions.issues).toEqual([
      expect.objectContaining({ path: 'input.speakerPersonId' }),
      expect.objectContaining({ path: 'input.speakerOrganisationId' }),
    ]);
    const neither = await quote({ text: 'x' });
    expect(errorCodes(neither)).toEqual(['BAD_USER_INPUT']);
    const unknown = await quote({
      text: 'x',
      speakerPersonId: globalId('Person', randomUUID()),
      socialPostId: globalId('SocialPost', randomUUID()),
    });
    expect(unknown.errors![0].extensions.issues).toEqual([
      { path: 'input.speakerPersonId', message: 'no such person' },
      { path: 'input.socialPostId', message: 'no such social post' },
    ]);
    const blank = await quote({ text: '   ', speakerPersonId: ids.leerdam });
    expect(blank.errors![0].extensions.field).toBe('input.text');
    const tooLong = await quote({ text: 'x'.repeat(5001), speakerPersonId: ids.leerdam });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);
    const otherEvent = await api.prisma.event.findFirstOrThrow({ where: { id: { not: keyOf(ids.event) } } });
    const mismatch = await quote({ text: 'x', speakerPersonId: ids.leerdam, eventId: globalId('Event', otherEvent.id), unitId: ids.unit });
    expect(mismatch.errors![0].extensions.field).toBe('input.unitId');
    expect(await api.prisma.quote.count()).toBe(before);
  });

  it('updates a quote at its version, switching the speaker, and refuses a stale save', async () => {
    const { id } = (await quote({ text: 'Diva', speakerPersonId: ids.kok })).data!.createQuote;
    const switched = await api.gql(UPDATE_QUOTE, { input: { id, expectedVersion: 1, speakerOrganisationId: ids.isu } });
    expect(switched.data!.updateQuote).toEqual({ version: 2, text: 'Diva', speaker: { slug: 'isu' } });
    const stale = await api.gql(UPDATE_QUOTE, { input: { id, expectedVersion: 1, text: 'Lost' } });
    expect(errorCodes(stale)).toEqual(['VERSION_CONFLICT']);
    const nulled = await api.gql(UPDATE_QUOTE, { input: { id, expectedVersion: 2, speakerOrganisationId: null } });
    expect(errorCodes(nulled)).toEqual(['BAD_USER_INPUT']);
    expect(await api.prisma.quote.findUniqueOrThrow({ where: { id: keyOf(id) } })).toMatchObject({
      version: 2,
      text: 'Diva',
      speakerPersonId: null,
      speakerOrganisationId: keyOf(ids.isu),
    });
  });

  it('keeps social posts unique by http(s) URL and links quotes taken from them', async () => {
    const input = {
      platform: 'X',
      url: 'https://x.com/jakepaul/status/1',
      authorHandle: '@jakepaul',
      authorPersonId: ids.jakePaul,
      text: 'You did it my love. Olympic Gold.',
      postedAt: '2026-02-09T17:05:00.000Z',
    };
    const post = await api.gql(CREATE_POST, { input });
    expect(post.data!.createSocialPost).toMatchObject({ platform: 'X', url: input.url, version: 1, author: { slug: 'jake-paul' } });
    const duplicate = await api.gql(CREATE_POST, { input });
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    expect(duplicate.errors![0].extensions.field).toBe('input.url');
    for (const url of ['javascript:alert(1)', 'ftp://x.com/a', 'x.com/jakepaul']) {
      const bad = await api.gql(CREATE_POST, { input: { ...input, url } });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors![0].extensions.field).toBe('input.url');
    }
    const linked = await quote({
      text: 'You did it my love. Olympic Gold.',
      speakerPersonId: ids.jakePaul,
      context: 'SOCIAL_POST',
      socialPostId: post.data!.createSocialPost.id,
    });
    expect(linked.data!.createQuote).toMatchObject({
      context: 'SOCIAL_POST',
      socialPost: { url: input.url, author: { slug: 'jake-paul' } },
    });

    const { id, capturedAt } = post.data!.createSocialPost;
    const recaptured = await api.gql(
      `mutation($input: UpdateSocialPostInput!) { updateSocialPost(input: $input) { version text capturedAt } }`,
      {
        input: { id, expectedVersion: 1, text: 'You did it my love. Olympic Gold!' },
      },
    );
    expect(recaptured.data!.updateSocialPost).toMatchObject({ version: 2, text: 'You did it my love. Olympic Gold!' });
    expect(new Date(recaptured.data!.updateSocialPost.capturedAt).getTime()).toBeGreaterThan(new Date(capturedAt).getTime());
    const read = await api.gql(`query($id: ID!) { socialPost(id: $id) { authorHandle author { displayName } } }`, { id });
    expect(read.data!.socialPost).toEqual({ authorHandle: '@jakepaul', author: { displayName: 'Jake Paul' } });
  });

  it('refuses to delete a quote or a post a story uses, naming the stories, and deletes them otherwise', async () => {
    const { id: quoteId } = (await quote({ text: 'That I peaked at the right moment is just insane.', speakerPersonId: ids.leerdam })).data!
      .createQuote;
    const { id: postId } = (
      await api.gql(CREATE_POST, {
        input: {
          platform: 'X',
          url: 'https://x.com/jakepaul/status/2',
          authorHandle: '@jakepaul',
          text: 'words cant describe how proud of you i am',
        },
      })
    ).data!.createSocialPost;
    const articles = await Promise.all(
      ['gold-for-leerdam', 'paul-in-tears'].map((slug) => api.prisma.article.create({ data: { slug, headline: slug } })),
    );
    await api.prisma.articleReference.createMany({
      data: [
        { articleId: articles[0].id, targetType: 'QUOTE', targetId: keyOf(quoteId), kind: 'QUOTE_BLOCK', blockPosition: 1 },
        { articleId: articles[1].id, targetType: 'QUOTE', targetId: keyOf(quoteId), kind: 'QUOTE_BLOCK', blockPosition: 4 },
        { articleId: articles[1].id, targetType: 'SOCIAL_POST', targetId: keyOf(postId), kind: 'SOCIAL_POST_BLOCK', blockPosition: 5 },
      ],
    });
    const deleteQuote = `mutation($id: ID!) { deleteQuote(id: $id) }`;
    const deletePost = `mutation($id: ID!) { deleteSocialPost(id: $id) }`;
    const refusedQuote = await api.gql(deleteQuote, { id: quoteId });
    expect(errorCodes(refusedQuote)).toEqual(['REFERENCED']);
    expect(refusedQuote.errors![0].extensions.articles).toEqual(['gold-for-leerdam', 'paul-in-tears']);
    const refusedPost = await api.gql(deletePost, { id: postId });
    expect(errorCodes(refusedPost)).toEqual(['REFERENCED']);
    expect(refusedPost.errors![0].extensions.articles).toEqual(['paul-in-tears']);

    await api.prisma.article.deleteMany({ where: { id: { in: articles.map((a) => a.id) } } });
    expect((await api.gql(deleteQuote, { id: quoteId })).data!.deleteQuote).toBe(quoteId);
    expect((await api.gql(deletePost, { id: postId })).data!.deleteSocialPost).toBe(postId);
    expect(await api.prisma.quote.count({ where: { id: keyOf(quoteId) } })).toBe(0);
    expect(await api.prisma.socialPost.count({ where: { id: keyOf(postId) } })).toBe(0);
  });
});
