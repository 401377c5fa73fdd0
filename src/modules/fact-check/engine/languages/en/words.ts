/** English vocabulary the patterns share, and how English words a correction. */
import type { Medal } from '../../fact-sheet.js';
import type { ClaimWords, Decision, OccasionWords, RecordScope } from '../../language.js';
import { readNumber, writeCardinal, writeOrdinal } from './numbers.js';

/** An ordinal as prose writes it: "4th", "fourth", "twenty-first". Checked with readNumber. */
export const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?[a-z]+(?:st|nd|rd|th))`;
/** A cardinal as prose writes it: "27", "two", "twenty-seven". Checked with readNumber. */
export const CARDINAL = String.raw`(?:\d{1,3}|(?:[a-z]+-)?[a-z]+)`;

export function ordinalValue(word: string): number | null {
  const reading = readNumber(word);
  return reading?.ordinal && Number.isInteger(reading.value) && reading.value > 0 ? reading.value : null;
}

export function cardinalValue(word: string): number | null {
  const reading = readNumber(word);
  return reading && !reading.ordinal && Number.isInteger(reading.value) ? reading.value : null;
}

export const MEDALS: Readonly<Record<string, Medal>> = { gold: 'GOLD', silver: 'SILVER', bronze: 'BRONZE' };

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'mon.',
  'tue.',
  'tues.',
  'wed.',
  'thu.',
  'thurs.',
  'fri.',
  'sat.',
  'sun.',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'st.',
  'mt.',
  'no.',
  'nos.',
  'vs.',
  'v.',
  'approx.',
  'est.',
  'inc.',
  'ltd.',
  'jr.',
  'sr.',
  'u.s.',
  'u.k.',
  'e.g.',
  'i.e.',
  'etc.',
  'a.e.t.',
  'aet.',
  'pts.',
  'min.',
  'sec.',
  'secs.',
]);

const SCOPE_WORD: Readonly<Record<RecordScope, string>> = {
  WORLD: 'world record',
  OLYMPIC: 'Olympic record',
  CONTINENTAL: 'continental record',
  NATIONAL: 'national record',
  VENUE: 'track record',
  PERSONAL: 'personal best',
  SEASON: "season's best",
  JUNIOR: 'junior world record',
};

const DECISION_WORDS: Readonly<Record<Decision, string>> = {
  REGULATION: 'in normal time',
  EXTRA_TIME: 'after extra time',
  PENALTIES: 'on penalties',
};

const OPPOSITE: Readonly<Record<string, string>> = {
  faster: 'slower',
  quicker: 'slower',
  slower: 'faster',
  ahead: 'behind',
  behind: 'ahead',
  clear: 'behind',
  better: 'worse',
  worse: 'better',
  adrift: 'ahead',
};

export const words: ClaimWords = {
  medal: (medal) => medal.toLowerCase(),
  ordinal: (n, digits) => writeOrdinal(n, digits),
  cardinal: (n, digits) => writeCardinal(n, digits),
  seconds: (text) => `${text} ${text === '1' || text === '1.0' || text === '1.00' ? 'second' : 'seconds'}`,
  direction: (direction, style) => {
    const lower = style.toLowerCase();
    const wantsAhead = direction === 'AHEAD';
    const isAhead = ['faster', 'quicker', 'ahead', 'clear', 'better'].includes(lower);
    return wantsAhead === isAhead ? style : (OPPOSITE[lower] ?? (wantsAhead ? 'faster' : 'slower'));
  },
  decision: (decision) => DECISION_WORDS[decision],
  recordScope: (scope) => SCOPE_WORD[scope],
  outcome: (outcome) => ({ WIN: 'won', DRAW: 'drew', LOSS: 'lost' })[outcome],
  placed: (rank) => (rank === null ? 'finished outside the medals' : rank === 1 ? 'won' : `finished ${writeOrdinal(rank, false)}`),
  relation: (ahead, name, headToHead) => (ahead ? `beat ${name}` : headToHead ? `lost to ${name}` : `finished behind ${name}`),
  goals: (count, style) => {
    if (style === 'times') return count === 1 ? 'once' : count === 2 ? 'twice' : `${writeCardinal(count, false)} times`;
    if (count === 0) return 'no goals';
    if (count === 1) return 'a goal';
    if (count === 2) return style === 'brace' ? 'a brace' : 'two goals';
    if (count === 3) return 'a hat-trick';
    return `${writeCardinal(count, false)} goals`;
  },
};

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

export const occasion: OccasionWords = {
  yearsAgo(text) {
    const match = /\b([a-z]+|\d{1,2}) years? (?:ago|earlier|before)\b/i.exec(text);
    if (!match) return /\b(?:a|one) year (?:ago|earlier|before)\b|\blast year\b/i.test(text) ? 1 : null;
    return cardinalValue(match[1]);
  },
  elsewhere: new RegExp(
    String.raw`\bthis (?:year|season|month|week)\b|\b(?:last|previous|earlier this|later this|next) (?:year|season|month|week|weekend|winter|summer|games|olympics|edition|time|race|round)\b` +
      String.raw`|\b(?:in|at|during) (?:the )?(?:semi-?finals?|quarter-?finals?|heats?|qualif\w*|first leg|second leg|group stage|league)\b` +
      String.raw`|\bon aggregate\b|\bcareer\b|\bin the past\b|\bseason'?s? opener\b|\bsince (?:${MONTHS})\b`,
    'i',
  ),
  ignore: /\b(?:since|until|till|before|born in)\s+(?:19|20)\d{2}\b/gi,
  generic: new Set([
    'olympic',
    'olympics',
    'games',
    'winter',
    'summer',
    'world',
    'championships',
    'championship',
    'cup',
    'the',
    'of',
    'and',
    "women's",
    "men's",
    'women',
    'men',
    'mixed',
    'm',
    'km',
    'metres',
    'meters',
    'speed',
    'skating',
    'race',
    'event',
    'league',
    'grand',
    'prix',
    'open',
    'round',
    'match',
    'stage',
    'group',
    'team',
    'individual',
    'senior',
    'junior',
  ]),
};
