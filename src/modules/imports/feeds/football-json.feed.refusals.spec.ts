import { ErrorCode } from '../../../common/errors/error-codes.js';
import { MAX_FEED_ROWS } from './football-json.feed.js';
import { feed, row, parse, only, thrown, type Score } from './football-json.feed.test-helpers.js';

describe('FootballJsonFeed: what it refuses', () => {
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
