/**
 * Who the prose names: the desk's marked mentions, plain-text names of the sheet's entities
 * (name and other names, found with an Aho–Corasick dictionary over diacritic-folded text) and
 * pronouns, which are resolved later in reading order.
 */
import AhoCorasick from 'modern-ahocorasick';
import type { ProseParagraph } from '../claims.js';
import type { FactEntity, FactSheet } from '../fact-sheet.js';
import type { ClaimLanguage, Occurrence } from '../language.js';
import { foldKey, foldText, originalSpan } from '../../../../common/text/fold.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}]+/gu;
/** Names shorter than this are too likely to be ordinary words. */
const MIN_NAME = 2;

export class NameIndex {
  private readonly matcher: AhoCorasick<string[]> | null;
  readonly entities: ReadonlyMap<string, FactEntity>;

  constructor(sheet: FactSheet) {
    this.entities = new Map(sheet.entities.map((e) => [e.id, e]));
    const owners = new Map<string, Set<string>>();
    for (const entity of sheet.entities) {
      for (const name of [entity.name, ...entity.otherNames]) {
        const key = typeof name === 'string' ? foldKey(name) : '';
        if (key.length < MIN_NAME) continue;
        let set = owners.get(key);
        if (!set) owners.set(key, (set = new Set()));
        set.add(entity.id);
      }
    }
    const patterns = [...owners].map(([pattern, ids]) => ({ pattern, data: [...ids] }));
    this.matcher = patterns.length > 0 ? new AhoCorasick(patterns) : null;
  }

  /** Names in the text, longest first where they overlap; a name two entities share is left out. */
  find(text: string): Occurrence[] {
    if (!this.matcher) return [];
    const folded = foldText(text);
    const hits = this.matcher.search(folded.text, { strategy: 'leftmost-longest' });
    const out: Occurrence[] = [];
    for (const hit of hits) {
      const { start, end } = originalSpan(folded, hit.start, hit.end);
      if (hit.data === undefined || hit.data.length !== 1) continue;
      if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) continue;
      if (end < text.length && LETTER_OR_DIGIT.test(text[end])) continue;
      // Names are written with a capital: "kok" the word is not Kok the skater.
      if (!/^[\p{Lu}\p{N}]/u.test(text[start])) continue;
      out.push({ start, end, entityId: hit.data[0], via: 'NAME' });
    }
    return out;
  }
}

/** A mention as the desk stored it, if it is one that fits the examined text. */
function validMention(value: unknown, length: number): ProseParagraph['mentions'][number] | null {
  if (typeof value !== 'object' || value === null) return null;
  const { start, end, targetId } = value as Record<string, unknown>;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof targetId !== 'string') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) return null;
  return { start, end, targetId };
}

/** Marked mentions (of sheet entities), names and pronouns of one paragraph's examined text, in order. */
export function occurrencesIn(paragraph: ProseParagraph, text: string, names: NameIndex, language: ClaimLanguage): Occurrence[] {
  const marked: Occurrence[] = [];
  for (const raw of paragraph.mentions as unknown[]) {
    const m = validMention(raw, text.length);
    if (m && names.entities.has(m.targetId)) marked.push({ start: m.start, end: m.end, entityId: m.targetId, via: 'MENTION' });
  }
  const overlapsMarked = (o: Occurrence) => marked.some((m) => o.start < m.end && o.end > m.start);
  const all = [...marked, ...names.find(text).filter((o) => !overlapsMarked(o))];
  const taken = (start: number, end: number) => all.some((o) => start < o.end && end > o.start);
  for (const w of text.matchAll(WORD)) {
    const word = w[0].toLowerCase();
    if (!Object.hasOwn(language.pronouns, word)) continue;
    const start = w.index;
    if (!taken(start, start + w[0].length)) all.push({ start, end: start + w[0].length, entityId: null, via: 'PRONOUN' });
  }
  return all.sort((a, b) => a.start - b.start);
}
