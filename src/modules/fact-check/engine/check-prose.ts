/**
 * The fact check: finds the claims in a story's paragraphs and checks each against the sheet.
 * Pure and synchronous; never throws. An unknown language gives no claims.
 */
import type { FactClaim, ProseParagraph } from './claims.js';
import { attribute, Discourse, pieceOf, type SentenceContext, topicOf } from './context/attribution.js';
import { NameIndex, occurrencesIn } from './context/entities.js';
import { type ScopeHint, UnitScope } from './context/scope.js';
import type { FactSheet } from './fact-sheet.js';
import type { ClaimCandidate, ClaimLanguage, Occurrence, Slot } from './language.js';
import { claimLanguage } from './languages/registry.js';
import { FACT_CHECK_LIMITS as LIMITS } from './limits.js';
import { insideAny, quoteRanges } from './text/quotes.js';
import { splitClauses, splitSentences } from './text/sentences.js';
import { CHECKS } from './verify/index.js';
import type { CheckContext, Outcome } from './verify/common.js';

interface StoryState {
  language: ClaimLanguage;
  sheet: FactSheet;
  names: NameIndex;
  scope: UnitScope;
  discourse: Discourse;
  chars: number;
  sentences: number;
  claims: FactClaim[];
}

export function checkProse(paragraphs: ProseParagraph[], sheet: FactSheet, language: string): FactClaim[] {
  const lang = claimLanguage(language);
  if (!lang || !Array.isArray(paragraphs) || !isSheet(sheet)) return [];
  let state: StoryState;
  try {
    const names = new NameIndex(sheet);
    state = {
      language: lang,
      sheet,
      names,
      scope: new UnitScope(sheet, lang),
      discourse: new Discourse(names.entities, lang),
      chars: 0,
      sentences: 0,
      claims: [],
    };
  } catch {
    return [];
  }
  for (const raw of paragraphs.slice(0, LIMITS.paragraphs) as unknown[]) {
    if (state.chars >= LIMITS.storyChars || state.claims.length >= LIMITS.storyClaims) break;
    const paragraph = asParagraph(raw);
    if (!paragraph) continue;
    try {
      checkParagraph(paragraph, state);
    } catch {
      // A paragraph the engine cannot read is left unchecked rather than failing the story.
    }
  }
  return state.claims;
}

// The callers are typed, but a story's JSON body is not: the engine checks the shapes it walks.
function isSheet(value: unknown): value is FactSheet {
  if (typeof value !== 'object' || value === null) return false;
  const sheet = value as Record<string, unknown>;
  return Array.isArray(sheet.entities) && Array.isArray(sheet.units) && Array.isArray(sheet.records) && typeof sheet.asOf === 'string';
}

function asParagraph(value: unknown): ProseParagraph | null {
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Record<string, unknown>;
  if (typeof p.text !== 'string') return null;
  return {
    blockIndex: typeof p.blockIndex === 'number' ? p.blockIndex : 0,
    text: p.text,
    mentions: Array.isArray(p.mentions) ? (p.mentions as ProseParagraph['mentions']) : [],
  };
}

