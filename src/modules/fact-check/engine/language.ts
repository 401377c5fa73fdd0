/**
 * What a language module gives the engine: how to cut its prose into sentences and clauses,
 * who its pronouns point at, where its claims are and how to word a correction. The engine
 * itself (attribution, data look-ups, verdicts) knows no language.
 */
import type { ClaimKind } from './claims.js';
import type { Medal } from './fact-sheet.js';

/** [start, end) in the paragraph's text. */
export interface Slot {
  start: number;
  end: number;
}

/** A name, marked mention or pronoun in the prose that points at an entity of the sheet. */
export interface Occurrence extends Slot {
  /** Null when a pronoun found no one to point at. */
  entityId: string | null;
  via: 'MENTION' | 'NAME' | 'PRONOUN';
}

/** One sentence as a language module sees it; offsets are the paragraph's. */
export interface SentenceView {
  /** The whole paragraph's text (read the sentence as text.slice(start, end)). */
  text: string;
  start: number;
  end: number;
  /** Names, mentions and pronouns inside the sentence, in reading order (none inside quotes). */
  occurrences: readonly Occurrence[];
}

/**
 * Who a claim is about, as far as the words say.
 * AUTO: the engine works it out from the clause and the sentences around it.
 * BEFORE/AFTER: a name (or pronoun) must end right at `at` / start right at `at`, e.g. "Kok's 1:12.59",
 * "the 27-year-old Leerdam"; when none does, the engine falls back to AUTO.
 */
export type SubjectHint = { mode: 'AUTO' } | { mode: 'BEFORE'; at: number } | { mode: 'AFTER'; at: number };

/** The other side of a comparison ("than Takagi's winning time of four years ago", "the winner"). */
export type Reference = { type: 'NAMED'; region: Slot; winning: boolean } | { type: 'RANK'; rank: number } | { type: 'IMPLICIT' };

export type MarginAmount =
  | { type: 'EXACT'; seconds: number; decimals: number }
  | { type: 'APPROX'; relation: 'NEARLY' | 'MORE_THAN' | 'LESS_THAN' | 'ABOUT' | 'JUST_OVER'; seconds: number };

export type Decision = 'REGULATION' | 'EXTRA_TIME' | 'PENALTIES';
export type RecordScope = 'WORLD' | 'OLYMPIC' | 'CONTINENTAL' | 'NATIONAL' | 'VENUE' | 'PERSONAL' | 'SEASON' | 'JUNIOR';

export type PlacingClaim =
  | { type: 'RANK'; rank: number; slot: Slot; digits: boolean }
  /**
   * "won the race", "won 2–1", "drew", "lost the final"; `verb` is the word a correction replaces.
   * `score` is the score line the verb governs ("won 4–2 on penalties"), which tells the match;
   * `title` says it is about the competition's prize ("lifted the cup"), so its final.
   */
  | { type: 'WIN' | 'DRAW' | 'LOSS'; verb: Slot; score?: { a: number; b: number; shootout: boolean }; title?: boolean }
  /** The subject finished ahead of (beat) or behind (lost to) the entity named in `region`. */
  | { type: 'AHEAD_OF' | 'BEHIND'; region: Slot };

export type CountClaim =
  | { type: 'MEDAL'; ordinal: number; slot: Slot; digits: boolean; medal: Medal | null; competitionKind: string | null }
  /**
   * `style` is how the prose counted ("hat-trick", "brace", "times", "goals", "ordinal"), kept in a correction;
   * `minutes` limits the count to part of the match ("in the first half": 1–45).
   */
  | { type: 'GOALS'; goals: number; atLeast: boolean; style: string; minutes?: [from: number, to: number] };

