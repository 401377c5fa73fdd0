import { BadInputError } from '../../../common/errors/domain-error.js';
import { ErrorCode } from '../../../common/errors/error-codes.js';
import { FootballJsonFeed, MAX_FEED_ROWS } from './football-json.feed.js';
import type { NormalisedMatch, NormalisedSeason } from './season-feed.js';

type Pair = [number, number];
interface Score {
  ht?: Pair;
  ft?: Pair;
  et?: Pair;
  p?: Pair;
}

const feed = new FootballJsonFeed();

/** A football.json row; `score: undefined` leaves the key out. */
function row(round: string, team1: string, team2: string, score?: Score | Record<string, unknown>, date = '2024-08-10', time = '15:00') {
  return { round, date, time, team1, team2, ...(score === undefined ? {} : { score }) };
}

const parse = (matches: unknown[], timezone = 'Europe/London'): NormalisedSeason =>
  feed.parse(JSON.stringify({ name: 'Test season', matches }), { timezone });

/** The only match of a one-row document (fails when the row was not kept). */
function only(season: NormalisedSeason): NormalisedMatch {
  expect(season.matches).toHaveLength(1);
  return season.matches[0];
}

const periodsOf = (match: NormalisedMatch) => match.result!.sides.map((side) => side.periods.map((p) => [p.kind, p.number, p.score]));

