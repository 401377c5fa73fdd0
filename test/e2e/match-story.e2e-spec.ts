import { liveAnswer, served, untilServedFromPages } from '../utils/pages.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { link, paragraph, story } from './articles-search.helpers.js';
import { buildMatch, call, createPerson, enterTeam, SET_INCIDENTS, SET_RESULTS } from './match.helpers.js';

// A match report as data: a story with a match block (score line, periods, scorers with
// minutes, cards) and a standings block (the league table, live), read as a reader reads it,
// compared with the live path, and read again after the results desk corrects the score.
const MATCH_STORY = `query($slug: String!) { article(slug: $slug) { headline body { __typename
  ... on MatchBlock { show scoreLine decision
    sides { score designation competitor { displayName } periods { kind number score } }
    scorers { person { displayName } goals { displayMinute } hatTrick }
    cards { kind displayMinute person { displayName } } }
} } }`;
const STANDINGS_STORY = `query($slug: String!) { article(slug: $slug) { jsonLd body { __typename
  ... on StandingsBlock { top highlight table { computed matchesCounted rows { rank points played won drawn lost competitor { displayName } } } }
} } }`;

type Config = [name: string, env: Record<string, string>];
const CONFIGS: Config[] = [
  ['response cache off', { RESPONSE_CACHE_TTL_SECONDS: '0' }],
  ['response cache on', { RESPONSE_CACHE_TTL_SECONDS: '60' }],
];

