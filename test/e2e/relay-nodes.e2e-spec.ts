import { toGlobalId } from '../../src/graphql/relay/global-id.js';
import { MAX_NODES } from '../../src/graphql/relay/node.resolver.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { asVariables, CREATE_ARTICLE, ok, PUBLISH_ARTICLE, sportsIds, UPDATE_ARTICLE, type SportsIds } from './story.helpers.js';

const decode = (id: string) => Buffer.from(id, 'base64url').toString('utf8');
const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Person { slug } ... on Article { slug status } ... on ParagraphBlock { text position } } }`;
const BODY = `query($slug: String!) { article(slug: $slug) { id body { __typename ... on ParagraphBlock { id text position } ... on HeadingBlock { id text position } } } }`;

const paragraph = (text: string) => ({ type: 'PARAGRAPH', paragraph: { text } });

describe('global object identification', () => {
  let api: TestApp;
  let sports: SportsIds;

  beforeAll(async () => {
    api = await createTestApp();
    sports = await sportsIds(api);
  });
  afterAll(() => api.close());

  it('gives out ids that are base64url of the type and the row key', async () => {
    const leerdam = await api.prisma.person.findUniqueOrThrow({ where: { slug: 'jutta-leerdam' } });
    expect(decode(sports.people['jutta-leerdam'])).toBe(`Person:${leerdam.id}`);
    const unit = await api.prisma.unit.findUniqueOrThrow({ where: { id: decode(sports.unit2026).split(':')[1] } });
    expect(decode(sports.unit2026)).toBe(`Unit:${unit.id}`);
  });

  it('takes the ids it gives out in arguments, and refuses raw keys and ids of another type', async () => {
    const id = sports.people['jutta-leerdam'];
    expect((await ok(api, `query($id: ID!) { person(id: $id) { slug } }`, { id })).person.slug).toBe('jutta-leerdam');

    const rawKey = decode(id).split(':')[1];
    for (const wrong of [rawKey, sports.event2026, 'not-an-id']) {
      const response = await api.gql(`query($id: ID!) { person(id: $id) { slug } }`, { id: wrong });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0].extensions.field).toBe('id');
      expect(response.data).toEqual({ person: null });
    }
  });

  it('checks a link target against the kind its targetType names', async () => {
    const input = { headline: 'Mixed up ids', links: [{ relation: 'ABOUT', targetType: 'PERSON', targetId: sports.event2026 }] };
    const response = await api.gql(CREATE_ARTICLE, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0].extensions.field).toBe('input.links.0.targetId');
    expect(await api.prisma.article.count({ where: { headline: 'Mixed up ids' } })).toBe(0);
  });

  it('finds any entity again with node and nodes, batched per type', async () => {
    const people = Object.values(sports.people);
    const one = await api.statementRange(() => ok(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: people.slice(0, 1) }));
    const many = await api.statementRange(() => ok(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: people }));
    expect(many.max).toBe(one.max);

    const ids = [sports.people['miho-takagi'], sports.unit2026, sports.leerdamResult2026, sports.event2026, sports.venue];
    const { nodes } = await ok(api, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(nodes.map((n: any) => n.__typename)).toEqual(['Person', 'Unit', 'Result', 'Event', 'Venue']);
    expect(nodes.map((n: any) => n.id)).toEqual(ids);
  });

  it('answers an id that names nothing with null, and one it never gave out with BAD_USER_INPUT', async () => {
    const nothing = toGlobalId('Person', '0190f3a0-0000-7000-8000-000000000000');
    expect(await ok(api, NODE, { id: nothing })).toEqual({ node: null });
    expect(await ok(api, NODE, { id: toGlobalId('Noc', 'NED') })).toEqual({ node: null });
    const forged = await api.gql(NODE, { id: 'Person:123' });
    expect(errorCodes(forged)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await api.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: Array(MAX_NODES + 1).fill(nothing) });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.data).toBeNull();
  });

  it('does not show a story through node before it is published, nor after it is taken down', async () => {
    const created = (await ok(api, CREATE_ARTICLE, { input: { headline: 'Embargoed', blocks: [paragraph('Not yet.')] } })).createArticle;
    const stored = await api.prisma.article.findUniqueOrThrow({ where: { id: decode(created.id).split(':')[1] } });
    expect(stored.status).toBe('DRAFT');
    expect(await ok(api, NODE, { id: created.id })).toEqual({ node: null });

    const published = (await ok(api, PUBLISH_ARTICLE, { input: { id: created.id, expectedVersion: created.version } })).publishArticle;
    const { article } = await ok(api, BODY, { slug: created.slug });
    expect((await ok(api, NODE, { id: created.id })).node).toMatchObject({ __typename: 'Article', slug: 'embargoed' });
    const blockId = article.body[0].id;
    expect((await ok(api, NODE, { id: blockId })).node).toEqual({
      __typename: 'ParagraphBlock',
      id: blockId,
      text: 'Not yet.',
      position: 0,
    });

    await ok(api, `mutation($input: ArticleVersionInput!) { unpublishArticle(input: $input) { status } }`, {
      input: { id: created.id, expectedVersion: published.version },
    });
    expect(await ok(api, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [created.id, blockId] })).toEqual({
      nodes: [null, null],
    });
  });

  it('keeps a block id across saves while the block is unchanged, even when it moves', async () => {
    const blocks = [paragraph('Leerdam won.'), paragraph('Kok was second.'), paragraph('Kok was second.')];
    const created = (await ok(api, CREATE_ARTICLE, { input: { headline: 'Stable blocks', blocks } })).createArticle;
    const published = (await ok(api, PUBLISH_ARTICLE, { input: { id: created.id, expectedVersion: created.version } })).publishArticle;
    const before = (await ok(api, BODY, { slug: created.slug })).article.body;
    expect(new Set(before.map((b: any) => b.id)).size).toBe(3);

    const edited = [{ type: 'HEADING', heading: { text: 'Result' } }, paragraph('Leerdam won gold.'), ...blocks.slice(1)];
    const saved = (
      await ok(api, UPDATE_ARTICLE, { input: asVariables({ id: created.id, expectedVersion: published.version, blocks: edited }) })
    ).updateArticle;
    // Readers keep the published body until the edit is published.
    expect((await ok(api, BODY, { slug: created.slug })).article.body).toEqual(before);
    await ok(api, PUBLISH_ARTICLE, { input: { id: created.id, expectedVersion: saved.version } });
    const after = (await ok(api, BODY, { slug: created.slug })).article.body;

    expect(after.map((b: any) => b.position)).toEqual([0, 1, 2, 3]);
    expect(after[2]).toEqual({ ...before[1], position: 2 });
    expect(after[3]).toEqual({ ...before[2], position: 3 });
    expect(after[1].id).not.toBe(before[0].id);
    expect(decode(after[0].id)).toMatch(new RegExp(`^HeadingBlock:${decode(created.id).split(':')[1]}\\.[0-9a-f]{20}$`));
  });

  it('answers lookups that find nothing with null beside the other fields, without an error', async () => {
    const response = await api.gql(`{ article(slug: "nope") { headline } person(slug: "jutta-leerdam") { displayName } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ article: null, person: { displayName: 'Jutta Leerdam' } });
  });

  it('names the global id in the errors of a write', async () => {
    const id = sports.people['femke-kok'];
    const response = await api.gql(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`, {
      input: { id, expectedVersion: 99, description: 'Dutch speed skater' },
    });
    expect(errorCodes(response)).toEqual(['VERSION_CONFLICT']);
    expect(response.errors![0].extensions).toMatchObject({ entity: 'Person', id, expectedVersion: 99 });
    const stored = await api.prisma.person.findUniqueOrThrow({ where: { slug: 'femke-kok' } });
    expect(stored.description).not.toBe('Dutch speed skater');
  });
});
