/** Counts from the data: "her second Olympic medal", "his first world title", "a hat-trick", "scored twice", "two goals". */
import type { ClaimCandidate, CountClaim, SentenceView } from '../../language.js';
import { group, hits, namedSlot, occurrenceBefore, slotOf } from './shared.js';
import { CARDINAL, MEDALS, ORDINAL, cardinalValue, ordinalValue } from './words.js';

const NTH_MEDAL = new RegExp(
  String.raw`\b(?<ord>${ORDINAL})\s+(?:(?<kind>olympic|world|world championships?|games|career|individual)\s+)?(?:(?<colour>gold|silver|bronze)\s+)?(?<noun>medals?|titles?|golds?|silvers?|bronzes?|podiums?)\b`,
  'gi',
);
const HAT_TRICK = /\b(?:a\s+|his\s+|her\s+|their\s+)?(?<what>hat-?trick|brace)\b/gi;
const SCORED_TIMES =
  /\b(?:scor(?:ed|ing|es)|struck|strikes|netted|nets|found the net)\s+(?<times>once|twice|three times|four times|five times)\b/gi;
const N_GOALS = new RegExp(String.raw`\b(?<n>${CARDINAL})\s+goals?\b`, 'gi');
const NTH_GOAL = new RegExp(String.raw`(?:\b(?:his|her|their)|['’]s)\s+(?<ord>${ORDINAL})\s+goal\b`, 'gi');

/** Part of a match a count can be limited to, by the goals' minutes. */
const WINDOW =
  /^[^,;.]{0,30}?\bin\s+the\s+(?<part>first half|second half|opening half|extra time|first period|second period)\b|^[^,;.]{0,30}?\bin\s+(?<et>extra[- ]time)\b/i;
const WINDOWS: Readonly<Record<string, [number, number]>> = {
  'first half': [0, 45],
  'opening half': [0, 45],
  'first period': [0, 45],
  'second half': [46, 90],
  'second period': [46, 90],
  'extra time': [91, 130],
};

function windowAfter(view: SentenceView, end: number): [number, number] | undefined {
  const g = WINDOW.exec(view.text.slice(end, view.end))?.groups;
  const part = (g?.part ?? (g?.et ? 'extra time' : '')).toLowerCase().replace('-', ' ');
  return WINDOWS[part];
}

const KINDS: Readonly<Record<string, string>> = {
  olympic: 'OLYMPIC_GAMES',
  games: 'OLYMPIC_GAMES',
  world: 'WORLD_CHAMPIONSHIPS',
  'world championship': 'WORLD_CHAMPIONSHIPS',
  'world championships': 'WORLD_CHAMPIONSHIPS',
};
const TIMES: Readonly<Record<string, number>> = { once: 1, twice: 2, 'three times': 3, 'four times': 4, 'five times': 5 };

function count(view: SentenceView, start: number, end: number, c: CountClaim, subjectAt: number | null): ClaimCandidate {
  return {
    kind: 'COUNT',
    start,
    end,
    anchor: start,
    subject: subjectAt === null ? { mode: 'AUTO' } : { mode: 'BEFORE', at: subjectAt },
    value: { kind: 'COUNT', count: c },
  };
}

export function extractCounts(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const hit of hits(NTH_MEDAL, view)) {
    const g: Partial<Record<string, string>> = hit.match.groups ?? {};
    const ord = namedSlot(hit, 'ord');
    const ordWord = g.ord ?? '';
    const n = ordinalValue(ordWord);
    if (n === null || n > 50) continue;
    const noun = (g.noun ?? '').toLowerCase().replace(/s$/, '');
    const colourWord = g.colour?.toLowerCase() ?? (noun === 'title' ? 'gold' : Object.hasOwn(MEDALS, noun) ? noun : null);
    const span = slotOf(hit, 0);
    // "her second Olympic medal": the pronoun or name right before is whose medal it is.
    const possessor = occurrenceBefore(view, ord.start, /^(?:['’]s)?\s+(?:(?:first|only)\s+)?$/) ?? null;
    const kindWord = g.kind?.toLowerCase();
    out.push(
      count(
        view,
        span.start,
        span.end,
        {
          type: 'MEDAL',
          ordinal: n,
          slot: ord,
          digits: /^\d/.test(ordWord),
          medal: colourWord ? MEDALS[colourWord] : null,
          competitionKind: kindWord ? (KINDS[kindWord] ?? null) : null,
        },
        possessor ? ord.start : null,
      ),
    );
  }
  for (const hit of hits(HAT_TRICK, view)) {
    const span = slotOf(hit, 0);
    const brace = group(hit, 'what')?.toLowerCase() === 'brace';
    out.push(
      count(
        view,
        span.start,
        span.end,
        {
          type: 'GOALS',
          goals: brace ? 2 : 3,
          atLeast: !brace,
          style: brace ? 'brace' : 'hat-trick',
          minutes: windowAfter(view, span.end),
        },
        null,
      ),
    );
  }
  for (const hit of hits(SCORED_TIMES, view)) {
    const times = namedSlot(hit, 'times');
    const n = TIMES[(group(hit, 'times') ?? '').toLowerCase()];
    out.push(
      count(
        view,
        times.start,
        times.end,
        { type: 'GOALS', goals: n, atLeast: false, style: 'times', minutes: windowAfter(view, times.end) },
        null,
      ),
    );
  }
  for (const hit of hits(N_GOALS, view)) {
    const span = slotOf(hit, 0);
    const n = cardinalValue(group(hit, 'n') ?? '');
    // Only a player's own goals: "scored two goals", "his two goals"; "a two-goal lead" and "two goals in ten minutes" by a team are not.
    const before = view.text.slice(Math.max(view.start, span.start - 30), span.start);
    if (n === null || n < 1 || n > 10 || !/\b(?:scored|scoring|scores|netted|nets|his|her|with)\s+$/i.test(before)) continue;
    out.push(
      count(
        view,
        span.start,
        span.end,
        { type: 'GOALS', goals: n, atLeast: false, style: 'goals', minutes: windowAfter(view, span.end) },
        null,
      ),
    );
  }
  for (const hit of hits(NTH_GOAL, view)) {
    const ord = namedSlot(hit, 'ord');
    // "Ødegård's second goal" is his; "his side's second goal" is the team's.
    const whole = slotOf(hit, 0);
    if (/^['’]/.test(hit.match[0]) && !occurrenceBefore(view, whole.start, /^$/)) continue;
    const n = ordinalValue(group(hit, 'ord') ?? '');
    if (n === null || n > 10) continue;
    const span = slotOf(hit, 0);
    out.push(count(view, ord.start, span.end, { type: 'GOALS', goals: n, atLeast: true, style: 'ordinal' }, ord.start));
  }
  return out;
}
