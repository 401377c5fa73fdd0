/** Placings: "finished fourth", "placed sixth", "in second place", "with Leerdam second", "won the race", "beat Kok". */
import type { ClaimCandidate, SentenceView, Slot } from '../../language.js';
import { group, hits, namedSlot, occurrenceIn, slotOf } from './shared.js';
import { ORDINAL, ordinalValue } from './words.js';

const PLACE_VERB = String.raw`(?:finished|finishing|finishes|finish|placed|placing|places|came|coming|comes|ended(?: up)?|ending(?: up)?|was|is|were|crossed the line|took|takes|taking|manage|managed|managing|settled for|settle for|settles for)`;
const RANK_AFTER_VERB = new RegExp(
  String.raw`\b${PLACE_VERB}\s+(?:(?:a|an)\s+\w+\s+)?(?:in\s+)?(?<ord>${ORDINAL})(?![\w-])(?<place>\s+place)?`,
  'gi',
);
/** "finished runner-up" is second. */
const RUNNER_UP = new RegExp(String.raw`\b${PLACE_VERB}\s+(?:as\s+)?(?:the\s+)?(?<ord>runner-up)\b`, 'gi');
const IN_PLACE = new RegExp(String.raw`\b(?:in|for|into)\s+(?<ord>${ORDINAL})\s+place\b`, 'gi');
const PLACED_BEFORE_NAME = new RegExp(String.raw`\b(?<ord>${ORDINAL})-plac(?:ed|ing)\s+`, 'gi');
/** "first" and "second" also count and order things; after a placing verb these words say they do. */
const NOT_A_PLACE =
  /^[\s-]*(?:fastest|quickest|best|slowest|half|time|pair|heat|round|leg|lap|run|race|goal|medal|title|gold|silver|bronze|olympic|world|games|successive|straight|consecutive|attempt|period|set|season|day|week|year|%)/i;