describe.each(CONFIGS)('a match report with a match block and a standings block, %s', (_name, env) => {
  let api: TestApp;
  let slug: string;
  /** A story with the match block alone: nothing but the block ties its page to the match. */
  let blockOnlySlug: string;
  let opener: { unitId: string; version: number };
  let scorer: { slug: string; competitionId: string };
  let teams: Record<'rovers' | 'united' | 'city', string>;

  const results = (home: [string, number, number[]], away: [string, number, number[]]) =>
    [home, away].map(([competitorId, score, halves], i) => ({
      competitorId,
      displayOrder: i + 1,
      score,
      wlt: score === [home, away][1 - i][1] ? 'T' : score > [home, away][1 - i][1] ? 'W' : 'L',
      designation: i === 0 ? 'HOME' : 'AWAY',
      periods: halves.map((goals, half) => ({ kind: 'HALF', number: half + 1, score: goals })),
    }));

  beforeAll(async () => {
    api = await createTestApp({ env: { ...env, JOBS_POLL_INTERVAL_MS: '100' } });
    const league = await buildMatch(api, 'FBL', 'LEAGUE');
    const second = await buildMatch(api, 'FBL', 'LEAGUE', { ...league, order: 2 });
    teams = {
      rovers: (await enterTeam(api, league.eventId, 'Rovers FC')).competitorId,
      united: (await enterTeam(api, league.eventId, 'United FC')).competitorId,
      city: (await enterTeam(api, league.eventId, 'City FC')).competitorId,
    };
    const striker = await createPerson(api, 'Ada Striker');
    scorer = { slug: striker.slug, competitionId: league.competitionId };
    const defender = await createPerson(api, 'Bo Defender');

    const saved = await call(api, SET_RESULTS, {
      input: {
        unitId: league.unitId,
        expectedVersion: league.version,
        resultStatus: 'OFFICIAL',
        decision: 'REGULATION',
        rows: results([teams.rovers, 3, [2, 1]], [teams.united, 1, [0, 1]]),
      },
    });
    const withIncidents = await call(api, SET_INCIDENTS, {
      input: {
        unitId: league.unitId,
        expectedVersion: saved.version,
        incidents: [
          { kind: 'GOAL', competitorId: teams.rovers, person: striker.slug, periodKind: 'HALF', periodNumber: 1, minute: 10 },
          { kind: 'GOAL', competitorId: teams.rovers, person: striker.slug, periodKind: 'HALF', periodNumber: 1, minute: 40 },
          { kind: 'YELLOW_CARD', competitorId: teams.united, person: defender.slug, periodKind: 'HALF', periodNumber: 1, minute: 44 },
          {
            kind: 'GOAL',
            competitorId: teams.rovers,
            person: striker.slug,
            periodKind: 'HALF',
            periodNumber: 1,
            minute: 45,
            addedMinute: 2,
          },
          { kind: 'GOAL', competitorId: teams.united, person: defender.slug, periodKind: 'HALF', periodNumber: 2, minute: 70 },
        ],
      },
    });
    opener = { unitId: league.unitId, version: withIncidents.version };
    await call(api, SET_RESULTS, {
      input: {
        unitId: second.unitId,
        expectedVersion: second.version,
        resultStatus: 'OFFICIAL',
        decision: 'REGULATION',
        rows: results([teams.united, 2, [1, 1]], [teams.city, 2, [2, 0]]),
      },
    });

    ({ slug } = await story(api, {
      headline: 'Hat-trick sends Rovers top',
      section: 'football',
      blocks: [
        paragraph('Ada Striker scored three before half-time.'),
        { type: 'MATCH', match: { unitId: league.unitId, show: ['SCORERS', 'CARDS', 'PERIODS'] } },
        { type: 'STANDINGS', standings: { phaseId: league.phaseId, top: 3, highlight: [teams.rovers] } },
      ],
      links: [link('ABOUT', 'UNIT', league.unitId)],
    }));
    ({ slug: blockOnlySlug } = await story(api, {
      headline: 'Rovers win',
      section: 'football',
      blocks: [{ type: 'MATCH', match: { unitId: league.unitId } }],
    }));
    await api.pagesSettled();
  });
  afterAll(async () => {
    await api.close();
  });

  async function read(query: string) {
    await untilServedFromPages(api, query, { slug }).catch(() => undefined);
    const answer = await served(api, query, { slug });
    expect(answer.body).toEqual(await liveAnswer(api, query, { slug }));
    return answer;
  }

  it('serves the match block from the stored pages: score line, periods, scorers with minutes and the hat-trick, cards', async () => {
    const answer = await read(MATCH_STORY);
    expect(answer.path === 'pages' || answer.cache === 'hit').toBe(true);
    const match = answer.body.data!.article.body.find((block: any) => block.__typename === 'MatchBlock');
    expect(match.show).toEqual(['SCORERS', 'CARDS', 'PERIODS']);
    expect(match.decision).toBe('REGULATION');
    expect(match.scoreLine).toBe('Rovers FC 3–1 United FC');
    expect(match.sides.map((r: any) => [r.competitor.displayName, r.designation, r.score, r.periods.map((p: any) => p.score)])).toEqual([
      ['Rovers FC', 'HOME', 3, [2, 1]],
      ['United FC', 'AWAY', 1, [0, 1]],
    ]);
    expect(match.scorers).toEqual([
      {
        person: { displayName: 'Ada Striker' },
        goals: [{ displayMinute: '10' }, { displayMinute: '40' }, { displayMinute: '45+2' }],
        hatTrick: true,
      },
      { person: { displayName: 'Bo Defender' }, goals: [{ displayMinute: '70' }], hatTrick: false },
    ]);
    expect(match.cards).toEqual([{ kind: 'YELLOW_CARD', displayMinute: '44', person: { displayName: 'Bo Defender' } }]);
  });

  it('computes the standings block live from the matches, cut to its top rows, and names the teams in the JSON-LD', async () => {
    const answer = await read(STANDINGS_STORY);
    const { jsonLd, body } = answer.body.data!.article;
    const standings = body.find((block: any) => block.__typename === 'StandingsBlock');
    expect(standings.top).toBe(3);
    expect(standings.highlight).toEqual([teams.rovers]);
    expect(standings.table.computed).toBe(true);
    expect(standings.table.matchesCounted).toBe(2);
    expect(standings.table.rows.map((r: any) => [r.rank, r.competitor.displayName, r.played, r.won, r.drawn, r.lost, r.points])).toEqual([
      [1, 'Rovers FC', 1, 1, 0, 0, 3],
      [2, 'City FC', 1, 0, 1, 0, 1],
      [3, 'United FC', 2, 0, 1, 1, 1],
    ]);
    const [about] = jsonLd.about;
    expect(about).toMatchObject({
      '@type': 'SportsEvent',
      homeTeam: { '@type': 'SportsTeam', name: 'Rovers FC' },
      awayTeam: { '@type': 'SportsTeam', name: 'United FC' },
      eventStatus: 'https://schema.org/EventScheduled',
    });
  });

  it("derives a player's goals in the competition from the incidents, with the hat-trick", async () => {
    const person = await call(
      api,
      `query($slug: String!, $competitionId: ID!) { person(slug: $slug) { goals(competitionId: $competitionId) { goals penaltyGoals hatTricks matchesScoredIn } } }`,
      scorer,
    );
    expect(person.goals).toEqual({ goals: 3, penaltyGoals: 0, hatTricks: 1, matchesScoredIn: 1 });
  });

  it('shows a corrected score at once in the match block, the table and the JSON-LD', async () => {
    await call(api, SET_RESULTS, {
      input: {
        unitId: opener.unitId,
        expectedVersion: opener.version,
        resultStatus: 'OFFICIAL',
        decision: 'REGULATION',
        rows: results([teams.united, 3, [2, 1]], [teams.rovers, 3, [1, 2]]),
      },
    });
    await untilServedFromPages(api, MATCH_STORY, { slug: blockOnlySlug });
    const blockOnly = await served(api, MATCH_STORY, { slug: blockOnlySlug });
    expect(blockOnly.body).toEqual(await liveAnswer(api, MATCH_STORY, { slug: blockOnlySlug }));
    expect(blockOnly.body.data!.article.body[0].scoreLine).toBe('United FC 3–3 Rovers FC');
    const corrected = await served(api, MATCH_STORY, { slug });
    expect(corrected.body).toEqual(await liveAnswer(api, MATCH_STORY, { slug }));
    const match = corrected.body.data!.article.body.find((b: any) => b.__typename === 'MatchBlock');
    expect(match.scoreLine).toBe('United FC 3–3 Rovers FC');
    expect(match.sides.map((r: any) => [r.competitor.displayName, r.designation, r.score])).toEqual([
      ['United FC', 'HOME', 3],
      ['Rovers FC', 'AWAY', 3],
    ]);
    const answer = await read(STANDINGS_STORY);
    const standings = answer.body.data!.article.body.find((b: any) => b.__typename === 'StandingsBlock');
    expect(standings.table.rows.map((r: any) => [r.rank, r.competitor.displayName, r.points])).toEqual([
      [1, 'United FC', 2],
      // Level on points and goal difference: Rovers scored more.
      [2, 'Rovers FC', 1],
      [3, 'City FC', 1],
    ]);
    expect(answer.body.data!.article.jsonLd.about[0]).toMatchObject({ homeTeam: { name: 'United FC' }, awayTeam: { name: 'Rovers FC' } });
  });
});
