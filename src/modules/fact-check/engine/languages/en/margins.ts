/** Margins: "0.28 seconds faster", "by 28 hundredths", "more than a second", "nearly a second", "(+2.24)". */
import type { ClaimCandidate, MarginAmount, Reference, SentenceView, Slot } from '../../language.js';
import { group, hits, namedSlot, slotOf, type Hit } from './shared.js';
import { cardinalValue } from './words.js';

const RELATION = String.raw`(?<rel>nearly|almost|just under|close to|a little under|more than|over|a little over|just over|less than|under|about|around|roughly|approximately|some)`;
const AMOUNT =
  String.raw`(?:(?<half>half a second)|a (?:full )?(?<one>second)|(?<frac>a (?:tenth|hundredth|thousandth))(?: of a second)?` +
  String.raw`|(?<count>\d{1,3}(?:\.\d{1,3})?|[a-z]+(?:-[a-z]+)?(?=\s))\s?(?<unit>seconds?|secs?|s|tenths?|hundredths?|thousandths?)(?: of a second)?)`;
const DIRECTION = String.raw`(?<dir>faster|quicker|slower|behind|ahead|clear|adrift|back|better|worse|in front|off the pace|off the lead|down)`;

const MARGIN = new RegExp(String.raw`\b(?<amount>(?:${RELATION}\s+)?${AMOUNT})(?!\w|\.\d)(?:\s+${DIRECTION}\b)?`, 'gi');
/** A margin that leaves out its unit after one that gave it: "1.36 seconds behind Kok and 1.64 behind Leerdam". */
const BARE = new RegExp(String.raw`(?<![\d.:+\-–])(?<amount>\d{1,2}\.\d{2,3})\s+${DIRECTION}\b`, 'gi');
const PLUS = /\(\s*(?<plus>\+\d{1,2}\.\d{2,3})\s*\)/g;

const AHEAD_WORDS = new Set(['faster', 'quicker', 'ahead', 'clear', 'better', 'in front']);
const REL: Readonly<Record<string, 'NEARLY' | 'MORE_THAN' | 'LESS_THAN' | 'ABOUT' | 'JUST_OVER'>> = {
  nearly: 'NEARLY',
  almost: 'NEARLY',
  'just under': 'NEARLY',
  'close to': 'NEARLY',
  'a little under': 'NEARLY',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'a little over': 'JUST_OVER',
  'just over': 'JUST_OVER',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  about: 'ABOUT',
  around: 'ABOUT',
  roughly: 'ABOUT',
  approximately: 'ABOUT',
  some: 'ABOUT',
};
const UNIT_SECONDS: Readonly<Partial<Record<string, [seconds: number, decimals: number]>>> = {
  tenth: [0.1, 1],
  hundredth: [0.01, 2],
  thousandth: [0.001, 3],
};

const BY_BEFORE = /\bby\s+$/i;
/** "Leerdam's margin over Kok was 0.28 seconds": the other side follows "over", "to" or "on". */
const MARGIN_NOUN =
  /\b(?:margin|gap|advantage)\s+(?:(?<prep>over|to|on|ahead of|behind)\s+(?<other>[^,;:()]{1,40}?)\s+)?(?:was|is|of|stood at)\s+$/i;
/** "beat Kok by", "finished ahead of Kok by": the other side is named between the verb and "by". */
const BY_VERB =
  /\b(?<verb>beat|beating|beats|edged|edging|pipped|pipping|defeated|outpaced|ahead of|behind|lost to|trailed|trailing|won|wins|winning|lost|losing|missed(?: out on)?(?: gold| the gold)?)\s+(?<other>[^,;:()]{0,60}?)\s*by\s+$/i;
const RANK_REFERENCE =
  /^\s*(?:than|of|behind|on|to)?\s*(?:the\s+)?(?<role>winner|leader|lead|pace|champion|gold medall?ist|victor|runner-up|silver medall?ist|bronze medall?ist)\b/i;
const NAMED_REFERENCE = /^\s*(?:than|of|behind|on|to)\s+/i;

function amountOf(hit: Hit): MarginAmount | null {
  const g: Partial<Record<string, string>> = hit.match.groups ?? {};
  const relation = g.rel ? REL[g.rel.toLowerCase()] : undefined;
  const decimalsOf = (text: string) => text.split('.')[1]?.length ?? 0;
  if (g.half) return { type: 'APPROX', relation: relation ?? 'ABOUT', seconds: 0.5 };
  if (g.one) return { type: 'APPROX', relation: relation ?? 'ABOUT', seconds: 1 };
  if (g.frac) {
    const [seconds, decimals] = UNIT_SECONDS[g.frac.toLowerCase().slice(2)] ?? [0, 0];
    return relation ? { type: 'APPROX', relation, seconds } : { type: 'EXACT', seconds, decimals };
  }
  // A bare "1.64 behind" after a margin that gave its unit.
  if (!g.unit) return g.amount ? { type: 'EXACT', seconds: Number(g.amount), decimals: decimalsOf(g.amount) } : null;
  const countText = g.count ?? '';
  const count = /^\d/.test(countText) ? Number(countText) : cardinalValue(countText);
  if (count === null || !Number.isFinite(count)) return null;
  const scale: [number, number] | undefined = UNIT_SECONDS[g.unit.toLowerCase().replace(/s$/, '')];
  const [seconds, decimals] = scale ? [count * scale[0], scale[1]] : [count, decimalsOf(countText)];
  return relation ? { type: 'APPROX', relation, seconds } : { type: 'EXACT', seconds, decimals };
}

