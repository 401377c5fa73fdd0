/** Only this much of a credit line or source is searched, which bounds the cost of any pattern. */
export const MATCHED_TEXT_MAX_LENGTH = 300;
export const MATCH_PATTERN_MAX_LENGTH = 200;
/** Unbounded quantifiers (`*`, `+`, `{n,}`) allowed in one pattern: three keep the worst case polynomial and small. */
const MAX_UNBOUNDED_QUANTIFIERS = 3;
/** `{n,m}` with m above this counts as unbounded. */
const LONG_REPEAT = 20;

/** Removes accents (é → e, ø stays ø: it is a letter of its own, not an accented o). */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Accents removed and lower-cased: what names and aliases are compared on. */
export function foldText(text: string): string {
  return foldAccents(text).toLowerCase();
}

interface Group {
  unbounded: boolean;
  alternation: boolean;
}

/**
 * Why a match pattern cannot be saved, or null when it can. Refused: patterns that do
 * not compile (as a case-insensitive Unicode expression), that match an empty text (they
 * would recognise every credit), back-references, and shapes that can backtrack for a
 * very long time — a repeated group that itself repeats or alternates, as in `(a+)+` or
 * `(a|ab)*`, or more than three unbounded repeats (`*`, `+`, `{n,}`, `{n,m}` with m over 20) in one pattern.
 */
export function checkMatchPattern(pattern: string): string | null {
  if (pattern.trim() === '') return 'must not be blank';
  if (pattern.length > MATCH_PATTERN_MAX_LENGTH) return `must be at most ${MATCH_PATTERN_MAX_LENGTH} characters`;
  let regex: RegExp;
  try {
    regex = new RegExp(foldAccents(pattern), 'iu');
  } catch (error) {
    return `is not a valid regular expression (${(error as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (regex.test('')) return 'matches an empty text, so it would recognise every credit';
  return catastrophicShape(pattern);
}

function catastrophicShape(pattern: string): string | null {
  const stack: Group[] = [{ unbounded: false, alternation: false }];
  let unboundedCount = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      if (/[1-9k]/.test(pattern[i + 1] ?? '')) return 'must not use back-references';
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '[') inClass = true;
    else if (ch === '(') stack.push({ unbounded: false, alternation: false });
    else if (ch === '|') top.alternation = true;
    else if (ch === ')') {
      const closed = (stack.length > 1 ? stack.pop() : undefined) ?? top;
      const quantifier = unboundedQuantifierAt(pattern, i + 1);
      if (quantifier && (closed.unbounded || closed.alternation)) {
        return 'repeats a group that itself repeats or alternates, which can take exponential time; simplify it';
      }
      const parent = stack[stack.length - 1];
      parent.unbounded ||= closed.unbounded || quantifier;
    } else if (unboundedQuantifierAt(pattern, i)) {
      top.unbounded = true;
    }
    if (unboundedQuantifierAt(pattern, i) && ++unboundedCount > MAX_UNBOUNDED_QUANTIFIERS) {
      return `must have at most ${MAX_UNBOUNDED_QUANTIFIERS} unbounded repeats (*, + or {n,})`;
    }
  }
  return null;
}

function unboundedQuantifierAt(pattern: string, index: number): boolean {
  const ch = pattern[index];
  if (ch === '*' || ch === '+') return true;
  if (ch !== '{') return false;
  const braces = /^\{\d+(,(\d*))?\}/.exec(pattern.slice(index, index + 16));
  return !!braces?.[1] && (braces[2] === '' || Number(braces[2]) > LONG_REPEAT);
}
