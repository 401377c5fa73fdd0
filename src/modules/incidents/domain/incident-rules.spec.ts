import { sportRules } from '../../disciplines/sport-rules.js';
import { parseIncidentDrafts } from './incident-drafts.js';
import { displayMinute, type IncidentCandidate, type IncidentSide, validateIncidents } from './incident-rules.js';
import { scorersOf } from './scorers.js';

const blank: IncidentCandidate = {
  kind: 'GOAL',
  competitorId: 'home',
  personId: 'p1',
  relatedPersonId: null,
  periodKind: 'HALF',
  periodNumber: 1,
  minute: 10,
  addedMinute: null,
  shootoutOrder: null,
  outcome: null,
};
const incident = (fields: Partial<IncidentCandidate>): IncidentCandidate => ({ ...blank, ...fields });
const sides: IncidentSide[] = [
  {
    competitorId: 'home',
    score: 1,
    periods: [
      { kind: 'HALF', score: 1 },
      { kind: 'HALF', score: 0 },
      { kind: 'SHOOTOUT', score: 2 },
    ],
  },
  {
    competitorId: 'away',
    score: 1,
    periods: [
      { kind: 'HALF', score: 0 },
      { kind: 'HALF', score: 1 },
      { kind: 'SHOOTOUT', score: 1 },
    ],
  },
];
const check = (incidents: IncidentCandidate[], code = 'FBL') =>
  validateIncidents(incidents, { rules: sportRules(code), disciplineCode: code, sides }).map((i) => [i.index, i.field, i.code]);
const kick = (competitorId: string, shootoutOrder: number, outcome: IncidentCandidate['outcome']) =>
  incident({ kind: 'SHOOTOUT_KICK', competitorId, shootoutOrder, outcome, periodKind: 'SHOOTOUT', minute: null });

describe('incident rules', () => {
  it.each<[string, IncidentCandidate[], unknown[]]>([
    ['a goal in the first half', [incident({})], []],
    ['"45+2" in the first half', [incident({ minute: 45, addedMinute: 2 })], []],
    ['"90+3" in the second half', [incident({ periodNumber: 2, minute: 90, addedMinute: 3, competitorId: 'away' })], []],
    ['minute 60 in the first half', [incident({ minute: 60 })], [[0, 'minute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD']]],
    ['minute 30 in the second half', [incident({ periodNumber: 2, minute: 30 })], [[0, 'minute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD']]],
    [
      'added time before the last minute',
      [incident({ minute: 44, addedMinute: 1 })],
      [[0, 'addedMinute', 'INCIDENT_MINUTE_OUTSIDE_PERIOD']],
    ],
    ['a minute without a period', [incident({ periodKind: null, periodNumber: null })], [[0, 'periodKind', 'MISSING_VALUE']]],
    ['a period the discipline does not play', [incident({ periodKind: 'QUARTER' })], [[0, 'periodKind', 'PERIOD_NOT_IN_DISCIPLINE']]],
    [
      'a competitor that is no side',
      [incident({ kind: 'YELLOW_CARD', competitorId: 'elsewhere' })],
      [[0, 'competitorId', 'INCIDENT_COMPETITOR_NOT_IN_UNIT']],
    ],
    ['a goal without a side', [incident({ competitorId: null })], [[0, 'competitorId', 'MISSING_VALUE']]],
    ['more goals than the score', [incident({}), incident({ minute: 20 })], [[1, 'competitorId', 'INCIDENT_GOALS_EXCEED_SCORE']]],
    [
      'an own goal counts for the side given',
      [incident({ kind: 'OWN_GOAL', competitorId: 'away', periodNumber: 2, minute: 70 }), incident({})],
      [],
    ],
    ['an outcome on a goal', [incident({ outcome: 'SCORED' })], [[0, 'outcome', 'OUTCOME_NOT_ALLOWED']]],
    [
      'a kick without outcome and order',
      [incident({ kind: 'SHOOTOUT_KICK', periodKind: 'SHOOTOUT', minute: null })],
      [
        [0, 'outcome', 'MISSING_VALUE'],
        [0, 'shootoutOrder', 'MISSING_VALUE'],
        [0, 'outcome', 'SHOOTOUT_KICKS_MISMATCH'],
      ],
    ],
    [
      'a kick outside the shoot-out',
      [kick('home', 1, 'SCORED'), incident({ kind: 'SHOOTOUT_KICK', shootoutOrder: 2, outcome: 'SCORED', minute: null })],
      [[1, 'periodKind', 'INCIDENT_KICK_OUTSIDE_SHOOTOUT']],
    ],
    [
      'kicks that match the shoot-out',
      [kick('home', 1, 'SCORED'), kick('away', 1, 'SAVED'), kick('home', 2, 'SCORED'), kick('away', 2, 'SCORED')],
      [],
    ],
    [
      'kicks that do not',
      [kick('home', 1, 'SCORED'), kick('away', 1, 'SCORED'), kick('home', 2, 'MISSED'), kick('away', 2, 'SCORED')],
      [
        [2, 'outcome', 'SHOOTOUT_KICKS_MISMATCH'],
        [3, 'outcome', 'SHOOTOUT_KICKS_MISMATCH'],
      ],
    ],
    ['the same kick twice', [kick('home', 1, 'SCORED'), kick('home', 1, 'SCORED')], [[1, 'shootoutOrder', 'DUPLICATE_SHOOTOUT_ORDER']]],
  ])('%s', (_name, incidents, expected) => {
    expect(check(incidents)).toEqual(expected);
  });

  it.each([
    [90, 3, '90+3'],
    [23, null, '23'],
    [null, null, null],
  ])('prints minute %s added %s as %s', (minute, added, text) => {
    expect(displayMinute(minute, added)).toBe(text);
  });
});

