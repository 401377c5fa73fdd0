import { createTestApp, type TestApp } from '../utils/test-app.js';
import { eventually } from '../utils/eventually.js';
import { README } from '../utils/readme-operations.js';

/** The README's fact-check section: its operations by name, in order. */
function steps(): Map<string, string> {
  const start = README.indexOf('## Fact check and mention suggestions');
  const text = README.slice(start, README.indexOf('\n## ', start + 1));
  return new Map([...text.matchAll(/```gql\n([\s\S]*?)```/g)].map(([, op]) => [/^\w+ (\w+)/.exec(op)![1], op]));
}

const UPDATE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { version factCheck { contradicted } } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { version } }`;
const LEERDAM = `query { person(slug: "jutta-leerdam") { id version } }`;

interface Claim {
  text: string;
  kind: string;
  verdict: string;
  value: string | null;
  correction: string | null;
}

describe('README: fact check and mention suggestions', () => {
  let api: TestApp;
  const operations = steps();
  beforeAll(async () => {
    api = await createTestApp({ story: true });
  });
  afterAll(async () => {
    await api.close();
  });

  async function step(name: string, variables: Record<string, unknown> = {}) {
    const query = operations.get(name);
    if (!query) throw new Error(`README has no step ${name}`);
    return api.gql(query, variables);
  }

  it('lists its steps in order', () => {
    expect([...operations.keys()]).toEqual([
      'TruthRace',
      'TruthDraft',
      'TruthPublish',
      'TruthSuggestions',
      'TruthAccept',
      'TruthReviewList',
    ]);
  });

  it('catches the wrong time before publishing, suggests the mentions, and lists the story after a correction', async () => {
    const eventId = (await step('TruthRace')).data!.competition.event.id as string;
    const draft = await step('TruthDraft', { eventId });
    expect(draft.errors).toBeUndefined();
    const { id, version, factCheck } = draft.data!.createArticle;
    const claims = factCheck.claims as Claim[];
    expect(factCheck.contradicted).toBe(1);
    expect(claims.filter((c) => c.verdict === 'CONTRADICTED')).toEqual([
      {
        text: expect.stringContaining('1:12.13'),
        kind: 'TIME',
        verdict: 'CONTRADICTED',
        value: '1:12.31',
        correction: expect.stringContaining('1:12.31'),
      },
    ]);
    for (const kind of ['MARGIN', 'MEDAL', 'RECORD', 'AGE']) {
      expect(claims.filter((c) => c.kind === kind).map((c) => c.verdict)).toEqual(expect.arrayContaining(['CONFIRMED']));
      expect(claims.filter((c) => c.kind === kind && c.verdict !== 'CONFIRMED')).toEqual([]);
    }

    const refused = await step('TruthPublish', { id, version });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'PUBLISH_BLOCKED',
      reasons: [expect.objectContaining({ code: 'FACT_CONTRADICTED', blockIndex: 0 })],
    });

    const suggested = (await step('TruthSuggestions', { id })).data!.deskArticle;
    expect(suggested.mentionSuggestions.map((s: { text: string }) => s.text)).toEqual(['Jutta Leerdam', 'Femke Kok']);
    expect(suggested.mentionSuggestions.map((s: { candidates: { name: string }[] }) => s.candidates[0].name)).toEqual([
      'Jutta Leerdam',
      'Femke Kok',
    ]);

    // Step 5: the paragraph as in step 2, with the right time.
    const paragraph = /text: "(.*)"/.exec(operations.get('TruthDraft')!)![1].replace('1:12.13', '1:12.31');
    const fixed = await api.gql(UPDATE, {
      input: { id, expectedVersion: suggested.version, blocks: [{ type: 'PARAGRAPH', paragraph: { text: paragraph } }] },
    });
    expect(fixed.data!.updateArticle.factCheck.contradicted).toBe(0);
    const accepted = await step('TruthAccept', {
      id,
      version: fixed.data!.updateArticle.version,
      suggestionIds: ((await step('TruthSuggestions', { id })).data!.deskArticle.mentionSuggestions as { id: string }[]).map((s) => s.id),
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptMentionSuggestions.factCheck.contradicted).toBe(0);
    const published = await step('TruthPublish', { id, version: accepted.data!.acceptMentionSuggestions.version });
    expect(published.data!.publishArticle.status).toBe('PUBLISHED');

    // Step 6: a birth date corrected after publication.
    const leerdam = (await api.gql(LEERDAM)).data!.person;
    const moved = await api.gql(UPDATE_PERSON, { input: { id: leerdam.id, expectedVersion: leerdam.version, birthDate: '1997-12-30' } });
    expect(moved.errors).toBeUndefined();
    const listed = await eventually(
      async () => {
        const edges = (await step('TruthReviewList')).data!.articlesNeedingReview.edges as { node: Record<string, any> }[];
        return edges.some((e) => e.node.article.slug === 'leerdam-wins-the-1000m-in-an-olympic-record') && edges;
      },
      20_000,
      'the review list',
    );
    const mine = listed.find((e) => e.node.article.slug === 'leerdam-wins-the-1000m-in-an-olympic-record')!.node;
    expect(mine).toMatchObject({
      trigger: { type: 'Person', action: 'person.update' },
      claims: [
        expect.objectContaining({ text: expect.stringContaining('27-year-old'), value: '28', correction: expect.stringContaining('28') }),
      ],
    });
  });
});