function thrown(fn: () => unknown): BadInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(BadInputError);
    return error as BadInputError;
  }
  throw new Error('expected the parser to throw');
}

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

  describe('refusals and unscored rows', () => {
    it.each([
      ['an empty score', { score: {} }],
      ['no score at all', {}],
    ])('stores a match with %s as unscored (scheduled, no result)', (_what, score) => {
      const season = parse([{ ...row('Final', 'A FC', 'B FC'), ...score }]);
      expect(only(season)).toMatchObject({ result: null, designations: ['NEUTRAL', 'NEUTRAL'] });
      expect(season.issues).toEqual([
        {
          row: 0,
          outcome: 'UNSCORED',
          code: 'UNSCORED',
          reason: 'no score: stored as scheduled, without results',
          round: 'Final',
          team1: 'A FC',
          team2: 'B FC',
        },
      ]);
    });

    it.each<[string, string, Score, string, string]>([
      ['a level shoot-out', 'Final', { ft: [1, 1], et: [1, 1], p: [3, 3] }, 'SHOOTOUT_LEVEL', 'a penalty shoot-out cannot end level (3-3)'],
      [
        'half time above full time',
        'Matchday 1',
        { ht: [2, 0], ft: [1, 0] },
        'HALF_TIME_ABOVE_FULL_TIME',
        'half time 2-0 is above full time 1-0',
      ],
      [
        'extra time below full time',
        'Final',
        { ft: [2, 2], et: [1, 2] },
        'EXTRA_TIME_BELOW_FULL_TIME',
        'after extra time 1-2 is below full time 2-2',
      ],
      [
        'penalties after a full time that is not level',
        'Final',
        { ft: [2, 1], p: [4, 3] },
        'PENALTIES_WITHOUT_LEVEL_SCORE',
        'a shoot-out was held but the score after full time is not level',
      ],
      [
        'penalties after extra time that is not level',
        'Final',
        { ft: [1, 1], et: [2, 1], p: [4, 3] },
        'PENALTIES_WITHOUT_LEVEL_SCORE',
        'a shoot-out was held but the score after extra time is not level',
      ],
      [
        'extra time after a full time that is not level',
        'Final',
        { ft: [2, 1], et: [3, 1] },
        'EXTRA_TIME_WITHOUT_LEVEL_SCORE',
        'extra time was played but the score at full time is not level',
      ],
      [
        'extra time in a league',
        'Matchday 3',
        { ft: [1, 1], et: [2, 1] },
        'INVALID_SCORE',
        'a league match has no extra time or shoot-out',
      ],
      [
        'a half-time score without full time',
        'Matchday 3',
        { ht: [1, 0] },
        'INVALID_SCORE',
        'a half-time, extra-time or shoot-out score without a full-time score',
      ],
    ])('refuses %s', (_what, round, score, code, reason) => {
      const season = parse([row(round, 'A FC', 'B FC', score), row(round, 'C FC', 'D FC', { ft: [1, 0] })]);
      expect(season.matches.map((m) => m.row)).toEqual([1]);
      expect(season.issues).toEqual([{ row: 0, outcome: 'REFUSED', code, reason, round, team1: 'A FC', team2: 'B FC' }]);
    });

    it('refuses the second copy of a match in the same round, keeping the first', () => {
      const season = parse([
        row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }),
        row('Matchday 1', 'A FC', 'B FC', { ft: [3, 3] }),
        row('Matchday 2', 'A FC', 'B FC', { ft: [0, 0] }),
      ]);
      expect(season.matches.map((m) => [m.row, m.result!.sides[0].score])).toEqual([
        [0, 1],
        [2, 0],
      ]);
      expect(season.issues).toEqual([
        {
          row: 1,
          outcome: 'REFUSED',
          code: 'DUPLICATE_MATCH',
          reason: 'A FC v B FC is already in Matchday 1',
          round: 'Matchday 1',
          team1: 'A FC',
          team2: 'B FC',
        },
      ]);
    });

    it.each<[string, unknown, string]>([
      [
        'no team2',
        { round: 'Matchday 1', date: '2024-08-10', team1: 'A FC', score: { ft: [1, 0] } },
        'a match needs round, date, team1 and team2',
      ],
      ['no round', { date: '2024-08-10', team1: 'A FC', team2: 'B FC' }, 'a match needs round, date, team1 and team2'],
      ['a blank team', row('Matchday 1', 'A FC', '  ', { ft: [1, 0] }), 'a match needs round, date, team1 and team2'],
      ['a team playing itself', row('Matchday 1', 'A FC', 'A FC', { ft: [1, 0] }), 'a team cannot play itself'],
      ['a date that does not exist', row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }, '2024-02-30'), 'is not a date'],
      ['a time that is not HH:MM', row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }, '2024-08-10', '3pm'), 'is not a date'],
      ['a time that is a number', { ...row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }), time: 1500 }, 'time must be text (HH:MM)'],
      ['a score that is not an object', row('Matchday 1', 'A FC', 'B FC', '1-0' as never), 'score must be an object'],
      ['a score of one number', row('Matchday 1', 'A FC', 'B FC', { ft: [1] }), 'score.ft must be two whole numbers from 0 to 999'],
      ['a negative score', row('Matchday 1', 'A FC', 'B FC', { ht: [-1, 0], ft: [1, 0] }), 'score.ht must be two whole numbers'],
      ['a score in text', row('Matchday 1', 'A FC', 'B FC', { ft: ['1', '0'] }), 'score.ft must be two whole numbers'],
      ['a fractional score', row('Matchday 1', 'A FC', 'B FC', { ft: [1.5, 0] }), 'score.ft must be two whole numbers'],
      ['a row that is not an object', 42, 'a match needs round, date, team1 and team2'],
    ])('refuses a row with %s as INVALID_ROW', (_what, bad, reason) => {
      const season = parse([bad, row('Matchday 1', 'C FC', 'D FC', { ft: [1, 0] })]);
      expect(season.matches.map((m) => m.row)).toEqual([1]);
      expect(season.rows).toBe(2);
      expect(season.issues).toHaveLength(1);
      expect(season.issues[0]).toMatchObject({ row: 0, outcome: 'REFUSED', code: 'INVALID_ROW' });
      expect(season.issues[0].reason).toContain(reason);
    });

    it('reports issues in row order with the counts of what was kept', () => {
      const season = parse([
        row('Matchday 1', 'A FC', 'B FC', { ft: [1, 0] }),
        row('Matchday 1', 'C FC', 'D FC'),
        row('Matchday 1', 'E FC', 'F FC', { ht: [3, 0], ft: [1, 0] }),
        row('Nowhere', 'G FC', 'H FC', { ft: [1, 0] }),
      ]);
      expect(season.rows).toBe(4);
      expect(season.matches.map((m) => m.row)).toEqual([0, 1]);
      expect(season.issues.map((i) => [i.row, i.outcome, i.code])).toEqual([
        [1, 'UNSCORED', 'UNSCORED'],
        [2, 'REFUSED', 'HALF_TIME_ABOVE_FULL_TIME'],
        [3, 'REFUSED', 'UNKNOWN_ROUND'],
      ]);
      // Only teams of kept matches are teams of the season.
      expect(season.teams.map((t) => t.key)).toEqual(['A FC', 'B FC', 'C FC', 'D FC']);
    });
  });

  describe('documents that are not a football.json season', () => {
    it.each([
      ['malformed JSON', '{ "name": "x", "matches": [', 'The document is not JSON'],
      ['no matches', '{ "name": "x" }', 'Not a football.json season'],
      ['matches that are not a list', '{ "name": "x", "matches": {} }', 'Not a football.json season'],
      ['a list', '[]', 'Not a football.json season'],
      ['null', 'null', 'Not a football.json season'],
    ])('throws BAD_USER_INPUT on %s', (_what, document, message) => {
      const error = thrown(() => feed.parse(document, { timezone: 'Europe/London' }));
      expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(error.message).toBe(message);
      expect(error.details.field).toBe('input.document');
    });

    it(`throws on more than ${MAX_FEED_ROWS} rows, and accepts exactly ${MAX_FEED_ROWS}`, () => {
      const many = (n: number) => Array.from({ length: n }, (_, i) => row(`Matchday ${i + 1}`, 'A FC', 'B FC', { ft: [1, 0] }));
      expect(thrown(() => parse(many(MAX_FEED_ROWS + 1))).message).toBe(`A season has at most ${MAX_FEED_ROWS} matches`);
      expect(parse(many(MAX_FEED_ROWS)).matches).toHaveLength(MAX_FEED_ROWS);
    });

    it('names a season without a name "Imported season"', () => {
      expect(feed.parse(JSON.stringify({ matches: [row('Matchday 1', 'A FC', 'B FC')] }), { timezone: 'UTC' }).name).toBe(
        'Imported season',
      );
    });
  });
});
