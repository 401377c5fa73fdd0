/**
 * Who a claim is about. In order: a name the words tie to the claim ("Kok's 1:12.59",
 * "Kok took silver", "the 27-year-old Leerdam"); the nearest name before it in its clause that
 * is not an object ("beat Kok", "with Leerdam"); the name a relative clause hangs on ("Kok,
 * who…"); the sentence's first subject; the previous sentence's. Pronouns point at the last
 * person named whose gender fits. A tie made by the words is DIRECT; any other is a guess,
 * and a guess is checked against every entity in and just before the sentence before it may
 * be called wrong.
 */
import type { FactEntity } from '../fact-sheet.js';
import type { ClaimCandidate, ClaimLanguage, Occurrence, Slot } from '../language.js';

export interface Attribution {
  primary: string | null;
  /** The words tie the claim to `primary`; no other entity is tried. */
  direct: boolean;
  /** Other entities the claim may be about, when it is a guess. */
  others: string[];
}

export interface SentenceContext {
  text: string;
  sentence: Slot;
  pieces: readonly Slot[];
  /** Resolved names and pronouns of the sentence. */
  occurrences: readonly Occurrence[];
  previousTopic: string | null;
  previousEntities: readonly string[];
}

const MAX_LOOKBACK = 80;

export function pieceOf(s: SentenceContext, at: number): Slot {
  return s.pieces.find((p) => at >= p.start && at < p.end) ?? s.pieces.at(-1) ?? s.sentence;
}

function isObject(s: SentenceContext, o: Occurrence, language: ClaimLanguage): boolean {
  const piece = pieceOf(s, o.start);
  if (language.absoluteBefore.test(s.text.slice(piece.start, o.start))) return false;
  return language.objectBefore.test(s.text.slice(Math.max(piece.start, o.start - MAX_LOOKBACK), o.start));
}

/** The sentence's first name that is not an object: who the sentence is about. */
export function topicOf(s: SentenceContext, language: ClaimLanguage, before = Infinity): string | null {
  return s.occurrences.find((o) => o.entityId !== null && o.end <= before && !isObject(s, o, language))?.entityId ?? null;
}

export function attribute(claim: ClaimCandidate, s: SentenceContext, language: ClaimLanguage): Attribution {
  const resolved = s.occurrences.filter((o) => o.entityId !== null);
  const guess = (primary: string | null): Attribution => {
    const others = [...new Set([...resolved.map((o) => o.entityId as string), ...s.previousEntities])].filter((id) => id !== primary);
    return { primary, direct: false, others };
  };
  const tie = (o: Occurrence): Attribution => (o.via === 'PRONOUN' ? guess(o.entityId) : { primary: o.entityId, direct: true, others: [] });
  const lastEndingBefore = (at: number) => resolved.filter((o) => o.end <= at).at(-1);

  if (claim.subject.mode === 'BEFORE') {
    const at = claim.subject.at;
    const o = lastEndingBefore(at);
    const gap = o ? s.text.slice(o.end, at) : '';
    if (o && (/^\s*$/.test(gap) || language.possessiveGap.test(gap))) return tie(o);
  } else if (claim.subject.mode === 'AFTER') {
    const at = claim.subject.at;
    const o = resolved.find((x) => x.start >= at && /^\s*$/.test(s.text.slice(at, x.start)));
    if (o) return tie(o);
  }

  const piece = pieceOf(s, claim.start);
  const inPiece = resolved.filter((o) => o.start >= piece.start && o.end <= claim.start);
  const possessor = lastEndingBefore(claim.start);
  const possessiveGap = possessor ? s.text.slice(possessor.end, claim.start) : '';
  // "Kok's 1:12.59", "Kok (1:12.59)", "Her 1:12.59".
  if (possessor && (language.possessiveGap.test(possessiveGap) || (possessor.via === 'PRONOUN' && /^\s+$/.test(possessiveGap)))) {
    return tie(possessor);
  }
  const subject = resolved.filter((o) => o.start >= piece.start && o.end <= claim.anchor).at(-1);
  if (subject && language.adjacentGap.test(s.text.slice(subject.end, claim.anchor)) && !isObject(s, subject, language)) return tie(subject);

  const nearest = [...inPiece].reverse().find((o) => !isObject(s, o, language));
  if (nearest) return guess(nearest.entityId);
  if (language.relativeStart.test(s.text.slice(piece.start, piece.end))) {
    const head = lastEndingBefore(piece.start);
    if (head) return guess(head.entityId);
  }
  const topic = topicOf(s, language, claim.start);
  if (topic) return guess(topic);
  return guess(s.previousTopic);
}

type Gender = FactEntity['gender'];

/** Reading-order memory of who was named, for pronouns and for sentences that name no one. */
export class Discourse {
  private people: { id: string; gender: Gender }[] = [];
  private organisation: string | null = null;
  previousTopic: string | null = null;
  previousEntities: string[] = [];

  constructor(
    private readonly entities: ReadonlyMap<string, FactEntity>,
    private readonly language: ClaimLanguage,
  ) {}

  /**
   * Resolves the sentence's pronouns in reading order. A possessive pronoun that only introduces a
   * name ("Her compatriot Erin Jackson") is dropped: the name is the one that counts.
   */
  resolve(text: string, occurrences: readonly Occurrence[]): Occurrence[] {
    const out: Occurrence[] = [];
    occurrences.forEach((o, i) => {
      if (o.via !== 'PRONOUN') {
        out.push(o);
        if (o.entityId) this.note(o.entityId);
        return;
      }
      const next = occurrences.at(i + 1);
      if (next && next.via !== 'PRONOUN' && /^(?:\s+[\p{Ll}][\p{L}'’-]*){1,3}\s+$/u.test(text.slice(o.end, next.start))) return;
      out.push({ ...o, entityId: this.pronoun(text.slice(o.start, o.end).toLowerCase()) });
    });
    return out;
  }

  private note(id: string): void {
    const entity = this.entities.get(id);
    if (!entity) return;
    if (entity.type === 'ORGANISATION') this.organisation = id;
    else this.people = [...this.people.filter((p) => p.id !== id), { id, gender: entity.gender }].slice(-20);
  }

  private pronoun(word: string): string | null {
    const wants = this.language.pronouns[word];
    if (wants === 'PLURAL') return this.organisation;
    const other = wants === 'FEMALE' ? 'MALE' : 'FEMALE';
    return [...this.people].reverse().find((p) => p.gender !== other)?.id ?? null;
  }

  endSentence(topic: string | null, entities: string[]): void {
    if (topic) this.previousTopic = topic;
    if (entities.length > 0) this.previousEntities = entities;
  }
}
