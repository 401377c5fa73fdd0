/** Small helpers the English patterns share: running a pattern over one sentence, finding names near a match. */
import type { Occurrence, SentenceView, Slot } from '../../language.js';

/** More matches than this of one pattern in one sentence is not prose; the rest are not examined. */
const MAX_MATCHES = 40;

export interface Hit {
  match: RegExpExecArray;
  /** Paragraph offset of the sentence start: add it to match indices. */
  base: number;
}

const compiled = new WeakMap<RegExp, RegExp>();

/** The pattern with group indices ('d'); compiled once per pattern. */
function withIndices(pattern: RegExp): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes('d') ? pattern.flags : `${pattern.flags}d`);
    compiled.set(pattern, re);
  }
  return re;
}

/** Runs a global pattern with indices ('dg' flags) over the sentence. */
export function* hits(pattern: RegExp, view: SentenceView): Generator<Hit> {
  const text = view.text.slice(view.start, view.end);
  const re = withIndices(pattern);
  // The compiled pattern is shared: each step sets its own position, so two walks never disturb each other.
  let at = 0;
  for (let count = 0; count < MAX_MATCHES && at <= text.length; count += 1) {
    re.lastIndex = at;
    const match = re.exec(text);
    if (match === null) return;
    at = match[0] === '' ? re.lastIndex + 1 : re.lastIndex;
    yield { match, base: view.start };
  }
}

/** [start, end) of a capture group in paragraph offsets; the whole match for group 0. */
export function slotOf(hit: Hit, group = 0): Slot {
  const indices = hit.match.indices?.[group];
  if (!indices) throw new RangeError(`group ${group} did not take part in the match`);
  return { start: hit.base + indices[0], end: hit.base + indices[1] };
}

/** A named group's text, or undefined when it did not take part in the match. */
export function group(hit: Hit, name: string): string | undefined {
  const groups: Partial<Record<string, string>> | undefined = hit.match.groups;
  return groups?.[name];
}

/** [start, end) of a named group in paragraph offsets, or null when it did not take part. */
export function namedSlot(hit: Hit, name: string): Slot {
  const indices = hit.match.indices?.groups?.[name];
  if (!indices) throw new RangeError(`group ${name} did not take part in the match`);
  return { start: hit.base + indices[0], end: hit.base + indices[1] };
}

export function hasNamed(hit: Hit, name: string): boolean {
  return hit.match.indices?.groups?.[name] !== undefined;
}

/** The first name that starts within `region`. */
export function occurrenceIn(view: SentenceView, region: Slot): Occurrence | null {
  return view.occurrences.find((o) => o.start >= region.start && o.start < region.end && o.entityId !== null) ?? null;
}

/** The name ending right before `at`, with only `gap` between. */
export function occurrenceBefore(view: SentenceView, at: number, gap: RegExp): Occurrence | null {
  for (let i = view.occurrences.length - 1; i >= 0; i -= 1) {
    const o = view.occurrences[i];
    if (o.end > at) continue;
    return gap.test(view.text.slice(o.end, at)) ? o : null;
  }
  return null;
}

/** The name starting right after `at`, with only `gap` between. */
export function occurrenceAfter(view: SentenceView, at: number, gap: RegExp): Occurrence | null {
  const o = view.occurrences.find((x) => x.start >= at);
  return o && gap.test(view.text.slice(at, o.start)) ? o : null;
}

/** Text of the sentence from `from` up to the next clause break, at most `max` characters. */
export function clauseAfter(view: SentenceView, from: number, max = 80): Slot {
  const rest = view.text.slice(from, Math.min(view.end, from + max));
  const stop = /[,;:()—–]|\s(?:and|but|while|whereas|as|after|before|when|with|to|by|in|on)\s/.exec(rest);
  return { start: from, end: from + (stop ? stop.index : rest.length) };
}

/** Text of the sentence from the last clause break before `to`. */
export function clauseBefore(view: SentenceView, to: number, max = 80): string {
  const from = Math.max(view.start, to - max);
  const text = view.text.slice(from, to);
  const cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'), text.lastIndexOf('('), text.lastIndexOf(':'));
  return cut >= 0 ? text.slice(cut + 1) : text;
}
