/** Ages: "the 27-year-old", "aged 27", "at 35", "27 years old", "Leerdam, 27,", "Leerdam (27)". */
import type { ClaimCandidate, SentenceView, Slot, SubjectHint } from '../../language.js';
import { hits, namedSlot, occurrenceAfter, slotOf } from './shared.js';
import { CARDINAL, cardinalValue } from './words.js';

const YEAR_OLD = new RegExp(String.raw`\b(?<n>${CARDINAL})-year-old\b`, 'gi');
const AGED = new RegExp(String.raw`\baged\s+(?<n>${CARDINAL})\b`, 'gi');
const AT_AGE = new RegExp(String.raw`\bat\s+(?:the\s+age\s+of\s+)?(?<n>${CARDINAL})(?=\s*(?:[,.;)]|:(?!\d)|$|years?\b))`, 'gi');
/** "Leerdam is 27." / "…who turned 35 in November": only at the clause's end, where nothing else can be counted. */
const IS_AGE = new RegExp(String.raw`\b(?:is|was|turned|turns|now)\s+(?<n>\d{2}|(?:[a-z]+-)?[a-z]+)(?=\s*(?:[,.;:)]|$))`, 'gi');
const YEARS_OLD = new RegExp(String.raw`\b(?<n>${CARDINAL})\s+years?\s+(?:old|of\s+age)\b`, 'gi');
/** Right after a name: "Leerdam, 27, won" or "Leerdam (27)". */
const AFTER_NAME = /^(?:,\s*(?<a>\d{2}),|\s*\((?<b>\d{2})\))/;

const MIN_AGE = 10;
const MAX_AGE = 80;

function candidate(view: SentenceView, n: Slot, span: Slot, subject: SubjectHint): ClaimCandidate | null {
  const word = view.text.slice(n.start, n.end);
  const age = cardinalValue(word);
  if (age === null || age < MIN_AGE || age > MAX_AGE) return null;
  return { kind: 'AGE', ...span, anchor: span.start, subject, value: { kind: 'AGE', age, slot: n, digits: /^\d/.test(word) } };
}

export function extractAges(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const push = (c: ClaimCandidate | null) => c && !out.some((x) => x.start === c.start) && out.push(c);
  for (const hit of hits(YEAR_OLD, view)) {
    const n = namedSlot(hit, 'n');
    const span = slotOf(hit, 0);
    // "the 27-year-old Leerdam": the name right after is the subject.
    const after = occurrenceAfter(view, span.end, /^\s+$/);
    push(candidate(view, n, span, after ? { mode: 'AFTER', at: span.end } : { mode: 'AUTO' }));
  }
  for (const pattern of [AGED, AT_AGE, YEARS_OLD, IS_AGE]) {
    for (const hit of hits(pattern, view)) {
      const n = namedSlot(hit, 'n');
      // "at 35" is an age only when nothing but punctuation or "years" follows; "at 500 m" never is.
      // "At 27, Leerdam…": the name after the comma is whose age it is.
      const next = pattern === AT_AGE ? occurrenceAfter(view, n.end, /^\s*,\s*$/) : null;
      const subject: SubjectHint = next ? { mode: 'AFTER', at: next.start } : { mode: 'AUTO' };
      push(candidate(view, n, pattern === YEARS_OLD ? slotOf(hit, 0) : n, subject));
    }
  }
  for (const o of view.occurrences) {
    if (o.via === 'PRONOUN') continue;
    const m = AFTER_NAME.exec(view.text.slice(o.end, Math.min(view.end, o.end + 8)));
    const digits = m?.groups?.a ?? m?.groups?.b;
    if (!m || !digits) continue;
    const start = o.end + m[0].indexOf(digits);
    const n = { start, end: start + digits.length };
    push(candidate(view, n, n, { mode: 'BEFORE', at: o.end }));
  }
  return out;
}
