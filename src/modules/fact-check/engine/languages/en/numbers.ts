/**
 * Numbers written as words ("twenty-seven", "fourth", "twice") read, and written back, with
 * compromise. It is loaded on the first number word a check meets, not at start-up: the
 * tagger costs about 12 MB of heap and half a second, which a server that never checks
 * prose should not pay. Digits never reach it.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;

let nlp: Nlp | null = null;

function compromise(): Nlp {
  // A synchronous require keeps checkProse synchronous; the CommonJS build is one file.
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

export interface NumberReading {
  value: number;
  ordinal: boolean;
}

const CACHE_LIMIT = 2_000;
const cache = new Map<string, NumberReading | null>();

const DIGITS = /^\d{1,6}$/;
const DIGIT_ORDINAL = /^(\d{1,4})(st|nd|rd|th)$/;
/** Words compromise reads as numbers that prose uses otherwise. */
const NOT_NUMBERS = new Set(['a', 'an', 'half', 'last', 'once']);

const ordinalRules = new Intl.PluralRules('en', { type: 'ordinal' });
const ORDINAL_SUFFIX: Readonly<Record<string, string>> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

export function ordinalSuffix(n: number): string {
  return ORDINAL_SUFFIX[ordinalRules.select(n)] ?? 'th';
}

/** "27", "twenty-seven", "4th", "fourth" → value and whether it is an ordinal; null if the phrase is not one number. */
export function readNumber(phrase: string): NumberReading | null {
  const text = phrase.trim().toLowerCase();
  if (text === '' || text.length > 40) return null;
  if (DIGITS.test(text)) return { value: Number(text), ordinal: false };
  const digitOrdinal = DIGIT_ORDINAL.exec(text);
  if (digitOrdinal) {
    const value = Number(digitOrdinal[1]);
    return ordinalSuffix(value) === digitOrdinal[2] ? { value, ordinal: true } : null;
  }
  if (!/^[a-z]+(?:[- ][a-z]+){0,4}$/.test(text) || NOT_NUMBERS.has(text)) return null;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const reading = readWords(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, reading);
  return reading;
}

function readWords(text: string): NumberReading | null {
  const numbers = compromise()(text).numbers();
  const found = numbers.json() as { text: string; number?: { num?: number } }[];
  if (found.length !== 1) return null;
  // The whole phrase must be the number: "one pair" is not a number.
  if (found[0].text.replace(/[-\s.,]+$/, '') !== text) return null;
  const value = found[0].number?.num;
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return { value, ordinal: numbers.isOrdinal().found };
}

const hyphenateTens = (words: string) => words.replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (\w)/g, '$1-$2');

const written = new Map<string, string>();

function remember(key: string, write: () => string): string {
  let text = written.get(key);
  if (text === undefined) {
    text = write();
    if (written.size >= CACHE_LIMIT) written.clear();
    written.set(key, text);
  }
  return text;
}

/** 27 → "twenty-seven" (or "27"). */
export function writeCardinal(n: number, digits: boolean): string {
  if (digits || n > 99 || n < 0 || !Number.isInteger(n)) return String(n);
  return remember(`c${n}`, () => hyphenateTens(compromise()(String(n)).numbers().toText().text()));
}

/** 4 → "fourth" (or "4th"). */
export function writeOrdinal(n: number, digits: boolean): string {
  if (digits || n > 99 || n < 1 || !Number.isInteger(n)) return `${n}${ordinalSuffix(n)}`;
  return remember(`o${n}`, () => {
    const ordinal = compromise()(String(n)).numbers().toOrdinal() as unknown as ReturnType<ReturnType<Nlp>['numbers']>;
    return hyphenateTens(ordinal.toText().text());
  });
}
