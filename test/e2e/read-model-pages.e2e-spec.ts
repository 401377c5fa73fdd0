import { ARTICLES_BY_PERSON_QUERY, EVENT_PAGE_QUERY, STORY_PAGE_QUERY, UNIT_RESULTS_QUERY } from '../../bench/cases.js';
import { entityKey } from '../../src/read-model/dependency-keys.js';
import { recordPublicChange } from '../../src/read-model/public-change.js';
import { RebuildTask } from '../../src/read-model/rebuild.task.js';
import { collectWrittenPages } from '../../src/read-model/written-pages.context.js';
import { PageBuilder } from '../../src/read-model/page-builder.js';
import { globalId, keyOf } from '../utils/ids.js';
import { liveAnswer, served, untilServedFromPages } from '../utils/pages.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { readmeOperations } from '../utils/readme-operations.js';
import {
  createPhoto,
  createPhotoCredits,
  imageBlock,
  mutate,
  paragraph,
  quoteBlock,
  createQuote,
  sportsIds,
  story,
  unitResults,
} from './articles-search.helpers.js';

const SLUG = 'leerdam-wins-olympic-1000m-gold';

/** Read until stored pages answer, then once more: the answer must be the live path's, in at most `ceiling` statements. */
async function fromPages(api: TestApp, query: string, variables: Record<string, unknown>, ceiling: number) {
  await untilServedFromPages(api, query, variables);
  let answer!: Awaited<ReturnType<typeof served>>;
  const statements = await api.countQueries(async () => (answer = await served(api, query, variables)));
  expect(answer.path).toBe('pages');
  expect(answer.body).toEqual(await liveAnswer(api, query, variables));
  expect(statements).toBeLessThanOrEqual(ceiling);
  return statements;
}

