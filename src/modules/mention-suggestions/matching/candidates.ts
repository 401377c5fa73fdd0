import { createHash } from 'node:crypto';
import type { TargetKind } from '../dictionary/name-dictionary.js';
import { Via } from '../dictionary/name-variants.js';

/** How an entity is tied to the story, strongest first. */
export const TIES = ['LINKED', 'COMPETITOR', 'TEAM', 'NONE'] as const;
export type Tie = (typeof TIES)[number];

/** A possible target of a name, before ranking. */
export interface Target {
  kind: TargetKind;
  id: string;
  name: string;
}

export interface RawCandidate {
  target: Target;
  via: Via;
  /** For a family name alone: whether the full name was written earlier (not only linked). */
  seenInFull?: boolean;
  /** The name is also a city's: "Liverpool" the club or the city. */
  alsoCity?: boolean;
}

export interface Candidate {
  targetType: TargetKind;
  targetId: string;
  name: string;
  confidence: number;
  tie: Tie;
}

/** How sure a match on each kind of name is when only one entity carries it. */
const BASE: Record<Via, number> = {
  [Via.FULL]: 0.95,
  [Via.DERIVED]: 0.9,
  [Via.ALIAS]: 0.8,
  [Via.SHORT]: 0.75,
  [Via.ACRONYM]: 0.8,
  [Via.FAMILY]: 0.8,
};
const SEEN_IN_FULL = 0.85;
const CITY_FACTOR = 0.8;
/** The share of a shared name each tie earns. */
const WEIGHT: Record<Tie, number> = { LINKED: 1, COMPETITOR: 0.5, TEAM: 0.25, NONE: 0.1 };

const baseOf = (candidate: RawCandidate) =>
  (candidate.via === Via.FAMILY && candidate.seenInFull ? SEEN_IN_FULL : BASE[candidate.via]) * (candidate.alsoCity ? CITY_FACTOR : 1);

/**
 * Ranks the entities a name may stand for: by their tie to the story (linked, then competing in
 * its events, then teams of its people, then none), then by how the name matched. A name only one
 * entity carries keeps the confidence of its match; a shared name splits it by tie, so a full
 * name two people share is below an unambiguous one, and the one in the story's event is on top.
 */
export function rankCandidates(raw: readonly RawCandidate[], tieOf: (target: Target) => Tie): Candidate[] {
  const best = new Map<string, RawCandidate>();
  for (const candidate of raw) {
    const key = `${candidate.target.kind}:${candidate.target.id}`;
    const known = best.get(key);
    if (!known || baseOf(candidate) > baseOf(known)) best.set(key, candidate);
  }
  const scored = [...best.values()].map((candidate) => {
    const tie = tieOf(candidate.target);
    return { candidate, tie, base: baseOf(candidate), weight: WEIGHT[tie] };
  });
  const totalWeight = scored.reduce((sum, s) => sum + s.weight, 0);
  return scored
    .map((s) => ({
      targetType: s.candidate.target.kind,
      targetId: s.candidate.target.id,
      name: s.candidate.target.name,
      tie: s.tie,
      confidence: round(scored.length === 1 ? s.base : (s.base * s.weight) / totalWeight),
      base: s.base,
    }))
    .sort(
      (a, b) =>
        TIES.indexOf(a.tie) - TIES.indexOf(b.tie) ||
        b.base - a.base ||
        a.name.localeCompare(b.name) ||
        a.targetId.localeCompare(b.targetId),
    )
    .map(({ base: _base, ...candidate }) => candidate);
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The same id for the same words at the same place with the same possible targets: a client
 * may accept a suggestion it listed a moment ago, and anything else is refused rather than
 * guessed.
 */
export function suggestionId(blockIndex: number, start: number, end: number, foldedText: string, candidates: readonly Candidate[]): string {
  const targets = candidates.map((c) => `${c.targetType}:${c.targetId}`).sort();
  return createHash('sha256')
    .update(`${blockIndex}\u0000${start}\u0000${end}\u0000${foldedText}\u0000${targets.join(',')}`)
    .digest('base64url')
    .slice(0, 22);
}
