import AhoCorasick from 'modern-ahocorasick';
import type { NameDictionary, TargetKind } from '../dictionary/name-dictionary.js';
import { eventForms, familyForms, familyNameOf, Via } from '../dictionary/name-variants.js';
import { type FoldedText, foldKey, foldText } from '../../../common/text/fold.js';
import { type Candidate, rankCandidates, type RawCandidate, suggestionId, type Target, type Tie } from './candidates.js';
import { ENGLISH_CUES, type LanguageCues } from './english-cues.js';
import {
  firstWordStartsUpper,
  isAllCaps,
  isPlaceContext,
  isWholeWords,
  lastWordStartsUpper,
  looksLikeOtherName,
  overlaps,
  type Range,
} from './spans.js';

/** What the story itself says about who and what it is about. */
export interface StoryContext {
  /** The strongest tie of each entity the story touches, by "KIND:id". */
  ties: ReadonlyMap<string, Tie>;
  /** People the story links or already mentions: their family name counts from the first paragraph. */
  people: readonly string[];
  /** The byline: a story's own writers are not suggested. */
  authors: ReadonlySet<string>;
  /** The events the story links or whose units it embeds: the only events whose names are looked for. */
  events: readonly { id: string; name: string }[];
}

export interface ParagraphText {
  blockIndex: number;
  text: string;
  marks: readonly { start: number; end: number; type: string }[];
  mentions: readonly { start: number; end: number; targetType: string; targetId: string }[];
}

export interface Suggestion {
  id: string;
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  kind: TargetKind;
  candidates: Candidate[];
}

export interface SuggestLimits {
  /** Characters of paragraph text read; the rest of a longer story is not scanned. */
  maxChars: number;
  maxSuggestions: number;
  maxCandidates: number;
}

export const DEFAULT_LIMITS: SuggestLimits = { maxChars: 120_000, maxSuggestions: 300, maxCandidates: 5 };

export interface SuggestResult {
  suggestions: Suggestion[];
  /** Whether text past `maxChars` or suggestions past `maxSuggestions` were left out. */
  truncated: boolean;
}

interface Hit extends Range {
  paragraph: number;
  from: number;
  to: number;
  candidates: RawCandidate[];
}

interface LocalEntry {
  target: Target;
  via: Via;
  /** A family name counts after this position (paragraph × 2^24 + offset); -1: from the start. */
  after: number;
  seenInFull: boolean;
}

const position = (paragraph: number, offset: number) => paragraph * 2 ** 24 + offset;
const targetKey = (kind: string, id: string) => `${kind}:${id}`;

/**
 * Names in the paragraphs that are not mentions yet. Two passes over each paragraph's folded
 * text: the dictionary's automata find full names, aliases, organisations, venues and
 * competitions; then a small automaton of this story's own names finds family names of people
 * already in it (linked, mentioned, or named in full earlier) and its events' names. Linear in
 * the text; no database access.
 */
export function suggestMentions(
  dictionary: NameDictionary,
  context: StoryContext,
  paragraphs: readonly ParagraphText[],
  limits: SuggestLimits = DEFAULT_LIMITS,
  cues: LanguageCues = ENGLISH_CUES,
): SuggestResult {
  const { scanned, cut } = withinBudget(paragraphs, limits.maxChars);
  const folded = scanned.map((p) => foldText(p.text));
  const excluded = scanned.map((p) => [...p.mentions, ...p.marks.filter((m) => m.type === 'LINK')]);
  const dictionaryTarget = (index: number): Target => ({
    kind: dictionary.kind(index),
    id: dictionary.id(index),
    name: dictionary.name(index),
  });

  const first = folded.map((text, paragraph) =>
    nonOverlapping(
      dictionary
        .search(text.text)
        .map((hit) => {
          if (!isWholeWords(text.text, hit.from, hit.to)) return null;
          const range = { start: text.starts[hit.from], end: text.ends[hit.to - 1] };
          if (excluded[paragraph].some((r) => overlaps(r, range))) return null;
          const span = scanned[paragraph].text.slice(range.start, range.end);
          const key = text.text.slice(hit.from, hit.to);
          const candidates = dictionary.entries(hit.key).flatMap((entry): RawCandidate[] => {
            const target = dictionaryTarget(entry.target);
            if (target.kind === 'PERSON' && context.authors.has(target.id)) return [];
            if (!properlyWritten(target.kind, entry.via, span)) return [];
            const bare = target.kind === 'ORGANISATION' && (entry.via === Via.SHORT || entry.via === Via.ALIAS);
            if (bare && isPlaceContext(text.text, hit.from, hit.to, cues)) return [];
            return [{ target, via: entry.via, alsoCity: bare && dictionary.isCity(key) }];
          });
          return candidates.length ? { paragraph, from: hit.from, to: hit.to, ...range, candidates } : null;
        })
        .filter((hit): hit is Hit => hit !== null),
    ),
  );

  const local = localDictionary(dictionary, context, scanned, first);
  const second = local
    ? folded.map((text, paragraph) =>
        nonOverlapping(
          local.matcher
            .search(text.text)
            .map((match): Hit | null => {
              const { start: from, end: to } = match;
              if (!isWholeWords(text.text, from, to)) return null;
              const range = { start: text.starts[from], end: text.ends[to - 1] };
              if (excluded[paragraph].some((r) => overlaps(r, range)) || first[paragraph].some((h) => overlaps(h, range))) return null;
              const candidates = (local.entries[match.patternIndex] ?? []).flatMap((entry): RawCandidate[] =>
                entry.via === Via.FAMILY
                  ? familyNameHolds(entry, text, scanned[paragraph].text, paragraph, from, to, cues)
                    ? [{ target: entry.target, via: Via.FAMILY, seenInFull: entry.seenInFull }]
                    : []
                  : [{ target: entry.target, via: entry.via }],
              );
              return candidates.length ? { paragraph, from, to, ...range, candidates } : null;
            })
            .filter((hit): hit is Hit => hit !== null),
        ),
      )
    : [];

  const tieOf = (target: Target): Tie => context.ties.get(targetKey(target.kind, target.id)) ?? 'NONE';
  const hits = folded.flatMap((_, paragraph) => [...first[paragraph], ...(second[paragraph] ?? [])]);
  hits.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const suggestions = hits.slice(0, limits.maxSuggestions).map((hit): Suggestion => {
    const ranked = rankCandidates(hit.candidates, tieOf);
    const paragraph = scanned[hit.paragraph];
    return {
      id: suggestionId(paragraph.blockIndex, hit.start, hit.end, folded[hit.paragraph].text.slice(hit.from, hit.to), ranked),
      blockIndex: paragraph.blockIndex,
      start: hit.start,
      end: hit.end,
      text: paragraph.text.slice(hit.start, hit.end),
      kind: ranked[0].targetType,
      candidates: ranked.slice(0, limits.maxCandidates),
    };
  });
  return { suggestions, truncated: cut || hits.length > limits.maxSuggestions };
}

