/** Times and marks: "1:12.31", "2:05:42", "in 37.85 seconds". */
import type { ClaimCandidate, SentenceView } from '../../language.js';
import { hits, slotOf } from './shared.js';

// h:mm:ss(.f), m:ss.f, or s.ff. A clock time without decimals ("20:45") is never a race time here.
const TIME = /(?<![\d:.,+\-–])(\d{1,2}:\d{2}:\d{2}(?:\.\d{1,3})?|\d{1,2}:\d{2}\.\d{1,3}|\d{1,3}\.\d{2,3})(?![\d:]|\.\d)/g;

/** Before a bare "37.85", only these make it a time rather than a margin or any other decimal. */
const CUE_BEFORE =
  /(?:\b(?:in|clocked|clocking|clocks|timed|time of|times of|posted|posting|posts|recorded|recording|stopped the clock (?:at|in)|on|a|an|her|his|their)\s+|['’]s\s+|\(\s*)$/i;
/** After a number, these make it a margin ("0.28 seconds faster"), not a time. */
const MARGIN_AFTER =
  /^\s*(?:s\b|secs?\b|seconds?\b)?\s*(?:faster|quicker|slower|behind|ahead|clear|adrift|back|off|down|up|better|worse|outside|inside|short|in front|of a second|margin)/i;
const MARGIN_BEFORE = /(?:\bby|\+|-|−|\bmargin of|\bgap of|\bwithin)\s*$/i;

export function extractTimes(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const hit of hits(TIME, view)) {
    const slot = slotOf(hit, 1);
    const text = hit.match[1];
    const before = view.text.slice(Math.max(view.start, slot.start - 40), slot.start);
    const after = view.text.slice(slot.end, Math.min(view.end, slot.end + 40));
    if (MARGIN_AFTER.test(after) || MARGIN_BEFORE.test(before)) continue;
    if (!text.includes(':') && !CUE_BEFORE.test(before)) continue;
    out.push({ kind: 'TIME', ...slot, anchor: slot.start, subject: { mode: 'AUTO' }, value: { kind: 'TIME', text } });
  }
  return out;
}
