import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFootballFile } from '../../src/cli/import-football.js';
import { toGlobalId } from '../../src/graphql/relay/global-id.js';
import { createTestApp, errorCodes, type TestApp } from '../utils/test-app.js';

// The shared data sits beside the repository (../shared/data from its root), in CI as here.
const DATA = join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'data', 'football.json');
const EPL = join(DATA, '2023-24', 'en.1.json');
const UCL = join(DATA, '2024-25', 'uefa.cl.json');

const IMPORT = `mutation ($input: ImportSeasonInput!) {
  importSeason(input: $input) {
    changed rows competition { slug kind }
    phases { created updated unchanged } teams { created updated unchanged }
    matches { created updated unchanged unscored refused }
    issues { row outcome code reason round team1 team2 suggestion }
  }
}`;

const TABLE = `query ($slug: String!, $asOf: Date, $matchday: Int) {
  competition(slug: $slug) { events(first: 1) { phases { id kind name version
    table(asOf: $asOf, matchday: $matchday) { computed matchesCounted tieBreakers pointsRules { win draw loss }
      rows { rank rankShared played won drawn lost scoredFor scoredAgainst scoreDifference points deductedPoints form
        competitor { id team { name } } } }
    ties { decidedBy sides { aggregate competitor { team { name } } } winner { team { name } } legs { name } }
    deductions { id points reason decidedOn competitor { team { name } } }
  } } }
}`;

interface Row {
  rank: number;
  won: number;
  drawn: number;
  lost: number;
  scoredFor: number;
  scoredAgainst: number;
  points: number;
  deductedPoints: number;
  form: string[];
  competitor: { id: string; team: { name: string } };
}