const WIN =
  /\b(?<verb>won|win|wins|winning|take|took|takes|taking|taken|claimed|claim|claims|claiming|captured|clinched|secured|retained|defended|lifted|lifts|lift)\s+(?:the|this|that|her|his|their|its)\s+(?:(?:[\w'’-]+\s+){0,3}?(?:\w+-)?(?:title|race|final|crown|event|championship|trophy|cup|match|tie)\b(?!\s+(?:to|into)\s+(?:extra|penalties|a\s+shoot))|(?:(?:women['’]s|men['’]s|mixed)\s+)?[\d,]{3,6}\s?(?:m|km|metres|meters)\b(?!\s+(?:title|race|final|crown|event|championship)))/gi;
const OTHER_TITLE = /\b(?:world|european|continental|national|league)\s+(?:[\w'’-]+\s+)?(?:title|crown|championship|trophy|cup)$/i;
const VICTORY = /\b(?<verb>took|take|claimed|claim|sealed|seal|secured|clinched)\s+(?:the\s+)?victory\b/gi;
const LOSS =
  /\b(?<verb>lost|lose|loses|losing)\s+(?:the|this|that|her|his|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:\w+-)?(?:final|match|tie)\b/gi;
const RESULT_WITH_SCORE =
  /\b(?<verb>won|win|drew|draw|lost|lose)\s+(?<a>\d{1,2})\s?[-–—]\s?(?<b>\d{1,2})\b(?<pens>\s+(?:on|in|via|after)\s+(?:a\s+)?(?:penalties|pens|spot[- ]kicks|(?:the\s+)?(?:penalty\s+)?shoot-?out))?/gi;

const AHEAD =
  /\b(?<verb>beat|beating|beats|(?<!\b(?:was|were|been|being|is|are|be|get|got)\s)beaten(?!\s+by)|edged(?: out)?|edging(?: out)?|pipped|pipping|defeated|defeating|outpaced|outskated|out-skated|held off|holding off|overcame|finished ahead of|came in ahead of|ended ahead of)\s+/gi;
const BEHIND =
  /\b(?<verb>lost to|losing to|finished behind|came in behind|ended behind|(?:was|were|been|being|is|are) beaten(?:\s+[^,;:()]{1,30}?)?\s+by|trailed|trailed home)\s+/gi;

/** A place right after a name: "with Leerdam second", "Takagi third in 1:13.95". */
const RANK_AFTER_NAME = new RegExp(
  String.raw`^\s+(?<ord>${ORDINAL})(?=\s*(?:[,.;:)]|$|(?:and|in|with|on|behind|ahead|after|at|for)\b))`,
  'i',
);

function rankCandidate(view: SentenceView, slot: Slot, span: Slot, anchor: number, subjectAt: number | null): ClaimCandidate | null {
  const word = view.text.slice(slot.start, slot.end);
  const rank = ordinalValue(word);
  if (rank === null || rank > 200) return null;
  if (NOT_A_PLACE.test(view.text.slice(slot.end, Math.min(view.end, slot.end + 15)))) return null;
  return {
    kind: 'PLACING',
    ...span,
    anchor,
    subject: subjectAt === null ? { mode: 'AUTO' } : { mode: 'BEFORE', at: subjectAt },
    value: { kind: 'PLACING', claim: { type: 'RANK', rank, slot, digits: /^\d/.test(word) } },
  };
}

export function extractPlacings(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const push = (c: ClaimCandidate | null) => c && out.push(c);
  for (const hit of hits(RANK_AFTER_VERB, view)) {
    const ord = namedSlot(hit, 'ord');
    const whole = slotOf(hit, 0);
    push(rankCandidate(view, ord, ord, whole.start, null));
  }
  for (const hit of hits(RUNNER_UP, view)) {
    const ord = namedSlot(hit, 'ord');
    out.push({
      kind: 'PLACING',
      ...ord,
      anchor: slotOf(hit, 0).start,
      subject: { mode: 'AUTO' },
      value: { kind: 'PLACING', claim: { type: 'RANK', rank: 2, slot: ord, digits: false } },
    });
  }
  for (const hit of hits(IN_PLACE, view)) {
    const ord = namedSlot(hit, 'ord');
    if (!out.some((c) => c.start === ord.start)) push(rankCandidate(view, ord, ord, slotOf(hit, 0).start, null));
  }
  for (const hit of hits(PLACED_BEFORE_NAME, view)) {
    const ord = namedSlot(hit, 'ord');
    const c = rankCandidate(view, ord, ord, ord.start, null);
    if (c) push({ ...c, subject: { mode: 'AFTER', at: slotOf(hit, 0).end } });
  }
  for (const o of view.occurrences) {
    if (o.via === 'PRONOUN') continue;
    const rest = view.text.slice(o.end, Math.min(view.end, o.end + 40));
    const m = RANK_AFTER_NAME.exec(rest);
    if (!m?.groups) continue;
    const start = o.end + m[0].indexOf(m.groups.ord);
    const ord = { start, end: start + m.groups.ord.length };
    if (!out.some((c) => c.start === ord.start)) push(rankCandidate(view, ord, ord, ord.start, o.end));
  }
  for (const pattern of [WIN, VICTORY]) {
    for (const hit of hits(pattern, view)) {
      const span = slotOf(hit, 0);
      // "won her first world title" is another competition's title: not this race.
      if (OTHER_TITLE.test(hit.match[0])) continue;
      const verb = namedSlot(hit, 'verb');
      const title = /\b(?:title|crown|championship|trophy|cup)$/i.test(hit.match[0]);
      out.push({
        kind: 'PLACING',
        ...span,
        anchor: span.start,
        subject: { mode: 'AUTO' },
        value: { kind: 'PLACING', claim: { type: 'WIN', verb, title } },
      });
    }
  }
  for (const hit of hits(LOSS, view)) {
    const span = slotOf(hit, 0);
    out.push({
      kind: 'PLACING',
      ...span,
      anchor: span.start,
      subject: { mode: 'AUTO' },
      value: { kind: 'PLACING', claim: { type: 'LOSS', verb: namedSlot(hit, 'verb') } },
    });
  }
  for (const hit of hits(RESULT_WITH_SCORE, view)) {
    const verb = namedSlot(hit, 'verb');
    const word = group(hit, 'verb')?.toLowerCase();
    const type = word === 'won' || word === 'win' ? 'WIN' : word === 'drew' || word === 'draw' ? 'DRAW' : 'LOSS';
    const g: Partial<Record<string, string>> = hit.match.groups ?? {};
    const score = { a: Number(g.a), b: Number(g.b), shootout: Boolean(g.pens) };
    out.push({
      kind: 'PLACING',
      ...verb,
      anchor: verb.start,
      subject: { mode: 'AUTO' },
      value: { kind: 'PLACING', claim: { type, verb, score } },
    });
  }
  for (const [pattern, type] of [
    [AHEAD, 'AHEAD_OF'],
    [BEHIND, 'BEHIND'],
  ] as const) {
    for (const hit of hits(pattern, view)) {
      const whole = slotOf(hit, 0);
      // The other side is the first name within a few words: "beat Dutch teammate Femke Kok".
      const region = { start: whole.end, end: Math.min(view.end, whole.end + 40) };
      const between = (o: { start: number }) => view.text.slice(whole.end, o.start);
      const other = occurrenceIn(view, region);
      if (!other || /[,;:()]/.test(between(other)) || other.via === 'PRONOUN') continue;
      out.push({
        kind: 'PLACING',
        start: whole.start,
        end: other.end,
        anchor: whole.start,
        subject: { mode: 'AUTO' },
        value: { kind: 'PLACING', claim: { type, region: { start: other.start, end: other.end } } },
      });
    }
  }
  return out;
}
