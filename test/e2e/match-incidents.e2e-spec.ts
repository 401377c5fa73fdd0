import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import {
  buildMatch,
  call,
  createPerson,
  enterTeam,
  IMPORT_RESULTS,
  issuesOf,
  SET_INCIDENTS,
  SET_RESULTS,
  storedMatch,
} from './match.helpers.js';

const READ_FINAL = `query($id: ID!) {
  unit(id: $id) {
    version decision
    results { wlt score periods { kind number score } }
    incidents {
      seq kind periodKind periodNumber minute addedMinute displayMinute shootoutOrder outcome
      competitor { displayName } person { slug } relatedPerson { slug }
    }
    scorers { person { slug } goalCount hatTrick goals { displayMinute penalty ownGoal } }
  }
}`;

const p = (kind: string, number: number, score: number) => ({ kind, number, score });

describe('match incidents through the API', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('stores a football final 1-1 after extra time, won 4-2 on penalties, with its goals and kicks, and reads them back', async () => {
    const match = await buildMatch(api, 'FBL', 'FINAL');
    const home = await enterTeam(api, match.eventId, 'Final Home FC');
    const away = await enterTeam(api, match.eventId, 'Final Away FC');
    const [striker, winger, defender, keeper] = await Promise.all(
      ['Final Striker', 'Final Winger', 'Final Defender', 'Final Keeper'].map((name) => createPerson(api, name)),
    );
    const halves = (a: number, b: number) => [p('HALF', 1, a), p('HALF', 2, b), p('EXTRA_TIME', 1, 0), p('EXTRA_TIME', 2, 0)];
    const results = await api.gql(SET_RESULTS, {
      input: {
        unitId: match.unitId,
        expectedVersion: match.version,
        resultStatus: 'OFFICIAL',
        decision: 'PENALTIES',
        rows: [
          {
            competitorId: home.competitorId,
            displayOrder: 1,
            wlt: 'W',
            score: 1,
            designation: 'NEUTRAL',
            periods: [...halves(1, 0), p('SHOOTOUT', 1, 4)],
          },
          {
            competitorId: away.competitorId,
            displayOrder: 2,
            wlt: 'L',
            score: 1,
            designation: 'NEUTRAL',
            periods: [...halves(0, 1), p('SHOOTOUT', 1, 2)],
          },
        ],
      },
    });
    expect(results.errors).toBeUndefined();
    const version = match.version + 1;

    const kick = (competitorId: string, shootoutOrder: number, outcome: string, person?: string) => ({
      kind: 'SHOOTOUT_KICK',
      competitorId,
      periodKind: 'SHOOTOUT',
      shootoutOrder,
      outcome,
      ...(person ? { person } : {}),
    });
    const incidents = [
      // Given out of order: they read back in the order of play.
      {
        kind: 'GOAL',
        competitorId: away.competitorId,
        personId: winger.id,
        periodKind: 'HALF',
        periodNumber: 2,
        minute: 90,
        addedMinute: 3,
      },
      {
        kind: 'GOAL',
        competitorId: home.competitorId,
        person: striker.slug,
        relatedPerson: defender.slug,
        periodKind: 'HALF',
        periodNumber: 1,
        minute: 23,
      },
      {
        kind: 'YELLOW_CARD',
        competitorId: home.competitorId,
        personId: defender.id,
        periodKind: 'EXTRA_TIME',
        periodNumber: 1,
        minute: 101,
      },
      kick(home.competitorId, 1, 'SCORED', striker.slug),
      kick(away.competitorId, 1, 'SAVED', winger.slug),
      kick(home.competitorId, 2, 'SCORED'),
      kick(away.competitorId, 2, 'SCORED'),
      kick(home.competitorId, 3, 'SCORED'),
      kick(away.competitorId, 3, 'MISSED'),
      kick(home.competitorId, 4, 'SCORED', defender.slug),
      kick(away.competitorId, 4, 'SCORED', keeper.slug),
    ];

    // Half 1, minute 60; the kicks say 3 for the away side, which scored 2 in the shoot-out.
    const wrong: Array<Record<string, unknown>> = structuredClone(incidents);
    wrong[1].minute = 60;
    wrong[10].outcome = 'SCORED';
    wrong[8].outcome = 'SCORED';
    const refused = await api.gql(SET_INCIDENTS, { input: { unitId: match.unitId, expectedVersion: version, incidents: wrong } });
    expect(errorCodes(refused)).toEqual(['RESULTS_INVALID']);
    expect(issuesOf(refused)).toEqual([
      [1, 'minute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD', 'input.incidents.1.minute'],
      [10, 'outcome', 'SHOOTOUT_KICKS_MISMATCH', 'input.incidents.10.outcome'],
    ]);
    expect(await storedMatch(api, match.unitId)).toMatchObject({ version, incidents: [] });

    const saved = await api.gql(SET_INCIDENTS, { input: { unitId: match.unitId, expectedVersion: version, incidents } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setUnitIncidents.version).toBe(version + 1);

    const unit = await call(api, READ_FINAL, { id: match.unitId });
    expect(unit.decision).toBe('PENALTIES');
    expect(
      unit.incidents
        .slice(0, 3)
        .map((i: any) => [i.kind, i.periodKind, i.displayMinute, i.competitor.displayName, i.person.slug, i.relatedPerson?.slug ?? null]),
    ).toEqual([
      ['GOAL', 'HALF', '23', 'Final Home FC', striker.slug, defender.slug],
      ['GOAL', 'HALF', '90+3', 'Final Away FC', winger.slug, null],
      ['YELLOW_CARD', 'EXTRA_TIME', '101', 'Final Home FC', defender.slug, null],
    ]);
    const kicks = unit.incidents.slice(3);
    expect(kicks.map((i: any) => [i.competitor.displayName, i.shootoutOrder, i.outcome, i.displayMinute])).toEqual([
      ['Final Home FC', 1, 'SCORED', null],
      ['Final Away FC', 1, 'SAVED', null],
      ['Final Home FC', 2, 'SCORED', null],
      ['Final Away FC', 2, 'SCORED', null],
      ['Final Home FC', 3, 'SCORED', null],
      ['Final Away FC', 3, 'MISSED', null],
      ['Final Home FC', 4, 'SCORED', null],
      ['Final Away FC', 4, 'SCORED', null],
    ]);
    expect(unit.scorers).toEqual([
      { person: { slug: striker.slug }, goalCount: 1, hatTrick: false, goals: [{ displayMinute: '23', penalty: false, ownGoal: false }] },
      { person: { slug: winger.slug }, goalCount: 1, hatTrick: false, goals: [{ displayMinute: '90+3', penalty: false, ownGoal: false }] },
    ]);
  });

  it('derives scorers with a hat-trick, imports incidents with the results, and ranks top scorers by goals then name', async () => {
    const first = await buildMatch(api, 'FBL', 'GROUP');
    const home = await enterTeam(api, first.eventId, 'Group Home FC');
    const away = await enterTeam(api, first.eventId, 'Group Away FC');
    const second = await buildMatch(api, 'FBL', 'GROUP', {
      competitionId: first.competitionId,
      eventId: first.eventId,
      phaseId: first.phaseId,
      order: 2,
    });
    const [hero, bravo, alpha, unlucky] = await Promise.all(
      ['Zeta Hero', 'Bravo Scorer', 'Alpha Scorer', 'Unlucky Defender'].map((name) => createPerson(api, name)),
    );
    const goal = (team: string, person: string, periodNumber: number, minute: string | number, kind = 'GOAL') => ({
      kind,
      team,
      person,
      periodKind: 'HALF',
      periodNumber,
      minute,
    });

    // Match 1, imported with its incidents: Hero scores three (one a penalty), Unlucky's own goal counts for the away side.
    const document = (incidents: unknown[]) =>
      JSON.stringify({
        decision: 'REGULATION',
        rows: [
          { team: home.slug, displayOrder: 1, wlt: 'W', score: 3, designation: 'HOME', periods: [p('HALF', 1, 2), p('HALF', 2, 1)] },
          { team: away.slug, displayOrder: 2, wlt: 'L', score: 2, designation: 'AWAY', periods: [p('HALF', 1, 1), p('HALF', 2, 1)] },
        ],
        incidents,
      });
    const incidents = [
      goal(home.slug, hero.slug, 1, 12),
      goal(away.slug, unlucky.slug, 1, 30, 'OWN_GOAL'),
      goal(home.slug, hero.slug, 1, '45+2', 'PENALTY_GOAL'),
      goal(away.slug, bravo.slug, 2, 50),
      goal(home.slug, hero.slug, 2, 88),
    ];
    const tooMany = await api.gql(IMPORT_RESULTS, {
      input: {
        unitId: first.unitId,
        expectedVersion: first.version,
        format: 'JSON',
        document: document([...incidents, goal(home.slug, hero.slug, 1, 60)]),
      },
    });
    expect(errorCodes(tooMany)).toEqual(['RESULTS_INVALID']);
    expect(issuesOf(tooMany)).toEqual([
      [5, 'minute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD', 'input.document.incidents.5.minute'],
      [5, 'competitorId', 'INCIDENT_GOALS_EXCEED_SCORE', 'input.document.incidents.5.competitorId'],
    ]);
    expect(await storedMatch(api, first.unitId)).toMatchObject({ version: first.version, decision: null, results: [], incidents: [] });

    const imported = await api.gql(IMPORT_RESULTS, {
      input: { unitId: first.unitId, expectedVersion: first.version, format: 'JSON', document: document(incidents) },
    });
    expect(imported.errors).toBeUndefined();
    expect((await storedMatch(api, first.unitId)).incidents).toHaveLength(5);

    // Match 2: Alpha and Bravo score one each, so Alpha, Bravo and Hero's order shows goals first, then name.
    const results = await api.gql(SET_RESULTS, {
      input: {
        unitId: second.unitId,
        expectedVersion: second.version,
        rows: [
          { competitorId: home.competitorId, displayOrder: 1, wlt: 'T', score: 1 },
          { competitorId: away.competitorId, displayOrder: 2, wlt: 'T', score: 1 },
        ],
      },
    });
    expect(results.errors).toBeUndefined();
    const setIncidents = await api.gql(SET_INCIDENTS, {
      input: {
        unitId: second.unitId,
        expectedVersion: second.version + 1,
        incidents: [
          { kind: 'GOAL', competitorId: home.competitorId, personId: alpha.id, periodKind: 'HALF', periodNumber: 1, minute: 5 },
          { kind: 'GOAL', competitorId: away.competitorId, personId: bravo.id, periodKind: 'HALF', periodNumber: 2, minute: 77 },
        ],
      },
    });
    expect(setIncidents.errors).toBeUndefined();

    const unit = await call(
      api,
      `query($id: ID!) { unit(id: $id) { scorers { person { slug } goalCount hatTrick goals { displayMinute penalty ownGoal } } } }`,
      {
        id: first.unitId,
      },
    );
    expect(unit.scorers).toEqual([
      {
        person: { slug: hero.slug },
        goalCount: 3,
        hatTrick: true,
        goals: [
          { displayMinute: '12', penalty: false, ownGoal: false },
          { displayMinute: '45+2', penalty: true, ownGoal: false },
          { displayMinute: '88', penalty: false, ownGoal: false },
        ],
      },
      { person: { slug: unlucky.slug }, goalCount: 0, hatTrick: false, goals: [{ displayMinute: '30', penalty: false, ownGoal: true }] },
      { person: { slug: bravo.slug }, goalCount: 1, hatTrick: false, goals: [{ displayMinute: '50', penalty: false, ownGoal: false }] },
    ]);

    const competition = await api.gql(
      `query($id: ID!, $first: Int) { node(id: $id) { ... on Competition { topScorers(first: $first) { rank goals penalties person { displayName } } } } }`,
      { id: first.competitionId, first: 3 },
    );
    expect(competition.errors).toBeUndefined();
    expect(competition.data!.node.topScorers.map((s: any) => [s.rank, s.person.displayName, s.goals, s.penalties])).toEqual([
      [1, 'Zeta Hero', 3, 1],
      [2, 'Bravo Scorer', 2, 0],
      [3, 'Alpha Scorer', 1, 0],
    ]);
    const capped = await api.gql(`query($id: ID!) { node(id: $id) { ... on Competition { topScorers(first: 101) { goals } } } }`, {
      id: first.competitionId,
    });
    expect(errorCodes(capped)).toEqual(['BAD_USER_INPUT']);
  });
});