function checkParagraph(paragraph: ProseParagraph, state: StoryState): void {
  const { language } = state;
  const budget = Math.min(LIMITS.paragraphChars, LIMITS.storyChars - state.chars);
  const text = paragraph.text.slice(0, budget);
  state.chars += text.length;
  const quotes = quoteRanges(text, language.quotePairs);
  const all = occurrencesIn(paragraph, text, state.names, language).filter((o) => !insideAny(o, quotes));
  let claimsHere = 0;
  let sentencesHere = 0;
  for (const full of splitSentences(text, language)) {
    if (sentencesHere >= LIMITS.paragraphSentences || state.sentences >= LIMITS.storySentences) break;
    if (claimsHere >= LIMITS.paragraphClaims || state.claims.length >= LIMITS.storyClaims) break;
    sentencesHere += 1;
    state.sentences += 1;
    const sentence = { start: full.start, end: Math.min(full.end, full.start + LIMITS.sentenceChars) };
    const occurrences = state.discourse.resolve(
      text,
      all.filter((o) => o.start >= sentence.start && o.end <= sentence.end),
    );
    const s: SentenceContext = {
      text,
      sentence,
      pieces: splitClauses(text, sentence, language),
      occurrences,
      previousTopic: state.discourse.previousTopic,
      previousEntities: state.discourse.previousEntities,
    };
    for (const candidate of candidatesOf(s, language, quotes)) {
      if (claimsHere >= LIMITS.paragraphClaims || state.claims.length >= LIMITS.storyClaims) break;
      const claim = checkCandidate(candidate, s, paragraph.blockIndex, state);
      if (claim) {
        state.claims.push(claim);
        claimsHere += 1;
      }
    }
    const ids = occurrences.map((o) => o.entityId).filter((id): id is string => id !== null);
    state.discourse.endSentence(topicOf(s, language), [...new Set(ids)]);
  }
}

/** The language's candidates outside quotes, one per span and kind, in reading order. */
function candidatesOf(s: SentenceContext, language: ClaimLanguage, quotes: readonly Slot[]): ClaimCandidate[] {
  let found: ClaimCandidate[];
  try {
    found = language.extract({ text: s.text, start: s.sentence.start, end: s.sentence.end, occurrences: s.occurrences });
  } catch {
    return [];
  }
  const kept: ClaimCandidate[] = [];
  for (const c of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < s.sentence.start || c.end > s.sentence.end || c.start >= c.end || insideAny(c, quotes)) continue;
    if (kept.some((k) => k.kind === c.kind && k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept;
}

/** The clause's occasion: its own words (less a comparison's other side) and a leading "At Beijing 2022,". */
function hintFor(c: ClaimCandidate, s: SentenceContext, state: StoryState): ScopeHint | null {
  const piece = pieceOf(s, c.start);
  let own = s.text.slice(piece.start, piece.end);
  if (c.value.kind === 'MARGIN' && c.value.reference.type === 'NAMED') {
    const r = c.value.reference.region;
    const from = Math.max(r.start, piece.start) - piece.start;
    const to = Math.min(r.end, piece.end) - piece.start;
    if (to > from) own = own.slice(0, from) + ' '.repeat(to - from) + own.slice(to);
  }
  let hint = state.scope.hint(own);
  const lead = s.pieces.at(0);
  if (lead && lead !== piece && !s.occurrences.some((o) => o.start >= lead.start && o.end <= lead.end)) {
    hint = state.scope.merge(hint, state.scope.hint(s.text.slice(lead.start, lead.end)));
  }
  return hint;
}

function checkCandidate(c: ClaimCandidate, s: SentenceContext, blockIndex: number, state: StoryState): FactClaim | null {
  try {
    const who = attribute(c, s, state.language);
    const ctx: CheckContext = {
      sheet: state.sheet,
      language: state.language,
      names: state.names,
      scope: state.scope,
      text: s.text,
      hint: hintFor(c, s, state),
      occurrences: s.occurrences.filter((o: Occurrence) => o.entityId !== null),
      previousEntities: s.previousEntities,
    };
    const check = CHECKS[c.kind];
    const first = check(c, who.primary, ctx);
    let outcome: Outcome = first;
    if (!who.direct && first.verdict !== 'CONFIRMED') {
      // A guessed subject is wrong only if the claim holds for no one it could be about.
      const alternative = who.others.map((id) => check(c, id, ctx)).find((o) => o.verdict === 'CONFIRMED');
      if (alternative) outcome = alternative;
    }
    const span = outcome.span ?? c;
    return {
      blockIndex,
      start: span.start,
      end: span.end,
      text: s.text.slice(span.start, span.end),
      kind: c.kind,
      entityId: outcome.entityId,
      unitId: outcome.unitId,
      dataValue: outcome.dataValue,
      verdict: outcome.verdict,
      correction: outcome.verdict === 'CONTRADICTED' ? outcome.correction : null,
    };
  } catch {
    return null;
  }
}
