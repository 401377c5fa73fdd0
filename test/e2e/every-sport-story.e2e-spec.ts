import { liveAnswer, served } from '../utils/pages.js';
import { createTestApp, type TestApp } from '../utils/test-app.js';
import { paragraph, story } from './articles-search.helpers.js';
import { buildMatch, call, createPerson, enterPerson, enterTeam, SET_INCIDENTS, SET_RESULTS } from './match.helpers.js';

// Through the API alone, as a new results desk would: an ice hockey game won in a shoot-out, a
// tennis match ended by a retirement, a rugby union match with tries and its bonus-point table,
// and a team pursuit whose team lists its three skaters. Each is shown in a story, read in one
// query whose answer is the live path's; the team pursuit's line-up is read in one query of its own.
const STORY = `query($slug: String!) { article(slug: $slug) { body { __typename
  ... on MatchBlock { scoreLine decision sides { score wlt periods { kind number score tieBreak } competitor { displayName } } }
  ... on StandingsBlock { table { tieBreakers pointsRules { win draw loss tryBonusAt losingBonusWithin }
    rows { rank played won drawn lost scoredFor scoredAgainst bonusPoints points competitor { displayName } } } }
  ... on ResultsTableBlock { unit { id results { rank timeMs competitor { displayName } } } }
} } }`;

const SET_LINEUP = `mutation($input: SetUnitLineupInput!) { setUnitLineup(input: $input) { id version } }`;

const p = (kind: string, number: number, score: number, tieBreak?: number) => ({ kind, number, score, ...(tieBreak ? { tieBreak } : {}) });