describe('season import and league tables', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  const phases = async (slug: string, args: Record<string, unknown> = {}) => {
    const response = await api.gql(TABLE, { slug, ...args });
    expect(response.errors).toBeUndefined();
    return response.data!.competition.events[0].phases as any[];
  };
  const byName = (rows: Row[], name: string) => rows.find((r) => r.competitor.team.name === name)!;

  it('imports the 2023/24 Premier League through the CLI function, then the table matches the published one with the deductions', async () => {
    const started = Date.now();
    const report = await importFootballFile(api.prisma, {
      file: EPL,
      slug: 'premier-league-2023-24',
      timezone: 'Europe/London',
      createMissingTeams: true,
    });
    const seconds = (Date.now() - started) / 1000;
    expect(report.matches).toEqual({ created: 380, updated: 0, unchanged: 0, unscored: 0, refused: 0 });
    expect(report.teams.created).toBe(20);
    expect(report.issues).toEqual([]);
    expect(seconds).toBeLessThan(30); // the bench holds the real bar (10 s); this only catches a per-match loop gone wild
    const stored = await api.prisma.unit.count({ where: { phase: { event: { competition: { slug: 'premier-league-2023-24' } } } } });
    expect(stored).toBe(380);

    const [league] = await phases('premier-league-2023-24');
    expect(league.kind).toBe('LEAGUE');
    const competitorOf = (name: string) => byName(league.table.rows, name).competitor.id;
    for (const [name, points, decidedOn, reason] of [
      ['Everton FC', 10, '2023-11-17', 'Breach of profit and sustainability rules (reduced to 6 on appeal)'],
      ['Everton FC', -4, '2024-02-26', 'Appeal: 10 points reduced to 6'],
      ['Everton FC', 2, '2024-04-08', 'Second breach of profit and sustainability rules'],
      ['Nottingham Forest FC', 4, '2024-03-18', 'Breach of profit and sustainability rules'],
    ] as const) {
      const response = await api.gql(`mutation ($input: AddPointDeductionInput!) { addPointDeduction(input: $input) { id points } }`, {
        input: { phaseId: league.id, competitorId: competitorOf(name), points, reason, decidedOn },
      });
      expect(response.errors).toBeUndefined();
    }

    const [final] = await phases('premier-league-2023-24');
    const rows: Row[] = final.table.rows;
    expect(final.table).toMatchObject({ computed: true, matchesCounted: 380, pointsRules: { win: 3, draw: 1, loss: 0 } });
    expect(rows).toHaveLength(20);
    expect(rows[0]).toMatchObject({ rank: 1, won: 28, drawn: 7, lost: 3, scoredFor: 96, scoredAgainst: 34, points: 91 });
    expect(rows[0].competitor.team.name).toBe('Manchester City FC');
    expect(rows.slice(0, 4).map((r) => [r.competitor.team.name, r.points])).toEqual([
      ['Manchester City FC', 91],
      ['Arsenal FC', 89],
      ['Liverpool FC', 82],
      ['Aston Villa FC', 68],
    ]);
    expect(byName(rows, 'Everton FC')).toMatchObject({ points: 40, deductedPoints: 8 });
    expect(byName(rows, 'Nottingham Forest FC')).toMatchObject({ points: 32, deductedPoints: 4 });
    expect(rows[0].form).toHaveLength(5);
    expect(final.deductions).toHaveLength(4);

    // Before the first decision (17 November 2023) no deduction applies, and later matches are left out.
    const [early] = await phases('premier-league-2023-24', { asOf: '2023-11-12' });
    expect(byName(early.table.rows, 'Everton FC').deductedPoints).toBe(0);
    expect(early.table.matchesCounted).toBe(120);
    const [afterFirst] = await phases('premier-league-2023-24', { asOf: '2023-11-30' });
    expect(byName(afterFirst.table.rows, 'Everton FC').deductedPoints).toBe(10);
    const [md10] = await phases('premier-league-2023-24', { matchday: 10 });
    expect(md10.table.matchesCounted).toBe(100);
    expect(md10.table.rows.every((r: Row) => r.won + r.drawn + r.lost === 10)).toBe(true);

    // The same file again changes nothing.
    const again = await importFootballFile(api.prisma, {
      file: EPL,
      slug: 'premier-league-2023-24',
      timezone: 'Europe/London',
      createMissingTeams: true,
    });
    expect(again.changed).toBe(false);
    expect(again.matches).toEqual({ created: 0, updated: 0, unchanged: 380, unscored: 0, refused: 0 });
    expect(again.teams).toEqual({ created: 0, updated: 0, unchanged: 20 });
    expect(await api.prisma.organisation.count({ where: { name: 'Everton FC' } })).toBe(1);
  });

  it('imports the 2024/25 Champions League through the API: league phase table, knockout ties, the report of refused and unscored rows', async () => {
    const document = readFileSync(UCL, 'utf8');
    const response = await api.gql(IMPORT, {
      input: { format: 'FOOTBALL_JSON', document, competition: { slug: 'champions-league-2024-25' }, timezone: 'Europe/Paris' },
    });
    expect(response.errors).toBeUndefined();
    const report = response.data!.importSeason;
    expect(report).toMatchObject({ changed: true, rows: 189, competition: { kind: 'CUP' } });
    // The English clubs of the Premier League import are matched through the "(ENG)" suffix, not duplicated.
    expect(report.teams).toEqual({ created: 32, updated: 0, unchanged: 4 });
    expect(report.matches).toEqual({ created: 187, updated: 0, unchanged: 0, unscored: 1, refused: 2 });
    expect(report.issues.map((i: any) => [i.row, i.outcome, i.code, i.team1, i.team2])).toEqual([
      [169, 'REFUSED', 'SHOOTOUT_LEVEL', 'Liverpool FC (ENG)', 'Paris Saint-Germain FC (FRA)'],
      [174, 'REFUSED', 'SHOOTOUT_LEVEL', 'Club Atlético de Madrid (ESP)', 'Real Madrid CF (ESP)'],
      [188, 'UNSCORED', 'UNSCORED', 'Paris Saint-Germain FC (FRA)', 'FC Internazionale Milano (ITA)'],
    ]);
    expect(report.issues[0].reason).toContain('cannot end level');

    const all = await phases('champions-league-2024-25');
    expect(all.map((p) => p.kind)).toEqual(['LEAGUE', 'PLAYOFF', 'ROUND_OF_16', 'QUARTERFINAL', 'SEMIFINAL', 'FINAL']);
    const rows: Row[] = all[0].table.rows;
    expect(rows).toHaveLength(36);
    expect(rows[0]).toMatchObject({ rank: 1, points: 21 });
    expect(rows[0].competitor.team.name).toBe('Liverpool FC');
    expect(rows.reduce((sum, r) => sum + r.points, 0)).toBe(rows.reduce((sum, r) => sum + 3 * r.won + r.drawn, 0));
    expect(rows.every((r) => r.won + r.drawn + r.lost === 8)).toBe(true);

    const r16 = all[2].ties;
    expect(r16).toHaveLength(8);
    const tie = (a: string) => r16.find((t: any) => t.sides.some((s: any) => s.competitor.team.name === a));
    expect(tie('Arsenal FC')).toMatchObject({ decidedBy: 'AGGREGATE', winner: { team: { name: 'Arsenal FC' } } });
    expect(tie('Arsenal FC').sides.map((s: any) => s.aggregate)).toEqual([3, 9]);
    expect(tie('Arsenal FC').legs).toHaveLength(2);
    // The refused second legs leave their ties undecided rather than settled by a nonsense shoot-out.
    expect(tie('Liverpool FC')).toMatchObject({ decidedBy: 'UNDECIDED', winner: null });
    expect(tie('Liverpool FC').legs).toHaveLength(1);
    const semis = all[4].ties;
    expect(semis.find((t: any) => t.winner?.team.name === 'FC Internazionale Milano').sides.map((s: any) => s.aggregate)).toEqual([6, 7]);
    expect(all[5].ties).toEqual([expect.objectContaining({ decidedBy: 'UNDECIDED', winner: null })]);
    expect(all[5].ties[0].sides.map((s: any) => [s.competitor.team.name, s.aggregate])).toEqual([
      ['Paris Saint-Germain FC', 0],
      ['FC Internazionale Milano', 0],
    ]);
    const finalUnits = await api.prisma.unit.findMany({
      where: { phase: { kind: 'FINAL', event: { competition: { slug: 'champions-league-2024-25' } } } },
      include: { results: true },
    });
    expect(finalUnits.map((u) => [u.name, u.status, u.leg, u.results.length])).toEqual([
      ['Paris Saint-Germain FC v FC Internazionale Milano', 'SCHEDULED', null, 2],
    ]);

    const repeat = await api.gql(IMPORT, {
      input: { format: 'FOOTBALL_JSON', document, competition: { slug: 'champions-league-2024-25' }, timezone: 'Europe/Paris' },
    });
    expect(repeat.data!.importSeason).toMatchObject({ changed: false, matches: { created: 0, updated: 0, unchanged: 187 } });
  });

  it('re-imports a changed score in place: the same result ids, the new score and periods, the table updated', async () => {
    const slug = 'reimport-league-2024';
    const season = (albionRovers: { ht: [number, number]; ft: [number, number] }) =>
      JSON.stringify({
        name: 'Reimport League 2024',
        matches: [
          {
            round: 'Matchday 1',
            date: '2024-08-10',
            time: '15:00',
            team1: 'Reimport Albion',
            team2: 'Reimport Rovers',
            score: albionRovers,
          },
          {
            round: 'Matchday 1',
            date: '2024-08-10',
            time: '17:30',
            team1: 'Reimport City',
            team2: 'Reimport United',
            score: { ht: [0, 0], ft: [0, 0] },
          },
        ],
      });
    const importSeason = async (document: string) => {
      const response = await api.gql(IMPORT, { input: { format: 'FOOTBALL_JSON', document, competition: { slug } } });
      expect(response.errors).toBeUndefined();
      return response.data!.importSeason;
    };
    const units = () =>
      api.prisma.unit.findMany({
        where: { phase: { event: { competition: { slug } } } },
        orderBy: { order: 'asc' },
        include: {
          results: {
            orderBy: { displayOrder: 'asc' },
            include: { competitor: { include: { team: true } }, periods: { orderBy: [{ kind: 'asc' }, { number: 'asc' }] } },
          },
        },
      });
    const points = async () => {
      const [league] = await phases(slug);
      return Object.fromEntries((league.table.rows as Row[]).map((r) => [r.competitor.team.name, r.points]));
    };

    const first = await importSeason(season({ ht: [1, 0], ft: [2, 1] }));
    expect(first.matches).toEqual({ created: 2, updated: 0, unchanged: 0, unscored: 0, refused: 0 });
    const before = await units();
    expect(before.map((u) => u.results.map((r) => [r.competitor.team!.name, r.score, r.wlt]))).toEqual([
      [
        ['Reimport Albion', 2, 'W'],
        ['Reimport Rovers', 1, 'L'],
      ],
      [
        ['Reimport City', 0, 'T'],
        ['Reimport United', 0, 'T'],
      ],
    ]);
    expect(await points()).toEqual({ 'Reimport Albion': 3, 'Reimport City': 1, 'Reimport United': 1, 'Reimport Rovers': 0 });

    const again = await importSeason(season({ ht: [0, 1], ft: [1, 3] }));
    expect(again).toMatchObject({ changed: true, matches: { created: 0, updated: 1, unchanged: 1, unscored: 0, refused: 0 } });
    const after = await units();
    expect(after.map((u) => u.id)).toEqual(before.map((u) => u.id));
    // The result rows keep their ids (stories and fact boxes point at them), in both matches.
    expect(after.map((u) => u.results.map((r) => [r.id, r.competitorId]))).toEqual(
      before.map((u) => u.results.map((r) => [r.id, r.competitorId])),
    );
    expect(after[0].version).toBe(before[0].version + 1);
    expect(after[1].version).toBe(before[1].version);
    expect(after[0].results.map((r) => [r.score, r.wlt, r.designation, r.periods.map((p) => [p.kind, p.number, p.score])])).toEqual([
      [
        1,
        'L',
        'HOME',
        [
          ['HALF', 1, 0],
          ['HALF', 2, 1],
        ],
      ],
      [
        3,
        'W',
        'AWAY',
        [
          ['HALF', 1, 1],
          ['HALF', 2, 2],
        ],
      ],
    ]);
    expect(await api.prisma.result.count({ where: { unitId: { in: after.map((u) => u.id) } } })).toBe(4);
    expect(await points()).toEqual({ 'Reimport Rovers': 3, 'Reimport City': 1, 'Reimport United': 1, 'Reimport Albion': 0 });
    const [league] = await phases(slug);
    expect(byName(league.table.rows, 'Reimport Rovers')).toMatchObject({ rank: 1, won: 1, scoredFor: 3, scoredAgainst: 1 });

    // The same changed document once more changes nothing.
    expect(await importSeason(season({ ht: [0, 1], ft: [1, 3] }))).toMatchObject({
      changed: false,
      matches: { created: 0, updated: 0, unchanged: 2 },
    });
  });

  it('refuses an unknown team with a suggestion when teams may not be created, and bad input with a code', async () => {
    const document = JSON.stringify({
      name: 'Friendly',
      matches: [
        { round: 'Matchday 1', date: '2024-08-01', time: '15:00', team1: 'Arsenal', team2: 'Nowhere Rovers', score: { ft: [1, 0] } },
        {
          round: 'Matchday 1',
          date: '2024-08-01',
          time: '15:00',
          team1: 'Arsenal FC',
          team2: 'Chelsea FC',
          score: { ht: [2, 0], ft: [1, 0] },
        },
        { round: 'Matchday 1', date: '2024-08-02', time: '15:00', team1: 'Liverpool FC', team2: 'Everton FC', score: { ft: [2, 0] } },
      ],
    });
    const response = await api.gql(IMPORT, {
      input: { format: 'FOOTBALL_JSON', document, competition: { slug: 'friendlies-2024' }, createMissingTeams: false },
    });
    expect(response.errors).toBeUndefined();
    const report = response.data!.importSeason;
    expect(report.matches).toMatchObject({ created: 1, refused: 2 });
    expect(report.issues.map((i: any) => [i.row, i.code])).toEqual([
      [0, 'UNKNOWN_TEAM'],
      [1, 'HALF_TIME_ABOVE_FULL_TIME'],
    ]);
    expect(report.issues[0].suggestion).toBe('Arsenal FC');

    const notJson = await api.gql(IMPORT, { input: { format: 'FOOTBALL_JSON', document: '{', competition: { slug: 'x-2024' } } });
    expect(errorCodes(notJson)).toEqual(['BAD_USER_INPUT']);
    const badZone = await api.gql(IMPORT, {
      input: { format: 'FOOTBALL_JSON', document, competition: { slug: 'x-2024' }, timezone: 'Mars/Olympus' },
    });
    expect(errorCodes(badZone)).toEqual(['BAD_USER_INPUT']);
    const editor = await api.gqlAs('EDITOR', IMPORT, { input: { format: 'FOOTBALL_JSON', document, competition: { slug: 'x-2024' } } });
    expect(errorCodes(editor)).toEqual(['FORBIDDEN']);
    const removeUnknown = await api.gql(`mutation ($id: ID!) { removePointDeduction(id: $id) }`, {
      id: toGlobalId('PointDeduction', '00000000-0000-7000-8000-000000000000'),
    });
    expect(errorCodes(removeUnknown)).toEqual(['NOT_FOUND']);
  });
});
