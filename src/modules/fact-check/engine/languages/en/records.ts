/** Records: "a new Olympic record", "a world record", "a personal best", "the world record holder". */
import type { ClaimCandidate, RecordScope, SentenceView } from '../../language.js';
import { hits, namedSlot, slotOf } from './shared.js';

const RECORD =
  /\b(?<scope>(?:junior\s+)?world|olympic|games|european|asian|african|continental|national|track|rink|venue|personal|season['’]?s?)\s+(?<noun>record|best)(?<holder>[-\s]holder)?\b|\b(?<abbr>PB|SB)\b/gi;

const SCOPES: Readonly<Partial<Record<string, RecordScope>>> = {
  world: 'WORLD',
  olympic: 'OLYMPIC',
  games: 'OLYMPIC',
  european: 'CONTINENTAL',
  asian: 'CONTINENTAL',
  african: 'CONTINENTAL',
  continental: 'CONTINENTAL',
  national: 'NATIONAL',
  track: 'VENUE',
  rink: 'VENUE',
  venue: 'VENUE',
  personal: 'PERSONAL',
  season: 'SEASON',
  pb: 'PERSONAL',
  sb: 'SEASON',
};

/** A record named but not claimed: "outside the world record", "the former world record holder", "chasing the Olympic record". */
const NOT_CLAIMED =
  /\b(?:former|old|previous|ex-|outside|short of|shy of|off|missed|miss|missing|chasing|chased|chase|threatened|threaten|approach(?:ed|ing)?|under|below|beneath|than|near|close to|eyeing|targeting|no)\s+(?:(?:the|a|her|his|their|its|own|an)\s+)*$/i;

export function extractRecords(view: SentenceView): ClaimCandidate[] {
  const out: ClaimCandidate[] = [];
  for (const hit of hits(RECORD, view)) {
    const span = slotOf(hit, 0);
    const g: Partial<Record<string, string>> = hit.match.groups ?? {};
    const before = view.text.slice(Math.max(view.start, span.start - 40), span.start);
    if (NOT_CLAIMED.test(before)) continue;
    const word = (g.abbr ?? g.scope ?? '')
      .toLowerCase()
      .replace(/['’]?s$/, (s) => (g.abbr ? s : ''))
      .replace(/\s+/g, ' ');
    const junior = word.startsWith('junior');
    const scope: RecordScope | undefined = junior ? 'JUNIOR' : SCOPES[word.replace(/^season.*/, 'season')];
    if (!scope) continue;
    // "personal record" is a personal best; "season best" is a season's best.
    // "holds the world record" says the same as "the world record holder".
    const holder = Boolean(g.holder) || /\b(?:holds|holding|hold)\s+the\s+$/i.test(before);
    if (holder && (scope === 'PERSONAL' || scope === 'SEASON')) continue;
    if (g.noun?.toLowerCase() === 'best' && !['PERSONAL', 'SEASON', 'WORLD', 'OLYMPIC'].includes(scope)) continue;
    const end = g.holder ? namedSlot(hit, 'holder').end : span.end;
    out.push({
      kind: 'RECORD',
      start: span.start,
      end,
      anchor: span.start,
      subject: { mode: 'AUTO' },
      value: { kind: 'RECORD', scope, holder },
    });
  }
  return out;
}
