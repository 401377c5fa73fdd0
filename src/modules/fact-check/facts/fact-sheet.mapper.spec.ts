import { factEntities, factRecords, factUnits, localDay, type PersonRow, type ResultRow, type UnitRow } from './fact-sheet.mapper.js';

const unit = (id: string, change: Partial<UnitRow> = {}): UnitRow => ({
  id,
  scheduledAt: new Date('2026-02-09T22:30:00Z'),
  decision: null,
  timezone: 'Europe/Rome',
  phaseKind: 'FINAL',
  eventId: 'e1',
  eventName: "Women's 1000m",
  style: 'RANKED',
  resultType: 'TIME',
  recurringKey: 'SSK-W-1000M',
  disciplineCode: 'SSK',
  timeDecimals: 2,
  timeRounding: 'TRUNCATE',
  competitionName: 'Milano Cortina 2026',
  competitionKind: 'OLYMPIC_GAMES',
  ...change,
});

const row = (unitId: string, personId: string, change: Partial<ResultRow> = {}): ResultRow => ({
  unitId,
  displayOrder: 1,
  rank: null,
  irm: null,
  medal: null,
  timeMs: null,
  points: null,
  score: null,
  markMm: null,
  startGroup: null,
  designation: null,
  personId,
  teamId: null,
  marks: [],
  shootout: null,
  ...change,
});

const person = (id: string, change: Partial<PersonRow> = {}): PersonRow => ({
  id,
  displayName: 'Miho Takagi',
  givenName: 'Miho',
  familyName: 'Takagi',
  nameOrder: 'FAMILY_GIVEN',
  aliases: [],
  birthDate: null,
  gender: 'FEMALE',
  ...change,
});

describe('fact sheet mapping', () => {
  it('prints times and gaps as the discipline does (ISU: hundredths, truncated), the leader without a gap', () => {
    const rows = [
      row('u1', 'leerdam', { rank: 1, timeMs: 72_319, medal: 'GOLD', marks: [{ code: 'OR', scope: 'OLYMPIC', equalled: false }] }),
      row('u1', 'kok', { displayOrder: 2, rank: 2, timeMs: 72_598, medal: 'SILVER' }),
      row('u1', 'jackson', { displayOrder: 3, rank: null, irm: 'DNF' }),
    ];
    const [final] = factUnits([unit('u1')], rows, []);
    expect(final.results.map((r) => [r.entityId, r.display, r.behind, r.irm, r.records.map((x) => x.code)])).toEqual([
      ['leerdam', '1:12.31', null, null, ['OR']],
      ['kok', '1:12.59', '+0.27', null, []],
      ['jackson', null, null, 'DNF', []],
    ]);
    expect(final).toMatchObject({ medalUnit: true, date: '2026-02-09', timeDecimals: 2, match: null });
  });

  it('dates a unit by the day at its venue, UTC without a known zone', () => {
    expect(localDay(new Date('2026-02-09T23:30:00Z'), 'Europe/Rome')).toBe('2026-02-10');
    expect(localDay(new Date('2026-02-09T23:30:00Z'), null)).toBe('2026-02-09');
    expect(localDay(new Date('2026-02-09T23:30:00Z'), 'Not/AZone')).toBe('2026-02-09');
    expect(localDay(null, 'Europe/Rome')).toBeNull();
  });

  it('reads a match home side first, with its score, decision, shoot-out and goals by scorer', () => {
    const match = unit('m1', { style: 'HEAD_TO_HEAD', resultType: 'SCORE', decision: 'PENALTIES', phaseKind: 'SEMIFINAL' });
    const rows = [
      row('m1', 'x', { personId: null, teamId: 'away', displayOrder: 1, score: 1, designation: 'AWAY', shootout: 2 }),
      row('m1', 'x', { personId: null, teamId: 'home', displayOrder: 2, score: 1, designation: 'HOME', shootout: 4 }),
    ];
    const goals = [{ unitId: 'm1', personId: 'scorer', minute: 12, sideId: 'home' }];
    const [read] = factUnits([match], rows, goals);
    expect(read.match).toEqual({
      homeId: 'home',
      awayId: 'away',
      homeScore: 1,
      awayScore: 1,
      decision: 'PENALTIES',
      shootout: { home: 4, away: 2 },
      goals: [{ personId: 'scorer', teamId: 'home', minute: 12 }],
    });
    expect(read.medalUnit).toBe(false);
  });

  it('gives a person the names the prose may use, in both orders, never the bare given name', () => {
    const [takagi] = factEntities([person('t', { aliases: ['高木美帆'] })], [], []);
    expect(takagi.otherNames).toEqual(['Takagi', 'Takagi Miho', '高木美帆']);
    const [team] = factEntities([], [{ id: 'o', name: 'Manchester City', shortName: 'Man City', aliases: ['City', 'Man City'] }], []);
    expect(team).toMatchObject({ type: 'ORGANISATION', otherNames: ['Man City', 'City'], birthDate: null });
  });

  it('lists medals by entity, oldest first as read, with their dates', () => {
    const medals = [
      {
        entityId: 't',
        medal: 'GOLD' as const,
        competitionKind: 'OLYMPIC_GAMES',
        competitionName: 'Beijing 2022',
        eventName: '1000m',
        date: new Date('2022-02-17T00:00:00Z'),
      },
      {
        entityId: 't',
        medal: 'BRONZE' as const,
        competitionKind: 'OLYMPIC_GAMES',
        competitionName: 'Milano Cortina 2026',
        eventName: '1000m',
        date: null,
      },
    ];
    const [takagi] = factEntities([person('t', { birthDate: new Date('1994-05-22T00:00:00Z') })], [], medals);
    expect(takagi.birthDate).toBe('1994-05-22');
    expect(takagi.medals.map((m) => [m.medal, m.date])).toEqual([
      ['GOLD', '2022-02-17'],
      ['BRONZE', null],
    ]);
  });

  it("ties a record to the sheet's units of its event and prints its time; a record of another event is left out", () => {
    const record = (recurringKey: string) => ({
      code: 'WR',
      scope: 'WORLD' as const,
      equalled: false,
      disciplineCode: 'SSK',
      recurringKey,
      holderPersonId: 'bowe',
      holderTeamId: null,
      valueMs: 71_610,
      valueNum: null,
      setOn: new Date('2019-03-09T00:00:00Z'),
    });
    const records = factRecords([record('SSK-W-1000M'), record('SSK-W-500M')], [unit('u1'), unit('u2')]);
    expect(records).toEqual([
      {
        code: 'WR',
        scope: 'WORLD',
        equalled: false,
        holderId: 'bowe',
        eventName: "Women's 1000m",
        unitIds: ['u1', 'u2'],
        timeMs: 71_610,
        display: '1:11.61',
        setOn: '2019-03-09',
      },
    ]);
  });
});