/** A ranked, timed speed skating event for teams, with one final. */
async function teamPursuit(api: TestApp) {
  const { id: competitionId } = await call(api, `mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`, {
    input: { name: 'Skating Worlds test', kind: 'WORLD_CHAMPIONSHIPS', startDate: '2025-03-13', endDate: '2025-03-16' },
  });
  const { id: eventId } = await call(api, `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
    input: {
      competitionId,
      disciplineCode: 'SSK',
      recurringKey: 'SSK-W-TEAM-PURSUIT',
      name: "Women's team pursuit",
      gender: 'WOMEN',
      style: 'RANKED',
      resultType: 'TIME',
    },
  });
  const { id: phaseId } = await call(api, `mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }`, {
    input: { eventId, kind: 'FINAL', name: 'Final', order: 1 },
  });
  const unit = await call(api, `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id version } }`, {
    input: { phaseId, name: 'Final A', order: 1 },
  });
  return { eventId: eventId as string, unitId: unit.id as string, version: unit.version as number };
}

describe('every sport in a story, through the API alone', () => {
  let api: TestApp;
  let body: any[];

  beforeAll(async () => {
    api = await createTestApp();

    // Ice hockey: 2–2 after three periods and overtime, Canada win the shoot-out 2–1, so 3–2.
    const hockey = await buildMatch(api, 'IHO', 'GROUP');
    const canada = await enterTeam(api, hockey.eventId, 'Canada');
    const sweden = await enterTeam(api, hockey.eventId, 'Sweden');
    await call(api, SET_RESULTS, {
      input: {
        unitId: hockey.unitId,
        expectedVersion: hockey.version,
        resultStatus: 'OFFICIAL',
        decision: 'SHOOTOUT',
        rows: [
          {
            competitorId: canada.competitorId,
            displayOrder: 1,
            wlt: 'W',
            score: 3,
            designation: 'HOME',
            periods: [p('PERIOD', 1, 1), p('PERIOD', 2, 0), p('PERIOD', 3, 1), p('OVERTIME', 1, 0), p('SHOOTOUT', 1, 2)],
          },
          {
            competitorId: sweden.competitorId,
            displayOrder: 2,
            wlt: 'L',
            score: 2,
            designation: 'AWAY',
            periods: [p('PERIOD', 1, 0), p('PERIOD', 2, 2), p('PERIOD', 3, 0), p('OVERTIME', 1, 0), p('SHOOTOUT', 1, 1)],
          },
        ],
      },
    });

    // Tennis: 7–6 (7–4), 3–6, 2–1 when Muster retires; the unfinished set counts for nobody.
    const tennis = await buildMatch(api, 'TEN', 'QUARTERFINAL');
    const kovac = await enterPerson(api, tennis.eventId, 'Lena Kovac');
    const muster = await enterPerson(api, tennis.eventId, 'Ida Muster');
    await call(api, SET_RESULTS, {
      input: {
        unitId: tennis.unitId,
        expectedVersion: tennis.version,
        resultStatus: 'OFFICIAL',
        decision: 'RETIREMENT',
        rows: [
          {
            competitorId: kovac.competitorId,
            displayOrder: 1,
            wlt: 'W',
            score: 1,
            periods: [p('SET', 1, 7, 7), p('SET', 2, 3), p('SET', 3, 2)],
          },
          {
            competitorId: muster.competitorId,
            displayOrder: 2,
            wlt: 'L',
            score: 1,
            periods: [p('SET', 1, 6, 4), p('SET', 2, 6), p('SET', 3, 1)],
          },
        ],
      },
    });

    // Rugby union: Leinster 31–24 Munster with four tries to three (a try bonus for Leinster, a
    // losing bonus for Munster, beaten by seven), then Munster 20–20 Ulster.
    const rugby = await buildMatch(api, 'RUG', 'LEAGUE');
    const second = await buildMatch(api, 'RUG', 'LEAGUE', { ...rugby, order: 2 });
    const leinster = await enterTeam(api, rugby.eventId, 'Leinster');
    const munster = await enterTeam(api, rugby.eventId, 'Munster');
    const ulster = await enterTeam(api, rugby.eventId, 'Ulster');
    const rugbyRows = (home: string, away: string, homeHalves: [number, number], awayHalves: [number, number]) => {
      const total = (h: [number, number]) => h[0] + h[1];
      const wlt = (mine: number, theirs: number) => (mine === theirs ? 'T' : mine > theirs ? 'W' : 'L');
      return [
        { competitorId: home, halves: homeHalves, other: awayHalves, designation: 'HOME' },
        { competitorId: away, halves: awayHalves, other: homeHalves, designation: 'AWAY' },
      ].map((side, i) => ({
        competitorId: side.competitorId,
        displayOrder: i + 1,
        designation: side.designation,
        score: total(side.halves),
        wlt: wlt(total(side.halves), total(side.other)),
        periods: [p('HALF', 1, side.halves[0]), p('HALF', 2, side.halves[1])],
      }));
    };
    const saved = await call(api, SET_RESULTS, {
      input: {
        unitId: rugby.unitId,
        expectedVersion: rugby.version,
        resultStatus: 'OFFICIAL',
        decision: 'REGULATION',
        rows: rugbyRows(leinster.competitorId, munster.competitorId, [17, 14], [10, 14]),
      },
    });
    const wing = await createPerson(api, 'Jordan Wing');
    const flanker = await createPerson(api, 'Pat Flanker');
    const tryBy = (competitorId: string, person: string, periodNumber: number, minute: number) => ({
      kind: 'TRY',
      competitorId,
      person,
      periodKind: 'HALF',
      periodNumber,
      minute,
    });
    await call(api, SET_INCIDENTS, {
      input: {
        unitId: rugby.unitId,
        expectedVersion: saved.version,
        incidents: [
          tryBy(leinster.competitorId, wing.slug, 1, 5),
          tryBy(munster.competitorId, flanker.slug, 1, 12),
          tryBy(leinster.competitorId, wing.slug, 1, 33),
          tryBy(leinster.competitorId, wing.slug, 2, 51),
          tryBy(munster.competitorId, flanker.slug, 2, 60),
          tryBy(munster.competitorId, flanker.slug, 2, 71),
          tryBy(leinster.competitorId, wing.slug, 2, 78),
        ],
      },
    });
    await call(api, SET_RESULTS, {
      input: {
        unitId: second.unitId,
        expectedVersion: second.version,
        resultStatus: 'OFFICIAL',
        decision: 'REGULATION',
        rows: rugbyRows(munster.competitorId, ulster.competitorId, [10, 10], [13, 7]),
      },
    });

    // Team pursuit: the Netherlands' three skaters in its line-up, its time in the results.
    const pursuit = await teamPursuit(api);
    const netherlands = await enterTeam(api, pursuit.eventId, 'Netherlands');
    const skaters = await Promise.all(['Joy Beune', 'Marijke Groenewoud', 'Antoinette Rijpma'].map((name) => createPerson(api, name)));
    const lined = await call(api, SET_LINEUP, {
      input: {
        unitId: pursuit.unitId,
        competitorId: netherlands.competitorId,
        expectedVersion: pursuit.version,
        entries: skaters.map(({ slug }) => ({ person: { slug }, role: 'STARTER' })),
      },
    });
    await call(api, SET_RESULTS, {
      input: {
        unitId: pursuit.unitId,
        expectedVersion: lined.version,
        rows: [{ competitorId: netherlands.competitorId, displayOrder: 1, rank: 1, timeMs: 173_890, timePrecision: 'HUNDREDTHS' }],
      },
    });

    const { slug } = await story(api, {
      headline: 'A weekend of sport',
      section: 'sport',
      blocks: [
        paragraph('Canada won the shoot-out; Muster retired; Leinster took a bonus point.'),
        { type: 'MATCH', match: { unitId: hockey.unitId } },
        { type: 'MATCH', match: { unitId: tennis.unitId } },
        { type: 'MATCH', match: { unitId: rugby.unitId } },
        { type: 'STANDINGS', standings: { phaseId: rugby.phaseId } },
        { type: 'RESULTS_TABLE', resultsTable: { unitId: pursuit.unitId } },
      ],
    });
    const answer = await served(api, STORY, { slug });
    expect(answer.body).toEqual(await liveAnswer(api, STORY, { slug }));
    body = answer.body.data!.article.body;
  });
  afterAll(async () => {
    await api.close();
  });

  const blocks = (typename: string) => body.filter((block) => block.__typename === typename);

  it('an ice hockey game won in a shoot-out: 3–2 with the shoot-out goal, decided SHOOTOUT', () => {
    const [hockey] = blocks('MatchBlock');
    expect(hockey.scoreLine).toBe('Canada 3–2 Sweden (SO)');
    expect(hockey.decision).toBe('SHOOTOUT');
    expect(hockey.sides[0].periods.map((period: any) => [period.kind, period.number, period.score])).toEqual([
      ['PERIOD', 1, 1],
      ['PERIOD', 2, 0],
      ['PERIOD', 3, 1],
      ['OVERTIME', 1, 0],
      ['SHOOTOUT', 1, 2],
    ]);
  });

  it('a tennis match in sets with a tie-break, ended by a retirement', () => {
    const [, tennis] = blocks('MatchBlock');
    expect(tennis.decision).toBe('RETIREMENT');
    expect(tennis.scoreLine).toBe('Lena Kovac 1–1 Ida Muster (ret.)');
    expect(tennis.sides.map((side: any) => [side.wlt, side.periods.map((set: any) => [set.score, set.tieBreak])])).toEqual([
      [
        'W',
        [
          [7, 7],
          [3, null],
          [2, null],
        ],
      ],
      [
        'L',
        [
          [6, 4],
          [6, null],
          [1, null],
        ],
      ],
    ]);
  });

  it('a rugby union match with its tries, and the bonus-point table', () => {
    const [, , rugby] = blocks('MatchBlock');
    expect(rugby.scoreLine).toBe('Leinster 31–24 Munster');
    const [standings] = blocks('StandingsBlock');
    expect(standings.table.pointsRules).toEqual({ win: 4, draw: 2, loss: 0, tryBonusAt: 4, losingBonusWithin: 7 });
    expect(
      standings.table.rows.map((row: any) => [
        row.rank,
        row.competitor.displayName,
        row.played,
        row.won,
        row.drawn,
        row.lost,
        row.bonusPoints,
        row.points,
      ]),
    ).toEqual([
      // 4 for the win and 1 for four tries.
      [1, 'Leinster', 1, 1, 0, 0, 1, 5],
      // 1 for losing by seven, 2 for the draw.
      [2, 'Munster', 2, 0, 1, 1, 1, 3],
      [3, 'Ulster', 1, 0, 1, 0, 0, 2],
    ]);
  });

  it('a team pursuit whose team lists its three skaters', async () => {
    const [table] = blocks('ResultsTableBlock');
    expect(table.unit.results).toEqual([{ rank: 1, timeMs: 173_890, competitor: { displayName: 'Netherlands' } }]);
    const unit = await call(
      api,
      `query($id: ID!) { unit(id: $id) { results { timeMs competitor { displayName } lineup { role person { displayName } } } } }`,
      {
        id: table.unit.id,
      },
    );
    expect(unit.results).toEqual([
      {
        timeMs: 173_890,
        competitor: { displayName: 'Netherlands' },
        lineup: ['Joy Beune', 'Marijke Groenewoud', 'Antoinette Rijpma'].map((displayName) => ({
          role: 'STARTER',
          person: { displayName },
        })),
      },
    ]);
  });
});
