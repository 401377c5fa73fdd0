import { type LineupEntryDraft, lineupIssues } from './lineup-rules.js';

const starter = (personId: string, extra: Partial<LineupEntryDraft> = {}): LineupEntryDraft => ({ personId, role: 'STARTER', ...extra });
const triples = (entries: LineupEntryDraft[], others: string[] = []) =>
  lineupIssues(entries, new Set(others)).map((i) => [i.index, i.field, i.code]);

describe('lineupIssues', () => {
  it('accepts a side with starters, substitutes, a captain and a head coach', () => {
    expect(
      triples([
        starter('a', { shirtNumber: 1, captain: true, minutesPlayed: 90 }),
        starter('b', { shirtNumber: 9 }),
        { personId: 'c', role: 'SUBSTITUTE', shirtNumber: 12, minutesPlayed: 0 },
        { personId: 'd', role: 'HEAD_COACH' },
      ]),
    ).toEqual([]);
  });

  it.each<[string, LineupEntryDraft[], string[], (string | number | null)[][]]>([
    ['a player of the other side', [starter('a'), starter('b')], ['b'], [[1, 'person', 'PLAYER_IN_BOTH_LINEUPS']]],
    ['a person twice', [starter('a'), { personId: 'a', role: 'SUBSTITUTE' }], [], [[1, 'person', 'DUPLICATE_PERSON']]],
    [
      'a shirt number twice',
      [starter('a', { shirtNumber: 7 }), starter('b', { shirtNumber: 7 })],
      [],
      [[1, 'shirtNumber', 'DUPLICATE_SHIRT_NUMBER']],
    ],
    ['two captains', [starter('a', { captain: true }), starter('b', { captain: true })], [], [[1, 'captain', 'MORE_THAN_ONE_CAPTAIN']]],
    [
      'a coach with a shirt number',
      [{ personId: 'a', role: 'HEAD_COACH', shirtNumber: 1 }],
      [],
      [[0, 'shirtNumber', 'COACH_WITH_SHIRT_NUMBER']],
    ],
    [
      'a coach with minutes',
      [{ personId: 'a', role: 'ASSISTANT_COACH', minutesPlayed: 90 }],
      [],
      [[0, 'minutesPlayed', 'COACH_WITH_MINUTES']],
    ],
    ['staff as captain', [{ personId: 'a', role: 'STAFF', captain: true }], [], [[0, 'captain', 'CAPTAIN_NOT_PLAYING']]],
    [
      'an unresolved person is left to the caller',
      [
        { personId: null, role: 'STARTER' },
        { personId: null, role: 'STARTER' },
      ],
      [],
      [],
    ],
  ])('refuses %s', (_name, entries, others, expected) => {
    expect(triples(entries, others)).toEqual(expected);
  });

  it('reports every issue, in entry order', () => {
    expect(
      triples(
        [
          starter('a', { shirtNumber: 5, captain: true }),
          starter('b', { shirtNumber: 5, captain: true }),
          { personId: 'c', role: 'HEAD_COACH', minutesPlayed: 1 },
        ],
        ['c'],
      ),
    ).toEqual([
      [1, 'shirtNumber', 'DUPLICATE_SHIRT_NUMBER'],
      [1, 'captain', 'MORE_THAN_ONE_CAPTAIN'],
      [2, 'person', 'PLAYER_IN_BOTH_LINEUPS'],
      [2, 'minutesPlayed', 'COACH_WITH_MINUTES'],
    ]);
  });
});