describe('scorers', () => {
  it('groups goals by scorer, flags penalties and own goals, and counts a hat-trick without own goals', () => {
    const scorers = scorersOf([
      incident({ personId: 'a', minute: 3 }),
      incident({ personId: 'b', kind: 'OWN_GOAL', minute: 10 }),
      incident({ personId: 'a', kind: 'PENALTY_GOAL', minute: 45, addedMinute: 1 }),
      incident({ personId: 'b', kind: 'OWN_GOAL', minute: 50 }),
      incident({ personId: 'b', minute: 60 }),
      incident({ personId: 'a', kind: 'YELLOW_CARD', minute: 70 }),
      incident({ personId: 'a', minute: 88 }),
    ]);
    expect(scorers.map((s) => [s.personId, s.goalCount, s.hatTrick, s.goals.map((g) => [g.displayMinute, g.penalty, g.ownGoal])])).toEqual([
      [
        'a',
        3,
        true,
        [
          ['3', false, false],
          ['45+1', true, false],
          ['88', false, false],
        ],
      ],
      [
        'b',
        1,
        false,
        [
          ['10', false, true],
          ['50', false, true],
          ['60', false, false],
        ],
      ],
    ]);
  });
});

describe('incident drafts from a results document', () => {
  it('reads "90+3", slugs and enum names, naming the index and field of each problem', () => {
    const issues: unknown[] = [];
    const drafts = parseIncidentDrafts(
      [
        { kind: 'goal', team: 'psv', person: 'luuk-de-jong', periodKind: 'HALF', periodNumber: 2, minute: '90+3' },
        { kind: 'CORNER', minute: 'late' },
        'not an object',
        { kind: 'GOAL', person: 'x', personId: 'y', shirt: 9 },
      ],
      (index, field, code) => issues.push([index, field, code]),
    );
    expect(drafts[0]).toMatchObject({
      kind: 'GOAL',
      competitor: { by: 'team', value: 'psv' },
      person: { by: 'slug', value: 'luuk-de-jong' },
      minute: 90,
      addedMinute: 3,
    });
    expect(issues).toEqual([
      [1, 'kind', 'INVALID_ENUM'],
      [1, 'minute', 'INVALID_INTEGER'],
      [2, 'kind', 'INVALID_INCIDENT'],
      [3, 'shirt', 'UNKNOWN_FIELD'],
      [3, 'personId', 'AMBIGUOUS_PERSON'],
    ]);
  });
});
