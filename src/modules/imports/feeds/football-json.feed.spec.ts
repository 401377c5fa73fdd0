import { row, parse, only, periodsOf } from './football-json.feed.test-helpers.js';

describe('FootballJsonFeed', () => {
  describe('rounds and phases', () => {
    it('maps a Premier League season ("Matchday n") to one LEAGUE phase with the matchday of each match', () => {
      const season = parse([
        row('Matchday 1', 'Arsenal FC (ENG)', 'Chelsea FC (ENG)', { ft: [1, 0] }, '2023-08-12'),
        row('Matchday 2', 'Chelsea FC (ENG)', 'Everton FC (ENG)', { ft: [2, 2] }, '2023-08-19'),
        row('Matchday 38', 'Everton FC (ENG)', 'Arsenal FC (ENG)', { ft: [0, 3] }, '2024-05-19'),
      ]);
      expect(season).toMatchObject({ name: 'Test season', kind: 'LEAGUE_SEASON', firstDay: '2023-08-12', lastDay: '2024-05-19', rows: 3 });
      expect(season.phases).toEqual([{ key: 'LEAGUE', kind: 'LEAGUE', name: 'League', order: 1 }]);
      expect(season.matches.map((m) => [m.phaseKey, m.matchday, m.leg])).toEqual([
        ['LEAGUE', 1, null],
        ['LEAGUE', 2, null],
        ['LEAGUE', 38, null],
      ]);
      expect(season.matches[0].sourceKey).toBe('Matchday 1|Arsenal FC (ENG)|Chelsea FC (ENG)');
      expect(season.issues).toEqual([]);
    });

    it.each([
      ['Matchday 12', 'LEAGUE', 'League', 12],
      ['League, Matchday 3', 'LEAGUE', 'League', 3],
      ['Playoffs, Matchday 2', 'PLAYOFF', 'Play-offs', 2],
      ['Playoffs', 'PLAYOFF', 'Play-offs', null],
      ['Knockout play-off', 'PLAYOFF', 'Play-offs', null],
      ['Round of 16', 'ROUND_OF_16', 'Round of 16', null],
      ['Finals, Round of 16', 'ROUND_OF_16', 'Round of 16', null],
      ['Quarter-finals', 'QUARTERFINAL', 'Quarter-finals', null],
      ['Quarterfinals', 'QUARTERFINAL', 'Quarter-finals', null],
      ['Finals, Quarterfinals', 'QUARTERFINAL', 'Quarter-finals', null],
      ['Semi-finals', 'SEMIFINAL', 'Semi-finals', null],
      ['Finals, Semifinals', 'SEMIFINAL', 'Semi-finals', null],
      ['Final', 'FINAL', 'Final', null],
      ['Finals, Final', 'FINAL', 'Final', null],
      ['Group C, Matchday 2', 'GROUP', 'Group C', 2],
    ])('maps the round "%s" to a %s phase named %s (matchday %s)', (round, kind, name, matchday) => {
      const season = parse([row(round, 'Home FC', 'Away FC', { ft: [1, 0] })]);
      expect(season.phases).toEqual([{ key: kind === 'GROUP' ? 'GROUP C' : kind, kind, name, order: 1 }]);
      expect(only(season)).toMatchObject({ phaseKey: season.phases[0].key, matchday });
    });

    it('orders phases by stage whatever the row order, and calls a season with a knockout phase a cup', () => {
      const season = parse([
        row('Finals, Final', 'A FC', 'B FC', { ft: [1, 0] }, '2025-05-31'),
        row('Playoffs, Matchday 1', 'C FC', 'D FC', { ft: [1, 0] }, '2025-02-11'),
        row('League, Matchday 1', 'A FC', 'C FC', { ft: [1, 0] }, '2024-09-17'),
        row('Finals, Semifinals', 'A FC', 'D FC', { ft: [1, 0] }, '2025-04-29'),
      ]);
      expect(season.kind).toBe('CUP');
      expect(season.phases.map((p) => [p.kind, p.order])).toEqual([
        ['LEAGUE', 1],
        ['PLAYOFF', 2],
        ['SEMIFINAL', 3],
        ['FINAL', 4],
      ]);
      expect(season.matches.map((m) => m.row)).toEqual([0, 1, 2, 3]);
      expect([season.firstDay, season.lastDay]).toEqual(['2024-09-17', '2025-05-31']);
    });

    it('refuses a round that names no known stage', () => {
      const season = parse([row('Friendly', 'A FC', 'B FC', { ft: [1, 0] }), row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] })]);
      expect(season.matches.map((m) => m.row)).toEqual([1]);
      expect(season.issues).toEqual([
        {
          row: 0,
          outcome: 'REFUSED',
          code: 'UNKNOWN_ROUND',
          reason: 'the round "Friendly" names no stage known to the importer',
          round: 'Friendly',
          team1: 'A FC',
          team2: 'B FC',
        },
      ]);
    });
  });

  describe('teams', () => {
    it('parses the "(ENG)" suffix into the club name and its country, and keeps the full name as the key', () => {
      const season = parse([
        row('Round of 16', 'Liverpool FC (ENG)', 'Paris Saint-Germain FC (FRA)', { ft: [0, 1] }),
        row('Round of 16', 'Celtic FC (SCO)', 'Local Town', { ft: [0, 1] }),
      ]);
      expect(season.teams).toEqual([
        { key: 'Celtic FC (SCO)', name: 'Celtic FC', countryIso2: 'GB' },
        { key: 'Liverpool FC (ENG)', name: 'Liverpool FC', countryIso2: 'GB' },
        { key: 'Local Town', name: 'Local Town', countryIso2: null },
        { key: 'Paris Saint-Germain FC (FRA)', name: 'Paris Saint-Germain FC', countryIso2: 'FR' },
      ]);
      expect(season.matches[0]).toMatchObject({
        name: 'Liverpool FC v Paris Saint-Germain FC',
        home: 'Liverpool FC (ENG)',
        away: 'Paris Saint-Germain FC (FRA)',
      });
      expect(season.matches[0].result!.sides.map((s) => s.teamKey)).toEqual(['Liverpool FC (ENG)', 'Paris Saint-Germain FC (FRA)']);
    });
  });

  describe('kick-off', () => {
    it.each([
      ['2024-08-10', '15:00', 'Europe/London', '2024-08-10T14:00:00.000Z'],
      ['2024-01-10', '20:00', 'Europe/London', '2024-01-10T20:00:00.000Z'],
      ['2024-10-01', '21:00', 'Europe/Paris', '2024-10-01T19:00:00.000Z'],
      ['2024-03-31', '01:30', 'Europe/London', '2024-03-31T01:30:00.000Z'],
    ])('reads %s %s in %s as %s', (date, time, timezone, instant) => {
      expect(only(parse([row('Matchday 1', 'A FC', 'B FC', { ft: [0, 0] }, date, time)], timezone)).scheduledAt?.toISOString()).toBe(
        instant,
      );
    });

    it('takes a row without a time as local midnight', () => {
      const { time: _time, ...noTime } = row('Matchday 1', 'A FC', 'B FC', { ft: [0, 0] }, '2024-08-10');
      expect(only(parse([noTime])).scheduledAt?.toISOString()).toBe('2024-08-09T23:00:00.000Z');
    });
  });

  describe('periods and decision', () => {
    it('splits a league match into two halves: HALF 1 = ht, HALF 2 = ft − ht, decided in regulation', () => {
      const match = only(parse([row('Matchday 1', 'A FC', 'B FC', { ht: [1, 0], ft: [2, 3] })]));
      expect(match.result!.decision).toBe('REGULATION');
      expect(match.result!.sides.map((s) => [s.teamKey, s.designation, s.score, s.wlt])).toEqual([
        ['A FC', 'HOME', 2, 'L'],
        ['B FC', 'AWAY', 3, 'W'],
      ]);
      expect(periodsOf(match)).toEqual([
        [
          ['HALF', 1, 1],
          ['HALF', 2, 1],
        ],
        [
          ['HALF', 1, 0],
          ['HALF', 2, 3],
        ],
      ]);
    });

    it('stores a draw without a half-time score with no periods', () => {
      const match = only(parse([row('Matchday 1', 'A FC', 'B FC', { ft: [1, 1] })]));
      expect(match.result!.sides.map((s) => [s.score, s.wlt, s.periods])).toEqual([
        [1, 'T', []],
        [1, 'T', []],
      ]);
    });

    it('adds EXTRA_TIME = et − ft and scores the match at et when extra time decides it', () => {
      const match = only(parse([row('Semi-finals', 'A FC', 'B FC', { ht: [0, 1], ft: [1, 1], et: [1, 3] })]));
      expect(match.result!.decision).toBe('EXTRA_TIME');
      expect(match.result!.sides.map((s) => [s.score, s.wlt])).toEqual([
        [1, 'L'],
        [3, 'W'],
      ]);
      expect(periodsOf(match)).toEqual([
        [
          ['HALF', 1, 0],
          ['HALF', 2, 1],
          ['EXTRA_TIME', 1, 0],
        ],
        [
          ['HALF', 1, 1],
          ['HALF', 2, 0],
          ['EXTRA_TIME', 1, 2],
        ],
      ]);
    });

    it('adds SHOOTOUT = p and lets the shoot-out decide the winner, the score staying level', () => {
      const match = only(parse([row('Final', 'A FC', 'B FC', { ht: [1, 0], ft: [2, 2], et: [3, 3], p: [4, 5] })]));
      expect(match.result!.decision).toBe('PENALTIES');
      expect(match.result!.sides.map((s) => [s.score, s.wlt])).toEqual([
        [3, 'L'],
        [3, 'W'],
      ]);
      expect(periodsOf(match)).toEqual([
        [
          ['HALF', 1, 1],
          ['HALF', 2, 1],
          ['EXTRA_TIME', 1, 1],
          ['SHOOTOUT', 1, 4],
        ],
        [
          ['HALF', 1, 0],
          ['HALF', 2, 2],
          ['EXTRA_TIME', 1, 1],
          ['SHOOTOUT', 1, 5],
        ],
      ]);
    });

    it('accepts a shoot-out straight after full time (no extra time played)', () => {
      const match = only(parse([row('Quarter-finals', 'A FC', 'B FC', { ft: [0, 0], p: [5, 3] })]));
      expect(match.result!.decision).toBe('PENALTIES');
      expect(match.result!.sides.map((s) => [s.score, s.wlt])).toEqual([
        [0, 'W'],
        [0, 'L'],
      ]);
      expect(periodsOf(match)).toEqual([[['SHOOTOUT', 1, 5]], [['SHOOTOUT', 1, 3]]]);
    });
  });

  describe('designation', () => {
    it.each([
      ['Matchday 1', ['HOME', 'AWAY']],
      ['Round of 16', ['HOME', 'AWAY']],
      ['Semi-finals', ['HOME', 'AWAY']],
      ['Final', ['NEUTRAL', 'NEUTRAL']],
      ['Finals, Final', ['NEUTRAL', 'NEUTRAL']],
      ['Third place play-off', ['NEUTRAL', 'NEUTRAL']],
    ])('%s: %j', (round, designations) => {
      const match = only(parse([row(round, 'A FC', 'B FC', { ft: [2, 0] })]));
      expect(match.designations).toEqual(designations);
      expect(match.result!.sides.map((s) => s.designation)).toEqual(designations);
    });

    it('designates an unscored final NEUTRAL too', () => {
      expect(only(parse([row('Final', 'A FC', 'B FC')])).designations).toEqual(['NEUTRAL', 'NEUTRAL']);
    });
  });

  describe('legs', () => {
    it('numbers a pair that meets twice in a knockout round 1 and 2 by date, whatever the row order', () => {
      const season = parse([
        row('Round of 16', 'B FC', 'A FC', { ft: [1, 1] }, '2025-03-11'),
        row('Round of 16', 'A FC', 'B FC', { ft: [2, 0] }, '2025-03-04'),
        row('Round of 16', 'C FC', 'D FC', { ft: [0, 1] }, '2025-03-05'),
      ]);
      expect(season.matches.map((m) => [m.row, m.home, m.leg])).toEqual([
        [0, 'B FC', 2],
        [1, 'A FC', 1],
        [2, 'C FC', null],
      ]);
    });

    it('treats the play-off matchdays of one pair as the two legs of a tie', () => {
      const season = parse([
        row('Playoffs, Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }, '2025-02-11'),
        row('Playoffs, Matchday 2', 'B FC', 'A FC', { ft: [1, 0] }, '2025-02-18'),
      ]);
      expect(season.matches.map((m) => [m.matchday, m.leg])).toEqual([
        [1, 1],
        [2, 2],
      ]);
    });

    it('gives no legs in a league, where a pair meets home and away', () => {
      const season = parse([
        row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }, '2024-08-10'),
        row('Matchday 20', 'B FC', 'A FC', { ft: [1, 0] }, '2025-01-10'),
      ]);
      expect(season.matches.map((m) => m.leg)).toEqual([null, null]);
    });

    it('refuses a third meeting of a pair in one knockout round', () => {
      const season = parse([
        row('Round of 16', 'A FC', 'B FC', { ft: [1, 0] }, '2025-03-04'),
        row('Round of 16', 'B FC', 'A FC', { ft: [1, 0] }, '2025-03-11'),
        // Another spelling of the same round: not a duplicate row, but a third meeting of the pair.
        row('Finals, Round of 16', 'A FC', 'B FC', { ft: [2, 0] }, '2025-03-18'),
      ]);
      expect(season.matches.map((m) => m.row)).toEqual([0, 1]);
      expect(season.issues).toEqual([
        expect.objectContaining({ row: 2, outcome: 'REFUSED', code: 'DUPLICATE_MATCH', reason: 'a tie has at most two legs' }),
      ]);
    });

    it('checks a second leg that goes to extra time and penalties against the aggregate, even listed before the first leg', () => {
      const firstLeg = row('Round of 16', 'A FC', 'B FC', { ft: [2, 0] }, '2025-03-04');
      // B wins the second leg 2-0: 2-2 on aggregate, so extra time and a shoot-out are right.
      const secondLeg = row('Round of 16', 'B FC', 'A FC', { ft: [2, 0], et: [2, 0], p: [4, 2] }, '2025-03-11');
      for (const matches of [
        [firstLeg, secondLeg],
        [secondLeg, firstLeg],
      ]) {
        const season = parse(matches);
        expect(season.issues).toEqual([]);
        const second = season.matches.find((m) => m.leg === 2)!;
        expect(second.result).toMatchObject({ decision: 'PENALTIES', sides: [{ teamKey: 'B FC', wlt: 'W' }, { wlt: 'L' }] });
      }
    });

    it('refuses a second-leg shoot-out when the aggregate is not level, and extra time in a first leg', () => {
      const season = parse([
        row('Round of 16', 'A FC', 'B FC', { ft: [2, 0] }, '2025-03-04'),
        row('Round of 16', 'B FC', 'A FC', { ft: [1, 0], p: [4, 2] }, '2025-03-11'),
        row('Round of 16', 'C FC', 'D FC', { ft: [1, 1], et: [2, 1] }, '2025-03-05'),
        row('Round of 16', 'D FC', 'C FC', { ft: [1, 0] }, '2025-03-12'),
      ]);
      expect(season.issues.map((i) => [i.row, i.code, i.reason])).toEqual([
        [1, 'PENALTIES_WITHOUT_LEVEL_SCORE', 'a shoot-out was held but the aggregate after full time is not level'],
        [2, 'INVALID_SCORE', 'the first leg of a tie has no extra time or shoot-out'],
      ]);
      expect(season.matches.map((m) => m.row)).toEqual([0, 3]);
    });
  });
});
