/** Placings, wins and head-to-head outcomes, and medals. */
import type { FactMatch, FactUnit, Medal } from '../fact-sheet.js';
import type { PlacingClaim, Slot } from '../language.js';
import {
  type Check,
  type CheckContext,
  confirmed,
  contradicted,
  entityIn,
  resultOf,
  reword,
  timeMsOf,
  unitsOf,
  unverifiable,
} from './common.js';

export function matchOutcome(match: FactMatch, teamId: string): 'WIN' | 'DRAW' | 'LOSS' | null {
  if (teamId !== match.homeId && teamId !== match.awayId) return null;
  const home = teamId === match.homeId;
  const [us, them] = home ? [match.homeScore, match.awayScore] : [match.awayScore, match.homeScore];
  if (us !== them) return us > them ? 'WIN' : 'LOSS';
  if (match.shootout && match.shootout.home !== match.shootout.away) {
    const [a, b] = home ? [match.shootout.home, match.shootout.away] : [match.shootout.away, match.shootout.home];
    return a > b ? 'WIN' : 'LOSS';
  }
  return 'DRAW';
}

/** Whether `a` finished ahead of `b` in the unit, by rank, else time, else the match; null when the data cannot tell. */
function ahead(unit: FactUnit, a: string, b: string): boolean | null {
  if (unit.match) {
    const outcome = matchOutcome(unit.match, a);
    if (outcome === null || matchOutcome(unit.match, b) === null) return null;
    return outcome === 'DRAW' ? null : outcome === 'WIN';
  }
  const ra = resultOf(unit, a);
  const rb = resultOf(unit, b);
  if (!ra || !rb) return null;
  if (ra.rank !== null && rb.rank !== null && ra.rank !== rb.rank) return ra.rank < rb.rank;
  const ta = timeMsOf(ra);
  const tb = timeMsOf(rb);
  if (unit.resultType === 'TIME' && ta !== null && tb !== null && ta !== tb) return ta < tb;
  return null;
}

function rankCheck(ctx: CheckContext, entityId: string, claim: Parameters<Check>[0]) {
  if (claim.value.kind !== 'PLACING' || claim.value.claim.type !== 'RANK') return unverifiable(entityId);
  const { rank, slot, digits } = claim.value.claim;
  const units = unitsOf(ctx, entityId, (r, u) => r.rank !== null && !u.match);
  for (const unit of units) {
    if (resultOf(unit, entityId)?.rank === rank) return confirmed(entityId, unit.id, ctx.language.words.ordinal(rank, digits));
  }
  const unit = units.at(0);
  const actual = unit ? resultOf(unit, entityId)?.rank : null;
  if (!unit || actual === null || actual === undefined) return unverifiable(entityId);
  const word = ctx.language.words.ordinal(actual, digits);
  return contradicted(entityId, unit.id, word, reword(ctx.text, claim, slot, word));
}

/** The matches a result verb can be about: the one its score line fits, or for a prize the latest (the final). */
function narrow(units: FactUnit[], c: Extract<PlacingClaim, { verb: Slot }>): FactUnit[] {
  const matches = units.filter((u) => u.match);
  if (matches.length < 2) return units;
  if (c.score) {
    const { a, b, shootout } = c.score;
    const fits = matches.filter((u) => {
      const m = u.match;
      if (!m) return false;
      const pair = shootout ? (m.shootout ? [m.shootout.home, m.shootout.away] : null) : [m.homeScore, m.awayScore];
      return pair !== null && ((pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a));
    });
    return fits.length > 0 ? fits : units;
  }
  return c.title ? units.slice(0, 1) : units;
}

