/** Medals: "won gold", "took silver", "won bronze in 1:13.95", "silver medallist Kok", "Kok, the silver medallist,". */
import type { ClaimCandidate, SentenceView, Slot } from '../../language.js';
import { group, hits, namedSlot, occurrenceAfter, occurrenceBefore, slotOf } from './shared.js';
import { MEDALS } from './words.js';

const VERB = String.raw`(?:won|win|wins|winning|took|take|takes|taking|taken|claimed|claim|claims|claiming|grabbed|grabs|earned|earns|collected|collects|secured|secures|picked up|picks up|settled for|settle for|settles for|added|adds|bagged|clinched|landed|captured|scooped|snatched|pocketed)`;
// Up to three words between verb and medal: "took the Olympic gold", "won her first Olympic bronze", "take 1000m gold".
const WON_MEDAL = new RegExp(String.raw`\b${VERB}\s+(?:[\w'’-]+\s+){0,3}?(?<medal>gold|silver|bronze)\b(?![-\s]medall?ists?)`, 'gi');
const MEDALLIST_BEFORE_NAME = /\b(?<medal>gold|silver|bronze)[-\s]medall?ist\s+/gi;
const MEDALLIST_AFTER_NAME = /,\s+(?:the\s+)?(?<medal>gold|silver|bronze)[-\s]medall?ist\b/gi;
const WENT_TO = /\b(?<medal>gold|silver|bronze)(?:\s+medal)?\s+went\s+to\s+/gi;
/** "clocked 1:13.59 for bronze", "good enough for silver". */
const FOR_MEDAL =
  /(?:\d:\d{2}\.\d{1,3}|\bgood enough|\benough)\s+(?:for|to take|to win)\s+(?:the\s+)?(?:olympic\s+)?(?<medal>gold|silver|bronze)\b/gi;
/** "Kok was the silver medallist", "Takagi the bronze medallist". */
const THE_MEDALLIST = /^\s+(?:(?:was|is|became|finished as)\s+)?(?:the\s+)?(?<medal>gold|silver|bronze)[-\s]medall?ist\b/i;
/** "won silver in 2022 and gold in 2026": the second medal of one verb. */
const AND_MEDAL = /^(?:\s+[^,;.]{0,30}?)?\s+and\s+(?<medal>gold|silver|bronze)\b(?![-\s]medall?ist)/i;
const POSSESSIVE = /['’]s\s+(?:(?:olympic|world)\s+)?(?<medal>gold|silver|bronze)\b(?![-\s]medall?ist)/gi;

/** Between a verb and its medal only these words may stand, else "won the race and gold fever…" would count. */
const FILLER =
  /^(?:\s*(?:a|an|the|her|his|their|its|first|second|third|maiden|another|olympic|world|european|individual|team|women['’]s|men['’]s|\d+\s?m|\d+m|\d{4}|[\w-]+th|[\w-]+nd|[\w-]+st|[\w-]+rd))*\s*$/i;

function medal(word: string) {
  return MEDALS[word.toLowerCase()];
}

function candidate(slot: Slot, phrase: Slot, anchor: number, subject: ClaimCandidate['subject'], word: string): ClaimCandidate {
  return { kind: 'MEDAL', ...slot, anchor, subject, value: { kind: 'MEDAL', medal: medal(word), slot, phrase } };
}

export function extractMedals(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const hit of hits(WON_MEDAL, view)) {
    const slot = namedSlot(hit, 'medal');
    const whole = slotOf(hit, 0);
    const verbEnd = whole.start + (/^\S+(?:\s+(?:up|for))?/.exec(hit.match[0])?.[0].length ?? 0);
    if (!FILLER.test(view.text.slice(verbEnd, slot.start))) continue;
    out.push(candidate(slot, { start: whole.start, end: slot.end }, whole.start, { mode: 'AUTO' }, group(hit, 'medal') ?? ''));
    const more = AND_MEDAL.exec(view.text.slice(slot.end, view.end));
    if (more?.groups) {
      const start = slot.end + more[0].lastIndexOf(more.groups.medal);
      const second = { start, end: start + more.groups.medal.length };
      out.push(candidate(second, second, whole.start, { mode: 'AUTO' }, more.groups.medal));
    }
  }
  for (const hit of hits(FOR_MEDAL, view)) {
    const slot = namedSlot(hit, 'medal');
    out.push(candidate(slot, slot, slotOf(hit, 0).start, { mode: 'AUTO' }, group(hit, 'medal') ?? ''));
  }
  for (const o of view.occurrences) {
    if (o.via === 'PRONOUN' || o.entityId === null) continue;
    const m = THE_MEDALLIST.exec(view.text.slice(o.end, Math.min(view.end, o.end + 50)));
    if (!m?.groups) continue;
    const start = o.end + m[0].lastIndexOf(m.groups.medal);
    const slot = { start, end: start + m.groups.medal.length };
    out.push(candidate(slot, slot, slot.start, { mode: 'BEFORE', at: o.end }, m.groups.medal));
  }
  for (const hit of hits(MEDALLIST_BEFORE_NAME, view)) {
    const slot = namedSlot(hit, 'medal');
    const whole = slotOf(hit, 0);
    if (!occurrenceAfter(view, whole.end, /^$/)) continue;
    out.push(candidate(slot, slot, slot.start, { mode: 'AFTER', at: whole.end }, group(hit, 'medal') ?? ''));
  }
  for (const hit of hits(MEDALLIST_AFTER_NAME, view)) {
    const slot = namedSlot(hit, 'medal');
    const whole = slotOf(hit, 0);
    if (!occurrenceBefore(view, whole.start, /^$/)) continue;
    out.push(candidate(slot, slot, slot.start, { mode: 'BEFORE', at: whole.start }, group(hit, 'medal') ?? ''));
  }
  for (const hit of hits(WENT_TO, view)) {
    const slot = namedSlot(hit, 'medal');
    const whole = slotOf(hit, 0);
    if (!occurrenceAfter(view, whole.end, /^$/)) continue;
    out.push(candidate(slot, slot, slot.start, { mode: 'AFTER', at: whole.end }, group(hit, 'medal') ?? ''));
  }
  for (const hit of hits(POSSESSIVE, view)) {
    const slot = namedSlot(hit, 'medal');
    const whole = slotOf(hit, 0);
    if (out.some((c) => c.start === slot.start) || !occurrenceBefore(view, whole.start, /^$/)) continue;
    out.push(candidate(slot, slot, slot.start, { mode: 'BEFORE', at: whole.start }, group(hit, 'medal') ?? ''));
  }
  return out;
}