export type ClaimValue =
  | { kind: 'TIME'; text: string }
  | {
      kind: 'MARGIN';
      amount: MarginAmount;
      amountSlot: Slot;
      direction: 'AHEAD' | 'BEHIND' | null;
      directionSlot: Slot | null;
      reference: Reference;
    }
  | { kind: 'PLACING'; claim: PlacingClaim }
  /** `slot` is the medal's word, `phrase` the whole "took bronze" (reworded when there was no medal at all). */
  | { kind: 'MEDAL'; medal: Medal; slot: Slot; phrase: Slot }
  | { kind: 'RECORD'; scope: RecordScope; holder: boolean }
  | { kind: 'AGE'; age: number; slot: Slot; digits: boolean }
  /** `atMinute`: the score at half-time (45) or after 90 minutes, not at the end. */
  | { kind: 'SCORE'; a: number; b: number; shootout: boolean; separator: string; atMinute: number | null }
  | { kind: 'DECISION'; decision: Decision; strict: boolean }
  | { kind: 'COUNT'; count: CountClaim };

export interface ClaimCandidate {
  kind: ClaimKind;
  /** The claim's span in the paragraph. */
  start: number;
  end: number;
  /** Where the claim's predicate starts ("took" in "Kok took silver"), for telling the subject. */
  anchor: number;
  subject: SubjectHint;
  value: ClaimValue;
}

/** How a correction is worded: the data's value as this language's prose prints it. */
export interface ClaimWords {
  medal(medal: Medal): string;
  /** "fourth" or "4th", as the prose wrote its own. */
  ordinal(n: number, digits: boolean): string;
  cardinal(n: number, digits: boolean): string;
  /** A margin in seconds at the unit's precision ("0.28 seconds"). */
  seconds(text: string): string;
  direction(direction: 'AHEAD' | 'BEHIND', style: string): string;
  decision(decision: Decision): string;
  recordScope(scope: RecordScope): string;
  /** Outcome of a head-to-head for the subject ("won", "drew", "lost"). */
  outcome(outcome: 'WIN' | 'DRAW' | 'LOSS'): string;
  /** "finished fourth", "finished outside the medals". */
  placed(rank: number | null): string;
  /** "finished behind X" / "beat X" */
  /** "beat X" / "finished behind X" ("lost to X" in a head-to-head). */
  relation(ahead: boolean, name: string, headToHead: boolean): string;
  goals(count: number, style: string): string;
}

/** What tells one occasion from another in a clause: years, "four years ago", "last season". */
export interface OccasionWords {
  /** Years back from the story's date ("four years ago" → 4), or null. */
  yearsAgo(text: string): number | null;
  /**
   * The clause speaks of another occasion ("last season", "in the semi-final"). It is checked against
   * none of the sheet's units, unless the phrase names one of them ("semi-final" when the sheet has it).
   */
  elsewhere: RegExp;
  /** Phrases whose years name no occasion ("since 1998"). */
  ignore: RegExp;
  /** Words of competition and event names that tell no unit from another ("Olympic", "Games"). */
  generic: ReadonlySet<string>;
}

export interface ClaimLanguage {
  /** BCP 47 primary language subtag. */
  tag: string;
  /** Locale for Intl.Segmenter. */
  locale: string;
  /** Lower-case abbreviations ending in a full stop after which a sentence does not end ("feb.", "no."). */
  abbreviations: ReadonlySet<string>;
  /** Opening and closing marks of quoted speech; text between them is not checked. */
  quotePairs: readonly (readonly [string, string])[];
  /** Lower-case pronoun → whom it can point at. */
  pronouns: Readonly<Record<string, 'FEMALE' | 'MALE' | 'PLURAL'>>;
  /** Global pattern of clause boundaries (punctuation and conjunctions). */
  clauseBreak: RegExp;
  /** A clause opening with a relative pronoun is about the name that ends the clause before ("Kok, who…"). */
  relativeStart: RegExp;
  /** Text right before a name that makes it an object rather than a subject ("with", "than", "behind"). */
  objectBefore: RegExp;
  /** Text from a clause's start to a name that keeps the name a subject despite objectBefore ("with Kok second"). */
  absoluteBefore: RegExp;
  /** Text between a name and its claim that makes the name the claim's owner ("'s ", " ("). */
  possessiveGap: RegExp;
  /** Text between a name and a predicate that makes the name its subject (" ", " then "). */
  adjacentGap: RegExp;
  occasion: OccasionWords;
  words: ClaimWords;
  /** Every claim in one sentence; must not throw. */
  extract(sentence: SentenceView): ClaimCandidate[];
}