export const checkPlacing: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'PLACING' || !entityId) return unverifiable(entityId);
  const c = claim.value.claim;
  const words = ctx.language.words;
  if (c.type === 'RANK') return rankCheck(ctx, entityId, claim);
  if (c.type === 'AHEAD_OF' || c.type === 'BEHIND') {
    const other = entityIn(ctx, c.region);
    if (!other || other === entityId) return unverifiable(entityId);
    let units = unitsOf(ctx, entityId).filter((u) => ahead(u, entityId, other) !== null);
    // Two named sides tell the unit better than a word of the clause ("reached the final by beating Castleford").
    if (units.length === 0 && ctx.hint && !ctx.hint.elsewhere && ctx.hint.years.length === 0) {
      units = unitsOf({ ...ctx, hint: null }, entityId).filter((u) => ahead(u, entityId, other) !== null);
    }
    const want = c.type === 'AHEAD_OF';
    for (const unit of units) if (ahead(unit, entityId, other) === want) return confirmed(entityId, unit.id, null);
    if (units.length === 0) return unverifiable(entityId);
    const name = ctx.text.slice(c.region.start, c.region.end);
    const text = words.relation(!want, name, units[0].match !== null);
    return contradicted(entityId, units[0].id, text, text);
  }
  const said = c as Extract<PlacingClaim, { verb: Slot }>;
  const units = narrow(
    unitsOf(ctx, entityId, (r, u) => (u.match ? true : said.type === 'WIN' && r.rank !== null)),
    said,
  );
  for (const unit of units) {
    const outcome: 'WIN' | 'DRAW' | 'LOSS' | null = unit.match
      ? matchOutcome(unit.match, entityId)
      : resultOf(unit, entityId)?.rank === 1
        ? 'WIN'
        : 'LOSS';
    // A match level after extra time was drawn, whoever won the shoot-out.
    const drawn = said.type === 'DRAW' && !!unit.match && unit.match.homeScore === unit.match.awayScore;
    if (drawn || outcome === said.type) return confirmed(entityId, unit.id, words.outcome(said.type));
  }
  const unit = units.at(0);
  if (!unit) return unverifiable(entityId);
  if (unit.match) {
    const outcome = matchOutcome(unit.match, entityId);
    if (!outcome) return unverifiable(entityId);
    const word = words.outcome(outcome);
    return contradicted(entityId, unit.id, word, reword(ctx.text, claim, said.verb, word));
  }
  const rank = resultOf(unit, entityId)?.rank ?? null;
  const text = words.placed(rank);
  return rank === null ? unverifiable(entityId) : contradicted(entityId, unit.id, text, text);
};

export const checkMedal: Check = (claim, entityId, ctx) => {
  if (claim.value.kind !== 'MEDAL' || !entityId) return unverifiable(entityId);
  const { medal, slot, phrase } = claim.value;
  const words = ctx.language.words;
  const units = unitsOf(ctx, entityId, (_r, u) => u.medalUnit);
  for (const unit of units) if (resultOf(unit, entityId)?.medal === medal) return confirmed(entityId, unit.id, words.medal(medal));
  if (units.length === 0) return fromHistory(ctx, entityId, medal, claim, slot);
  const unit = units[0];
  const result = resultOf(unit, entityId);
  if (result?.medal)
    return contradicted(entityId, unit.id, words.medal(result.medal), reword(ctx.text, claim, slot, words.medal(result.medal)));
  // No medal: certain only when the rank is known or all three medals went to others.
  const awarded = new Set(unit.results.map((r) => r.medal).filter((m): m is Medal => m !== null));
  if (result?.rank == null && !awarded.has(medal)) return unverifiable(entityId, unit.id);
  const text = words.placed(result?.rank ?? null);
  return contradicted(entityId, unit.id, text, text, phrase);
};

/** A medal of a competition the sheet holds no unit of, from the entity's medal list ("silver at Beijing 2022"). */
function fromHistory(ctx: CheckContext, entityId: string, medal: Medal, claim: Parameters<Check>[0], slot: { start: number; end: number }) {
  const hint = ctx.hint;
  const entity = ctx.names.entities.get(entityId);
  if (!hint || !entity || hint.years.length === 0) return unverifiable(entityId);
  const inScope = entity.medals.filter((m) => m.date && hint.years.includes(Number(m.date.slice(0, 4))));
  if (inScope.length === 0) return unverifiable(entityId);
  if (inScope.some((m) => m.medal === medal)) return confirmed(entityId, null, ctx.language.words.medal(medal));
  if (inScope.length !== 1) return unverifiable(entityId);
  const word = ctx.language.words.medal(inScope[0].medal);
  return contradicted(entityId, null, word, reword(ctx.text, claim, slot, word));
}