function referenceAfter(view: SentenceView, from: number): Reference {
  const rest = view.text.slice(from, Math.min(view.end, from + 100));
  const role = RANK_REFERENCE.exec(rest);
  const roleWord = role?.groups?.role;
  if (roleWord) {
    const word = roleWord.toLowerCase();
    return { type: 'RANK', rank: word.startsWith('silver') || word === 'runner-up' ? 2 : word.startsWith('bronze') ? 3 : 1 };
  }
  const named = NAMED_REFERENCE.exec(rest);
  if (!named) return { type: 'IMPLICIT' };
  const start = from + named[0].length;
  const stop = /[,;:()—–]/.exec(view.text.slice(start, Math.min(view.end, start + 80)));
  const region: Slot = { start, end: stop ? start + stop.index : Math.min(view.end, start + 80) };
  return { type: 'NAMED', region, winning: /\bwinning\b/i.test(view.text.slice(region.start, region.end)) };
}

export function extractMargins(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const sentence = view.text.slice(view.start, view.end);
  const patterns = /\b(?:seconds?|secs?)\b/i.test(sentence) ? [MARGIN, BARE] : [MARGIN];
  for (const hit of patterns.flatMap((p) => [...hits(p, view)])) {
    const amountSlot = slotOf(hit, 0);
    const { amount: amountText, dir } = hit.match.groups ?? {};
    amountSlot.end = amountSlot.start + amountText.length;
    const before = view.text.slice(Math.max(view.start, amountSlot.start - 90), amountSlot.start);
    const byForm = BY_BEFORE.test(before);
    const noun = dir ? null : MARGIN_NOUN.exec(before);
    if (!dir && !byForm && !noun) continue;
    const amount = amountOf(hit);
    if (!amount || amount.seconds <= 0 || amount.seconds > 600) continue;
    const directionSlot = dir ? namedSlot(hit, 'dir') : null;
    let direction: 'AHEAD' | 'BEHIND' | null = dir ? (AHEAD_WORDS.has(dir.toLowerCase()) ? 'AHEAD' : 'BEHIND') : null;
    // "off the pace" is behind the winner.
    let reference: Reference = !directionSlot
      ? { type: 'IMPLICIT' }
      : /^off the/i.test(dir)
        ? { type: 'RANK', rank: 1 }
        : referenceAfter(view, directionSlot.end);
    if (byForm) {
      const verb = BY_VERB.exec(before);
      if (verb?.groups) {
        const v = verb.groups.verb.toLowerCase();
        direction ??= /^(beat|edg|pip|defeat|outpac|ahead|won|win)/.test(v) ? 'AHEAD' : 'BEHIND';
        const otherStart = amountSlot.start - before.length + verb.index + verb[0].indexOf(verb.groups.other, verb.groups.verb.length);
        if (verb.groups.other.trim() !== '') {
          reference = { type: 'NAMED', region: { start: otherStart, end: otherStart + verb.groups.other.length }, winning: false };
        } else if (/^(won|win)/.test(v)) reference = { type: 'RANK', rank: 2 };
        else if (/gold/.test(v)) reference = { type: 'RANK', rank: 1 };
      }
    }
    if (noun?.groups?.other) {
      const otherStart = amountSlot.start - before.length + noun.index + noun[0].indexOf(noun.groups.other, noun.groups.prep.length);
      reference = { type: 'NAMED', region: { start: otherStart, end: otherStart + noun.groups.other.length }, winning: false };
      direction = /over|ahead/i.test(noun.groups.prep) ? 'AHEAD' : /behind/i.test(noun.groups.prep) ? 'BEHIND' : null;
    }
    const end = directionSlot ? directionSlot.end : amountSlot.end;
    out.push({
      kind: 'MARGIN',
      start: amountSlot.start,
      end,
      anchor: amountSlot.start,
      subject: { mode: 'AUTO' },
      value: { kind: 'MARGIN', amount, amountSlot, direction, directionSlot, reference },
    });
  }
  for (const hit of hits(PLUS, view)) {
    const slot = namedSlot(hit, 'plus');
    const text = group(hit, 'plus') ?? '';
    const decimals = text.split('.')[1]?.length ?? 0;
    out.push({
      kind: 'MARGIN',
      ...slot,
      anchor: slot.start,
      subject: { mode: 'BEFORE', at: slotOf(hit, 0).start },
      value: {
        kind: 'MARGIN',
        amount: { type: 'EXACT', seconds: Number(text.slice(1)), decimals },
        amountSlot: { start: slot.start + 1, end: slot.end },
        direction: 'BEHIND',
        directionSlot: null,
        reference: { type: 'RANK', rank: 1 },
      },
    });
  }
  return out;
}
