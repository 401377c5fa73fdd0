/** English: the patterns of each claim kind, and the words for sentences, pronouns and corrections. */
import type { ClaimCandidate, ClaimLanguage, SentenceView } from '../../language.js';
import { extractAges } from './ages.js';
import { extractCounts } from './counts.js';
import { extractMargins } from './margins.js';
import { extractMedals } from './medals.js';
import { extractPlacings } from './placings.js';
import { extractRecords } from './records.js';
import { extractScores } from './scores.js';
import { extractTimes } from './times.js';
import { ABBREVIATIONS, occasion, words } from './words.js';

const EXTRACTORS: readonly ((view: SentenceView) => ClaimCandidate[])[] = [
  extractTimes,
  extractMargins,
  extractPlacings,
  extractMedals,
  extractRecords,
  extractAges,
  extractScores,
  extractCounts,
];

export const english: ClaimLanguage = {
  tag: 'en',
  locale: 'en',
  abbreviations: ABBREVIATIONS,
  quotePairs: [
    ['“', '”'],
    ['"', '"'],
    ['‘', '’'],
    ['«', '»'],
  ],
  pronouns: {
    she: 'FEMALE',
    her: 'FEMALE',
    hers: 'FEMALE',
    he: 'MALE',
    him: 'MALE',
    his: 'MALE',
    they: 'PLURAL',
    their: 'PLURAL',
    them: 'PLURAL',
  },
  clauseBreak: /[,;:()—–]|\s(?:and|but|while|whereas|although|though|before|after|as|when|until|whose|who|which)\s/g,
  relativeStart: /^\s*(?:who|whose|which)\b/i,
  objectBefore:
    /\b(?:with|alongside|than|behind|ahead of|beat|beating|edged|edging|pipped|pipping|outpaced|outpacing|outskated|outskating|out-skated|overcame|overcoming|over|against|to|by|of|for|from|off|past|defeated|defeating|knocked|and|including|like|as|paired with)\s+(?:(?:the|her|his|their|its)\s+)?(?:[\p{L}\d'’-]+\s+){0,2}$/u,
  absoluteBefore: /^\s*(?:and\s+)?with\s+$/i,
  possessiveGap: /^(?:['’]s?\s*|\s*\(\s*)$/,
  adjacentGap: /^\s+(?:(?:[a-z]+ly|then|also|eventually|still|again|only|just)\s+)?(?:[a-z]+\s+)?$/,
  occasion,
  words,
  extract(view) {
    const out: ClaimCandidate[] = [];
    for (const extract of EXTRACTORS) {
      try {
        out.push(...extract(view));
      } catch {
        // One kind's pattern failing on odd text must not cost the sentence its other claims.
      }
    }
    return out;
  },
};
