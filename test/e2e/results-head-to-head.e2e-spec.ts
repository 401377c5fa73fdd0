import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';
import { issueTriples, SET_UNIT_RESULTS, storedUnit } from './results-desk.helpers.js';
import { globalId, keyOf } from '../utils/ids.js';

const READ_UNIT = `query($id: ID!) {
  unit(id: $id) {
    version resultStatus event { style resultType discipline { code } }
    results {
      displayOrder wlt score resultCode displayValue behind
      competitor { displayName person { slug } team { slug } }
      details { kind seq label timeMs value }
    }
  }
}`;

describe('results desk: head-to-head units through the API alone', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  async function call(query: string, variables: Record<string, unknown> = {}) {
    const response = await api.gql(query, variables);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return Object.values(response.data!)[0] as Record<string, any>;
  }

  /** A competition with one event, phase and unit; returns the event and unit ids. */
  async function buildUnit(competition: Record<string, unknown>, event: Record<string, unknown>, unitName: string) {
    const { id: competitionId } = await call(`mutation($input: CreateCompetitionInput!) { createCompetition(input: $input) { id } }`, {
      input: competition,
    });
    const { id: eventId } = await call(`mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`, {
      input: { competitionId, ...event },
    });
    const { id: phaseId } = await call(`mutation($input: CreatePhaseInput!) { createPhase(input: $input) { id } }`, {
      input: { eventId, kind: 'FINAL', name: 'Main', order: 1 },
    });
    const unit = await call(`mutation($input: CreateUnitInput!) { createUnit(input: $input) { id version } }`, {
      input: { phaseId, name: unitName, order: 1 },
    });
    return { eventId, unitId: unit.id as string, version: unit.version as number };
  }

  const register = (eventId: string, entrant: Record<string, string>) =>
    call(`mutation($input: RegisterCompetitorInput!) { registerCompetitor(input: $input) { id } }`, {
      input: { eventId, ...entrant },
    }).then((c) => c.id as string);

  it('adds organisations, refusing a taken slug and an unknown NOC', async () => {
    const ajax = await call(
      `mutation { createOrganisation(input: { name: "AFC Ajax", kind: CLUB, shortName: "Ajax" }) { id slug name shortName kind nocCode } }`,
    );
    expect(ajax).toMatchObject({ slug: 'afc-ajax', name: 'AFC Ajax', shortName: 'Ajax', kind: 'CLUB', nocCode: null });
    const taken = await api.gql(`mutation { createOrganisation(input: { name: "Ajax again", slug: "afc-ajax", kind: CLUB }) { id } }`);
    expect(errorCodes(taken)).toEqual(['SLUG_TAKEN']);
    const noc = await api.gql(`mutation { createOrganisation(input: { name: "Nowhere FC", kind: CLUB, nocCode: "XYZ" }) { id } }`);
    expect(errorCodes(noc)).toEqual(['BAD_USER_INPUT']);
    expect(await api.prisma.organisation.count({ where: { slug: { in: ['ajax-again', 'nowhere-fc'] } } })).toBe(0);
  });

  it('stores a football match: a 2-1 win with the halves as periods', async () => {
    const { eventId, unitId, version } = await buildUnit(
      { name: 'Eredivisie 2025-26', kind: 'LEAGUE_SEASON', startDate: '2025-08-08', endDate: '2026-05-17', hostCountryIso2: 'NL' },
      {
        disciplineCode: 'FBL',
        recurringKey: 'FBL-NED-EREDIVISIE',
        name: 'Eredivisie',
        gender: 'MEN',
        style: 'HEAD_TO_HEAD',
        resultType: 'SCORE',
      },
      'Ajax - PSV',
    );
    const ajax = globalId('Organisation', (await api.prisma.organisation.findUniqueOrThrow({ where: { slug: 'afc-ajax' } })).id);
    const { id: psv } = await call(`mutation { createOrganisation(input: { name: "PSV Eindhoven", slug: "psv", kind: CLUB }) { id } }`);
    const home = await register(eventId, { teamId: ajax });
    const away = await register(eventId, { teamId: psv });
    const halves = (first: string, second: string) => [
      { kind: 'PERIOD', seq: 1, label: 'H1', value: first },
      { kind: 'PERIOD', seq: 2, label: 'H2', value: second },
    ];
    const rows = (homeScore: number) => [
      { competitorId: home, displayOrder: 1, wlt: 'W', score: homeScore, details: halves('1', '1') },
      { competitorId: away, displayOrder: 2, wlt: 'L', score: 1, details: halves('0', '1') },
    ];

    const contradicted = await api.gql(SET_UNIT_RESULTS, {
      input: { unitId, expectedVersion: version, resultStatus: 'OFFICIAL', rows: rows(0) },
    });
    expect(errorCodes(contradicted)).toEqual(['RESULTS_INVALID']);
    expect(issueTriples(contradicted)).toEqual([[0, 'score', 'SCORE_CONTRADICTS_WLT']]);
    expect((await storedUnit(api, unitId)).results).toEqual([]);

    const saved = await api.gql(SET_UNIT_RESULTS, { input: { unitId, expectedVersion: version, resultStatus: 'OFFICIAL', rows: rows(2) } });
    expect(saved.errors).toBeUndefined();
    const unit = await call(READ_UNIT, { id: unitId });
    expect(unit).toMatchObject({
      version: version + 1,
      resultStatus: 'OFFICIAL',
      event: { style: 'HEAD_TO_HEAD', resultType: 'SCORE', discipline: { code: 'FBL' } },
    });
    expect(
      unit.results.map((r: any) => [r.competitor.team.slug, r.competitor.displayName, r.wlt, r.score, r.displayValue, r.behind]),
    ).toEqual([
      ['afc-ajax', 'AFC Ajax', 'W', 2, '2', null],
      ['psv', 'PSV Eindhoven', 'L', 1, '1', null],
    ]);
    // The value reads back as the exact decimal text it was written as.
    expect(unit.results[0].details).toEqual([
      { kind: 'PERIOD', seq: 1, label: 'H1', timeMs: null, value: '1' },
      { kind: 'PERIOD', seq: 2, label: 'H2', timeMs: null, value: '1' },
    ]);
    expect(unit.results[1].details.map((d: any) => d.value)).toEqual(['0', '1']);
    const stored = await api.prisma.resultDetail.findMany({ where: { result: { unitId: keyOf(unitId) } }, orderBy: [{ value: 'asc' }] });
    expect(stored.map((d) => d.value?.toString())).toEqual(['0', '1', '1', '1']);
  });

  it('stores a boxing bout won by KO, with the rounds as details', async () => {
    const { eventId, unitId, version } = await buildUnit(
      { name: 'Fight Night Miami', kind: 'FIGHT_CARD', startDate: '2026-03-14', endDate: '2026-03-14', hostCountryIso2: 'US' },
      {
        disciplineCode: 'BOX',
        recurringKey: 'BOX-MIAMI-MAIN',
        name: 'Main event, cruiserweight',
        gender: 'MEN',
        style: 'HEAD_TO_HEAD',
        resultType: 'POINTS',
      },
      'Main event',
    );
    const paul = await call(`{ person(slug: "jake-paul") { id } }`);
    const opponent = await call(`mutation { createPerson(input: { displayName: "Tomas Ferreira Test", nocCode: "BRA" }) { id } }`);
    const red = await register(eventId, { personId: paul.id });
    const blue = await register(eventId, { personId: opponent.id });
    const rounds = [
      { kind: 'ROUND', seq: 1, label: 'Round 1', timeMs: 180000 },
      { kind: 'ROUND', seq: 2, label: 'Round 2', timeMs: 95000 },
    ];

    const twoWinners = await api.gql(SET_UNIT_RESULTS, {
      input: {
        unitId,
        expectedVersion: version,
        resultStatus: 'OFFICIAL',
        rows: [
          { competitorId: red, displayOrder: 1, wlt: 'W', resultCode: 'KO' },
          { competitorId: blue, displayOrder: 2, wlt: 'W' },
        ],
      },
    });
    expect(errorCodes(twoWinners)).toEqual(['RESULTS_INVALID']);
    expect(issueTriples(twoWinners)).toEqual([
      [0, 'wlt', 'HEAD_TO_HEAD_SIDES'],
      [1, 'wlt', 'HEAD_TO_HEAD_SIDES'],
    ]);

    const saved = await api.gql(SET_UNIT_RESULTS, {
      input: {
        unitId,
        expectedVersion: version,
        resultStatus: 'OFFICIAL',
        rows: [
          { competitorId: red, displayOrder: 1, wlt: 'W', resultCode: 'KO', details: rounds },
          { competitorId: blue, displayOrder: 2, wlt: 'L', details: rounds },
        ],
      },
    });
    expect(saved.errors).toBeUndefined();
    const unit = await call(READ_UNIT, { id: unitId });
    expect(unit).toMatchObject({ version: version + 1, resultStatus: 'OFFICIAL', event: { discipline: { code: 'BOX' } } });
    expect(unit.results.map((r: any) => [r.competitor.person.slug, r.wlt, r.resultCode, r.displayValue])).toEqual([
      ['jake-paul', 'W', 'KO', null],
      ['tomas-ferreira-test', 'L', null, null],
    ]);
    expect(unit.results[0].details.map((d: any) => [d.kind, d.seq, d.label, d.timeMs])).toEqual([
      ['ROUND', 1, 'Round 1', 180000],
      ['ROUND', 2, 'Round 2', 95000],
    ]);
    expect(await api.prisma.resultDetail.count({ where: { result: { unitId: keyOf(unitId) } } })).toBe(4);
  });

  it("keeps judges' card values exact to the thousandth and refuses a fourth decimal, naming the detail", async () => {
    const { eventId, unitId, version } = await buildUnit(
      { name: 'Fight Night Tampa', kind: 'FIGHT_CARD', startDate: '2026-04-11', endDate: '2026-04-11', hostCountryIso2: 'US' },
      {
        disciplineCode: 'BOX',
        recurringKey: 'BOX-TAMPA-MAIN',
        name: 'Main event',
        gender: 'MEN',
        style: 'HEAD_TO_HEAD',
        resultType: 'POINTS',
      },
      'Main event',
    );
    const paul = await call(`{ person(slug: "jake-paul") { id } }`);
    const rival = await call(`mutation { createPerson(input: { displayName: "Card Test Rival", nocCode: "USA" }) { id } }`);
    const red = await register(eventId, { personId: paul.id });
    const blue = await register(eventId, { personId: rival.id });
    const cards = (values: string[]) =>
      values.map((value, i) => ({ kind: 'JUDGE_CARD', seq: 1, label: 'Total', judge: `J${i + 1}`, value }));
    const rows = (values: string[]) => [
      { competitorId: red, displayOrder: 1, wlt: 'W', resultCode: 'WP', points: '29.5', details: cards(values) },
      { competitorId: blue, displayOrder: 2, wlt: 'L', points: '28' },
    ];

    const tooPrecise = await api.gql(SET_UNIT_RESULTS, { input: { unitId, expectedVersion: version, rows: rows(['29.125', '9.1234']) } });
    expect(errorCodes(tooPrecise)).toEqual(['BAD_USER_INPUT']);
    expect(tooPrecise.errors![0].extensions.issues).toEqual([
      {
        path: 'input.rows.0.details.1.value',
        message: 'a decimal number with at most 7 digits before the point and 3 after, such as 9.5 or -2',
      },
    ]);
    expect((await storedUnit(api, unitId)).results).toEqual([]);

    const saved = await api.gql(SET_UNIT_RESULTS, { input: { unitId, expectedVersion: version, rows: rows(['29.125', '28.000', '0.5']) } });
    expect(saved.errors).toBeUndefined();
    const unit = await call(READ_UNIT, { id: unitId });
    expect(unit.results[0].details.map((d: any) => d.value)).toEqual(['29.125', '28', '0.5']);
    const stored = await api.prisma.resultDetail.findMany({ where: { result: { unitId: keyOf(unitId) } }, orderBy: { judge: 'asc' } });
    expect(stored.map((d) => d.value?.toFixed(3))).toEqual(['29.125', '28.000', '0.500']);
  });
});