describe('stored pages: what they answer, in how many statements', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ story: true, env: { JOBS_POLL_INTERVAL_MS: '100' } });
  });
  afterAll(() => api.close());

  it("the story page: the same answer as the live path, in 1 statement (its results table's unit page read with it, as the last read did)", async () => {
    expect(await fromPages(api, STORY_PAGE_QUERY, { slug: SLUG }, 2)).toBe(1);
  });

  it('the unit results page in 1 statement, with ages computed as the live path computes them', async () => {
    const unit = await api.prisma.unit.findFirstOrThrow({ where: { phase: { event: { competition: { slug: 'milano-cortina-2026' } } } } });
    expect(await fromPages(api, UNIT_RESULTS_QUERY, { id: globalId('Unit', unit.id) }, 2)).toBe(1);
  });

  it('the event page in 1 statement (the competition and the lookup of its event, which the last read made next)', async () => {
    expect(await fromPages(api, EVENT_PAGE_QUERY, {}, 3)).toBe(1);
  });

  it('a read that does not follow the last one (an event the competition does not have) is answered right, in one more statement', async () => {
    const other = EVENT_PAGE_QUERY.replace('SSK-W-1000M', 'SSK-W-500M');
    expect(other).not.toBe(EVENT_PAGE_QUERY);
    await fromPages(api, EVENT_PAGE_QUERY, {}, 3);
    // The competition's lookup reads the 1000 m event ahead; the other key is looked up on its own.
    let answer!: Awaited<ReturnType<typeof served>>;
    const statements = await api.countQueries(async () => (answer = await served(api, other)));
    expect(answer.path).toBe('pages');
    expect(answer.body).toEqual(await liveAnswer(api, other, {}));
    expect(statements).toBe(2);
    expect(await fromPages(api, other, {}, 3)).toBe(1);
  });

  it('a story list by person in 2 statements whatever `first` is: the list, then every story page at once', async () => {
    const sports = await sportsIds(api);
    const credits = await createPhotoCredits(api);
    for (let i = 0; i < 6; i++) {
      const photo = await createPhoto(api, 100 + i, [sports.person['jutta-leerdam']], credits);
      await story(api, { headline: `Leerdam photo story ${i}`, blocks: [paragraph(`Story ${i}.`), imageBlock(photo.id)] });
    }
    const one = await fromPages(api, ARTICLES_BY_PERSON_QUERY.replace('first: 20', 'first: 1'), { person: 'jutta-leerdam' }, 3);
    const many = await fromPages(api, ARTICLES_BY_PERSON_QUERY, { person: 'jutta-leerdam' }, 3);
    expect([one, many]).toEqual([2, 2]);
  });

  it("an event's page follows its phases and units: a phase and a unit added, then the unit deleted", async () => {
    const { eventId } = (await sportsIds(api)).event['milano-cortina-2026'];
    const EVENT = `query($id: ID!) { event(id: $id) { name phases { name } units { name } } }`;
    const read = async () => {
      await api.pagesSettled();
      const answer = await served(api, EVENT, { id: eventId });
      expect(answer.path).toBe('pages');
      expect(answer.body).toEqual(await liveAnswer(api, EVENT, { id: eventId }));
      return answer.body.data!.event as { phases: { name: string }[]; units: { name: string }[] };
    };
    await untilServedFromPages(api, EVENT, { id: eventId });
    const phase = await mutate<{ id: string }>(api, `mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }`, {
      eventId,
      kind: 'SEMIFINAL',
      name: 'Semifinals (pages)',
      order: 90,
    });
    expect((await read()).phases.map((p) => p.name)).toContain('Semifinals (pages)');
    const unit = await mutate<{ id: string; version: number }>(
      api,
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id version } }`,
      { phaseId: phase.id, name: 'Semifinal 1 (pages)', order: 1 },
    );
    expect((await read()).units.map((u) => u.name)).toContain('Semifinal 1 (pages)');
    await mutate(api, `mutation($input: DeleteUnitInput!) { deleteUnit(input: $input) }`, {
      id: unit.id,
      expectedVersion: unit.version,
    });
    expect((await read()).units.map((u) => u.name)).not.toContain('Semifinal 1 (pages)');
  });

  it("an event's page follows its previous edition: a new edition before it, then that competition moved after it", async () => {
    const EVENT = `query { event(competition: "milano-cortina-2026", key: "SSK-W-1000M") { name previousEdition { name competition { name } } } }`;
    const read = async () => {
      await api.pagesSettled();
      const answer = await served(api, EVENT);
      expect(answer.path).toBe('pages');
      expect(answer.body).toEqual(await liveAnswer(api, EVENT));
      return answer.body.data!.event.previousEdition as { competition: { name: string } } | null;
    };
    await untilServedFromPages(api, EVENT);
    const before = await read();
    const games = await mutate<{ id: string; version: number }>(
      api,
      `mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id version } }`,
      { name: 'Edition Test Games 2025', kind: 'CUP', startDate: '2025-02-01', endDate: '2025-02-10' },
    );
    await mutate(api, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      competitionId: games.id,
      disciplineCode: 'SSK',
      gender: 'WOMEN',
      name: "Women's 1000m",
      recurringKey: 'SSK-W-1000M',
      resultType: 'TIME',
      style: 'RANKED',
    });
    expect((await read())?.competition.name).toBe('Edition Test Games 2025');
    await mutate(api, `mutation($input: UpdateCompetitionInput!) { updateCompetition(input: $input) { version } }`, {
      id: games.id,
      expectedVersion: games.version,
      startDate: '2027-02-01',
      endDate: '2027-02-10',
    });
    expect(await read()).toEqual(before);
  });

  it('a correction answers once the pages that show it are built again: the next read, on another instance, is from pages', async () => {
    const other = await createTestApp({ databaseUrl: api.databaseUrl, env: { JOBS_ENABLED: 'false' } });
    try {
      const { unitId } = (await sportsIds(api)).event['milano-cortina-2026'];
      const shown = await story(api, { headline: 'Results of the final', blocks: [paragraph('The results.'), unitResults(unitId)] });
      const page = `query($slug: String!) { article(slug: $slug) { body { ... on ResultsTableBlock { unit { results { timeMs } } } } } }`;
      await untilServedFromPages(api, page, { slug: shown.slug });
      const rows = await api.prisma.result.findMany({ where: { unitId: keyOf(unitId) }, orderBy: { displayOrder: 'asc' } });
      const unit = await api.prisma.unit.findUniqueOrThrow({ where: { id: keyOf(unitId) } });
      const corrected = rows[0].timeMs! - 10;
      await mutate(api, `mutation($input: SetUnitResultsInput!) { setUnitResults(input: $input) { version } }`, {
        unitId,
        expectedVersion: unit.version,
        rows: rows.map((r, i) => ({
          competitorId: globalId('Competitor', r.competitorId),
          displayOrder: r.displayOrder,
          startGroup: r.startGroup,
          rank: r.rank,
          timeMs: i === 0 ? corrected : r.timeMs,
          timePrecision: r.timePrecision,
          medal: r.medal,
        })),
      });
      // No job has run in between on the other instance, and none needs to: the writer built the unit's page before answering.
      expect(await api.prisma.readDocument.count({ where: { state: 'STALE' } })).toBe(0);
      const after = await served(other, page, { slug: shown.slug });
      expect(after.path).toBe('pages');
      expect(JSON.stringify(after.body)).toContain(`"timeMs":${corrected}`);
      expect(after.body).toEqual(await liveAnswer(api, page, { slug: shown.slug }));
    } finally {
      await other.close();
    }
  });

  it("the README's queries for a frontend are answered from stored pages as the live path answers them", async () => {
    const frontend = ['StoryPageQuery', 'PersonArticlesQuery', 'EventPageQuery'];
    const reads = readmeOperations().filter((operation) => frontend.includes(operation.name));
    expect(reads.map((operation) => operation.name).sort()).toEqual([...frontend].sort());
    for (const { text } of reads) {
      await untilServedFromPages(api, text);
      const answer = await served(api, text);
      expect(answer.path).toBe('pages');
      expect(answer.body).toEqual(await liveAnswer(api, text));
    }
  });

  it('bad input costs no statement beyond the one lookup: a long slug and a malformed id are refused, an unknown slug is null', async () => {
    const article = `query($slug: String!) { article(slug: $slug) { headline } }`;
    let long!: Awaited<ReturnType<typeof served>>;
    expect(await api.countQueries(async () => (long = await served(api, article, { slug: 'x'.repeat(10_000) })))).toBe(0);
    expect(errorCodes({ status: 200, data: null, ...long.body } as never)).toEqual(['BAD_USER_INPUT']);
    let malformed!: Awaited<ReturnType<typeof served>>;
    expect(await api.countQueries(async () => (malformed = await served(api, `{ unit(id: "not-an-id") { name } }`)))).toBe(0);
    expect(errorCodes({ status: 200, data: null, ...malformed.body } as never)).toEqual(['BAD_USER_INPUT']);
    let unknown!: Awaited<ReturnType<typeof served>>;
    expect(await api.countQueries(async () => (unknown = await served(api, article, { slug: 'no-such-story' })))).toBe(1);
    expect(unknown.body).toEqual({ data: { article: null } });
  });
});

describe('pages that cannot be built, and rebuilding many', () => {
  let api: TestApp;
  beforeAll(async () => {
    // The rebuild job is run by hand here, to watch its progress step by step.
    api = await createTestApp({ env: { JOBS_ENABLED: 'false' } });
  });
  afterAll(() => api.close());

  const STORED_PAGES = `{ storedPages { kind state count } failedPages { kind entityId failure failures } }`;
  const pagesOf = async (kind: string) => {
    const response = await api.gql(STORED_PAGES);
    expect(response.errors).toBeUndefined();
    const counts = response.data!.storedPages as { kind: string; state: string; count: number }[];
    return Object.fromEntries(counts.filter((c) => c.kind === kind).map((c) => [c.state, c.count])) as Partial<Record<string, number>>;
  };

  it('a page whose build fails is served by the live path, FAILED after three tries, and the desk and admins see why', async () => {
    const sports = await sportsIds(api);
    const quote = await createQuote(api, sports.person['jutta-leerdam'], 'A quote that will vanish.');
    const published = await story(api, { headline: 'A story that will not build', blocks: [paragraph('Text.'), quoteBlock(quote.id)] });
    // Its quote gone behind the API's back (the API refuses to delete a quote a story uses).
    await api.prisma.$executeRaw`DELETE FROM "Quote" WHERE id = ${keyOf(quote.id)}::uuid`;
    for (let i = 0; i < 3; i++) await api.app.get(PageBuilder).build('Article', keyOf(published.id));

    const query = `query($slug: String!) { article(slug: $slug) { headline body { __typename } } }`;
    const answer = await served(api, query, { slug: published.slug });
    expect(answer.path).toBeNull();
    expect(answer.body).toEqual(await liveAnswer(api, query, { slug: published.slug }));
    const desk = await api.gqlAs('EDITOR', `query($id: ID!) { deskArticle(id: $id) { storedPage { state failures failure } } }`, {
      id: published.id,
    });
    expect(desk.data!.deskArticle.storedPage).toMatchObject({ state: 'FAILED', failures: 3 });
    expect(desk.data!.deskArticle.storedPage.failure).toMatch(/null/i);
    const failed = (await api.gql(STORED_PAGES)).data!.failedPages as { entityId: string }[];
    expect(failed.map((f) => f.entityId)).toContain(published.id);
    const anonymous = await api.gqlAs('anonymous', `query($slug: String!) { article(slug: $slug) { storedPage { state } } }`, {
      slug: published.slug,
    });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('a registry change that touches many stories makes their pages STALE at once, served live until the job has rebuilt them', async () => {
    const sports = await sportsIds(api);
    const credits = await createPhotoCredits(api);
    const stories = [];
    for (let i = 0; i < 12; i++) {
      const photo = await createPhoto(api, 200 + i, [sports.person['jutta-leerdam']], credits);
      stories.push(await story(api, { headline: `Agency story ${i}`, blocks: [paragraph(`Story ${i}.`), imageBlock(photo.id)] }));
    }
    await api.app.get(RebuildTask).run();
    expect((await pagesOf('ARTICLE')).STALE ?? 0).toBe(0);

    const agency = await api.prisma.agency.findUniqueOrThrow({ where: { id: keyOf(credits.agencyId) } });
    await mutate(api, `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { version } }`, {
      id: credits.agencyId,
      expectedVersion: agency.version,
      creditFormat: 'Picture: {photographer}/Test Pictures',
    });
    expect((await pagesOf('ARTICLE')).STALE).toBe(12);
    const query = `query($slug: String!) { article(slug: $slug) { body { ... on ImageBlock { credit } } } }`;
    const meanwhile = await served(api, query, { slug: stories[0].slug });
    expect(meanwhile.path).toBeNull();
    expect(JSON.stringify(meanwhile.body)).toContain('Picture: Pat Lens/Test Pictures');

    expect(await api.app.get(RebuildTask).run()).toBeGreaterThanOrEqual(12);
    expect((await pagesOf('ARTICLE')).STALE ?? 0).toBe(0);
    const after = await served(api, query, { slug: stories[0].slug });
    expect(after.path).toBe('pages');
    expect(after.body).toEqual(meanwhile.body);
  });

  it('rebuildStoredPages makes every page of a kind STALE for the job, with an audit entry', async () => {
    const fresh = (await pagesOf('ARTICLE')).FRESH ?? 0;
    expect(fresh).toBeGreaterThanOrEqual(12);
    const queued = await api.gql(`mutation { rebuildStoredPages(kind: ARTICLE) }`);
    expect(queued.errors).toBeUndefined();
    expect(queued.data!.rebuildStoredPages).toBeGreaterThanOrEqual(fresh);
    expect((await pagesOf('ARTICLE')).FRESH ?? 0).toBe(0);
    expect(await api.prisma.auditEntry.count({ where: { action: 'readModel.rebuild' } })).toBe(1);
    await api.app.get(RebuildTask).run();
    // The story that cannot build got fresh tries and failed its first: it waits for its backoff, the rest are back.
    expect(await pagesOf('ARTICLE')).toEqual({ FRESH: fresh, STALE: 1 });
  });

  it('pages a writer claimed and never built (its instance died) are built by the job once the claim ends', async () => {
    const { unitId } = (await sportsIds(api)).event['milano-cortina-2026'];
    await api.app.get(PageBuilder).build('Unit', keyOf(unitId));
    // A results write as a mutation makes it, in an HTTP request's context, whose instance then never builds.
    await new Promise<void>((resolve, reject) => {
      collectWrittenPages({} as never, {} as never, () => {
        api.prisma
          .$transaction((tx) => recordPublicChange(tx, [entityKey('Unit', keyOf(unitId))]))
          .then(() => {
            resolve();
          }, reject);
      });
    });
    const [claimed] = await api.prisma.$queryRaw<{ state: string; claimedUntil: Date }[]>`
      SELECT state::text, "claimedUntil" FROM "ReadDocument" WHERE kind = 'Unit' AND key = ${keyOf(unitId)}::uuid`;
    expect(claimed.state).toBe('STALE');
    const [retry] = await api.prisma.$queryRaw<{ runAt: Date }[]>`
      SELECT run_at AS "runAt" FROM graphile_worker.jobs WHERE key = 'read-model.rebuild:claimed'`;
    expect(retry.runAt.getTime()).toBe(claimed.claimedUntil.getTime());
    // Until the claim ends the job leaves the page to its writer; then it builds it.
    expect(await api.app.get(RebuildTask).run()).toBe(0);
    await api.prisma.$executeRaw`UPDATE "ReadDocument" SET "claimedUntil" = now() - interval '1 second' WHERE kind = 'Unit'`;
    expect(await api.app.get(RebuildTask).run()).toBeGreaterThanOrEqual(1);
    expect((await pagesOf('UNIT')).STALE ?? 0).toBe(0);
  });
});