/** Paragraphs up to `maxChars` of text in all; the paragraph at the limit is cut at a space. */
function withinBudget(paragraphs: readonly ParagraphText[], maxChars: number): { scanned: ParagraphText[]; cut: boolean } {
  const scanned: ParagraphText[] = [];
  let left = maxChars;
  for (const paragraph of paragraphs) {
    if (paragraph.text.length <= left) {
      scanned.push(paragraph);
      left -= paragraph.text.length;
      continue;
    }
    const end = paragraph.text.lastIndexOf(' ', left);
    if (end > 0) scanned.push({ ...paragraph, text: paragraph.text.slice(0, end) });
    return { scanned, cut: true };
  }
  return { scanned, cut: false };
}

/** Proper nouns are capitalised (the last word of a person's name: "van Dijk"), acronyms in capitals; event names need not be. */
function properlyWritten(kind: TargetKind, via: Via, span: string): boolean {
  if (via === Via.ACRONYM) return isAllCaps(span);
  if (kind === 'EVENT') return true;
  return kind === 'PERSON' ? lastWordStartsUpper(span) : firstWordStartsUpper(span);
}

/** The leftmost, then longest, of overlapping hits. */
function nonOverlapping(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit[] = [];
  let end = -1;
  for (const hit of hits) {
    if (hit.from < end) continue;
    kept.push(hit);
    end = hit.to;
  }
  return kept;
}

/** A family name alone: capitalised, after the person came into the story, and not part of another name or a place. */
function familyNameHolds(
  entry: LocalEntry,
  text: FoldedText,
  original: string,
  paragraph: number,
  from: number,
  to: number,
  cues: LanguageCues,
): boolean {
  if (position(paragraph, text.starts[from]) <= entry.after) return false;
  if (!lastWordStartsUpper(original.slice(text.starts[from], text.ends[to - 1]))) return false;
  return !looksLikeOtherName(original, text, from, to, cues) && !isPlaceContext(text.text, from, to, cues);
}

/**
 * This story's own names: the family names of the people in it, counted from where each first
 * appears, and the names of its events. Small (tens of names), built per request.
 */
function localDictionary(
  dictionary: NameDictionary,
  context: StoryContext,
  paragraphs: readonly ParagraphText[],
  first: readonly Hit[][],
): { matcher: AhoCorasick; entries: LocalEntry[][] } | null {
  const since = new Map<number, { after: number; seenInFull: boolean }>();
  const seen = (index: number | undefined, after: number, seenInFull: boolean) => {
    if (index === undefined) return;
    const known = since.get(index);
    if (!known || after < known.after) since.set(index, { after, seenInFull: seenInFull || (known?.seenInFull ?? false) });
    else if (seenInFull) known.seenInFull = true;
  };
  for (const id of context.people) seen(dictionary.find('PERSON', id), -1, false);
  paragraphs.forEach((paragraph, p) => {
    for (const mention of paragraph.mentions) {
      if (mention.targetType === 'PERSON') seen(dictionary.find('PERSON', mention.targetId), position(p, mention.start), true);
    }
  });
  first.forEach((hits, p) => {
    for (const hit of hits) {
      for (const candidate of hit.candidates) {
        if (candidate.target.kind === 'PERSON') seen(dictionary.find('PERSON', candidate.target.id), position(p, hit.start), true);
      }
    }
  });

  const byKey = new Map<string, LocalEntry[]>();
  const add = (name: string, entry: LocalEntry) => {
    const key = foldKey(name);
    if (key.length < 2) return;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const [index, { after, seenInFull }] of since) {
    const target: Target = { kind: 'PERSON', id: dictionary.id(index), name: dictionary.name(index) };
    if (context.authors.has(target.id)) continue;
    const family = familyNameOf(dictionary.person(index));
    if (family) for (const name of familyForms(family)) add(name, { target, via: Via.FAMILY, after, seenInFull });
  }
  for (const event of context.events) {
    const target: Target = { kind: 'EVENT', id: event.id, name: event.name };
    for (const form of eventForms(event)) add(form.name, { target, via: form.via, after: -1, seenInFull: false });
  }
  if (byKey.size === 0) return null;
  const keys = [...byKey.keys()];
  return { matcher: new AhoCorasick(keys), entries: keys.map((key) => byKey.get(key) ?? []) };
}
