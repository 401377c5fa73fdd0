/** Score lines and decisions: "3–3", "won 2-1", "4–2 on penalties", "after extra time", "in normal time". */
import type { ClaimCandidate, Decision, SentenceView } from '../../language.js';
import { hits, namedSlot, slotOf } from './shared.js';

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
const SCORE = new RegExp(
  String.raw`(?<![\d.:/\-–—+])(?<a>\d{1,2})\s?(?<sep>[-–—])\s?(?<b>\d{1,2})(?!\.\d|[\d:/\-–—]|\s*(?:${MONTH}|m\b|km\b|metres|meters|kg\b|years?\b|seasons?\b|am\b|pm\b|%))`,
  'gi',
);
/** A sentence with a score line in it says so with one of these words. */
const SCORE_CONTEXT =
  /\b(?:drew|draws?|drawn|won|wins?|winning|beat|beaten|beating|led|lead|level|half-?time|lost|losing|loss|defeat(?:ed|s)?|victory|victories|ended|finished|scoreline|score|thriller|penalties|pens|shoot-?out|triumph(?:ed)?|scored|came back|comeback)\b/i;
/** Scores on the way ("led 2-0", "2-1 up at half-time") are not the result the data holds. */
const INTERIM_BEFORE =
  /\b(?:led|leading|lead|trailing|trailed|half-?time|at the break|at the interval|went|going|aggregate|first leg|second leg|levell?ed|levelling|equali[sz]ed|equali[sz]ing|made it|make it|making it|put|putting|pulled|reduced|restored)\s+(?:\w+\s+){0,2}$/i;
const INTERIM_AFTER =
  /^\s*(?:up|down|lead|ahead|behind|at (?:half-?time|the break|the interval)|on aggregate|in the first leg|in the second leg|with \d+ minutes)/i;
/** The score at a point of the match the goals' minutes can tell. */
const AT_MINUTE =
  /^[^,;.]{0,40}?\b(?:(?<ht>at (?:half-?time|the break|the interval))|(?<ft>after 90 minutes|at the end of normal time|after normal time))\b/i;
const SHOOTOUT_AFTER =
  /^\s*(?:(?:on|in|via|after)\s+(?:a\s+)?(?:penalties|pens|spot[- ]kicks|(?:the\s+)?(?:penalty\s+)?shoot-?out)|(?:penalty\s+)?shoot-?out\b|penalties\s+(?:win|victory|defeat|loss))\b/i;
/** "won the shoot-out 4-2", "a 4-2 shoot-out" is after. */
const SHOOTOUT_BEFORE = /\b(?:shoot-?out|penalties|spot[- ]kicks)(?:\s+(?:win|victory|defeat|loss))?\s+(?:by\s+)?$/i;

const DECISION =
  /\b(?<et>(?:after|in|to|into|went to|needed|required)\s+extra[- ]time)\b|(?<aet>\(?\ba\.?e\.?t\b\.?\)?)|\b(?<pens>(?:on|via|after|in|needed|need|needing|went to|go to|going to|required)\s+(?:a\s+)?(?:penalties|pens|spot[- ]kicks|(?:the\s+)?(?:penalty\s+)?shoot-?out))\b|\b(?<reg>(?:in|inside|within)\s+(?:normal|regulation)\s+time|inside\s+(?:the\s+)?90\s+minutes)\b/gi;
/** "won after extra time" says the win came in extra time; "3-3 after extra time" says only that extra time was played. */
const WON_BEFORE = /\b(?:won|win|wins|winning|winner|victory|triumph(?:ed)?|beat|beaten|beating|prevailed|edged)\b[^,;]{0,40}$/i;

export function extractScores(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  const sentence = view.text.slice(view.start, view.end);
  if (SCORE_CONTEXT.test(sentence)) {
    for (const hit of hits(SCORE, view)) {
      const span = slotOf(hit, 0);
      const { a, b, sep } = hit.match.groups ?? {};
      const before = view.text.slice(Math.max(view.start, span.start - 40), span.start);
      const after = view.text.slice(span.end, Math.min(view.end, span.end + 40));
      const minute = AT_MINUTE.exec(after)?.groups;
      const atMinute = minute ? (minute.ht ? 45 : 90) : null;
      if (atMinute === null && (INTERIM_BEFORE.test(before) || INTERIM_AFTER.test(after))) continue;
      const shootout = atMinute === null && (SHOOTOUT_AFTER.test(after) || SHOOTOUT_BEFORE.test(before));
      out.push({
        kind: 'SCORE',
        ...span,
        anchor: span.start,
        subject: { mode: 'AUTO' },
        value: { kind: 'SCORE', a: Number(a), b: Number(b), shootout, separator: sep, atMinute },
      });
    }
  }
  for (const hit of hits(DECISION, view)) {
    const g: Partial<Record<string, string>> = hit.match.groups ?? {};
    const decision: Decision = g.et || g.aet ? 'EXTRA_TIME' : g.pens ? 'PENALTIES' : 'REGULATION';
    const name = g.et ? 'et' : g.aet ? 'aet' : g.pens ? 'pens' : 'reg';
    const span = namedSlot(hit, name);
    const before = view.text.slice(Math.max(view.start, span.start - 60), span.start);
    out.push({
      kind: 'DECISION',
      ...span,
      anchor: span.start,
      subject: { mode: 'AUTO' },
      value: { kind: 'DECISION', decision, strict: WON_BEFORE.test(before) },
    });
  }
  return out;
}
