import { createTestApp, type TestApp } from '../utils/test-app.js';
import { README } from '../utils/readme-operations.js';

/** The operations of the README's walkthrough, by name, in the order the README gives them. */
function walkthrough(): Map<string, string> {
  const start = README.indexOf("## An editor's walkthrough");
  const section = README.slice(start, README.indexOf('\n## ', start + 1));
  return new Map([...section.matchAll(/```gql\n([\s\S]*?)```/g)].map(([, text]) => [/^\w+ (\w+)/.exec(text)![1], text]));
}

describe("README: an editor's walkthrough", () => {
  let api: TestApp;
  const steps = walkthrough();
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  let token: string | null = null;
  async function step(name: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
    const query = steps.get(name);
    if (!query) throw new Error(`README has no step ${name}`);
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  }

  it('lists its steps in order', () => {
    expect([...steps.keys()]).toEqual([
      'WalkthroughLogin',
      'WalkthroughDraft',
      'WalkthroughSubmit',
      'WalkthroughReview',
      'WalkthroughSchedule',
      'WalkthroughWatch',
      'WalkthroughEdit',
      'WalkthroughRevisions',
      'WalkthroughCompare',
      'WalkthroughRestore',
    ]);
  });

  it('logs in, drafts, submits, reviews, schedules, sees it published, edits the live story, compares and restores', async () => {
    const login = await step('WalkthroughLogin', { email: api.users.ADMIN.email, password: api.users.ADMIN.password });
    token = login.login.accessToken as string;
    expect(login.login.user.role).toBe('ADMIN');

    const draft = (await step('WalkthroughDraft')).createArticle;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1 });
    const submitted = (await step('WalkthroughSubmit', { id: draft.id, version: draft.version })).submitArticle;
    expect(submitted.status).toBe('IN_REVIEW');

    const review = await step('WalkthroughReview', { id: draft.id, slug: draft.slug });
    expect(review.deskArticle).toMatchObject({ status: 'IN_REVIEW', publishChecks: [] });
    expect(review.article).toBeNull();

    const at = new Date(Date.now() + 1500).toISOString();
    const scheduled = (await step('WalkthroughSchedule', { id: draft.id, version: review.deskArticle.version, at })).scheduleArticle;
    expect(scheduled.status).toBe('SCHEDULED');

    let watched = await step('WalkthroughWatch', { id: draft.id, slug: draft.slug });
    // The two fields are read by separate statements, so one answer may straddle the publishing commit.
    for (let tries = 0; (watched.deskArticle.status !== 'PUBLISHED' || !watched.article) && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      watched = await step('WalkthroughWatch', { id: draft.id, slug: draft.slug });
    }
    expect(watched.deskArticle).toMatchObject({ status: 'PUBLISHED', publishFailure: null });
    expect(watched.article.headline).toBe('Leerdam defends her 1000m title');
    expect(new Date(watched.article.publishedAt as string).getTime()).toBeGreaterThanOrEqual(new Date(at).getTime());

    const edited = (await step('WalkthroughEdit', { id: draft.id, version: watched.deskArticle.version })).updateArticle;
    expect(edited).toMatchObject({ headline: 'Leerdam defends her 1000m title in a track record', hasUnpublishedChanges: true });
    expect((await step('WalkthroughWatch', { id: draft.id, slug: draft.slug })).article.headline).toBe('Leerdam defends her 1000m title');

    const revisions = (await step('WalkthroughRevisions', { id: draft.id })).deskArticle.revisions.edges.map(
      (edge: { node: Record<string, unknown> }) => edge.node,
    );
    expect(revisions.map((r: Record<string, unknown>) => r.reason)).toEqual(['SAVED', 'CREATED']);
    const [latest, first] = revisions;
    const comparison = (await step('WalkthroughCompare', { from: first.id, to: latest.id })).compareArticleRevisions;
    expect(comparison.fields).toContainEqual(expect.objectContaining({ field: 'headline' }));
    const paragraph = comparison.blocks.find((b: { kind: string }) => b.kind === 'CHANGED');
    expect(paragraph.segments).toContainEqual({ kind: 'INSERTED', text: expect.stringContaining('track record') });

    const restored = (await step('WalkthroughRestore', { revision: first.id, version: edited.version })).restoreArticleRevision;
    expect(restored.headline).toBe('Leerdam defends her 1000m title');
    // Readers still see what was published; the desk's working copy is the draft's text again.
    expect((await step('WalkthroughWatch', { id: draft.id, slug: draft.slug })).article.headline).toBe('Leerdam defends her 1000m title');
  });
});
