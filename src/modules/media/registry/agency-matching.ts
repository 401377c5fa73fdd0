import { foldAccents, foldText, MATCHED_TEXT_MAX_LENGTH } from './match-pattern.js';

/** What an agency is recognised by in a file's credit line and source. */
export interface AgencyMatcher {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Case-insensitive regular expressions, checked by `checkMatchPattern` when saved. */
  matchPatterns: readonly string[];
}

interface Hit<A> {
  agency: A;
  index: number;
  length: number;
}

const VIA = /(?<![\p{L}\p{N}])via(?![\p{L}\p{N}])/gu;
const compiled = new Map<string, RegExp | null>();

/**
 * The agency a file's credit line and source name, or null when none does.
 *
 * The credit line is read first and the source only when the credit line names no
 * agency. A name or alias counts when its words appear as a whole sequence of words
 * in the text, ignoring case, accents and punctuation ("Photo by John Doe/Getty
 * Images" names Getty Images, "Gettysburg" does not name Getty). A match pattern is a
 * case-insensitive regular expression tried on the text with accents removed.
 *
 * In "X via Y" the distributor Y delivered the file, so Y is the supplier: the part
 * after the last "via" is searched first, then the whole text — unless the registry has
 * an agency named for the whole "X via Y" form, which is then the one meant. When several
 * agencies appear in the same part, the earliest wins, then the longest match, then
 * registry order.
 */
export function matchAgency<A extends AgencyMatcher>(
  agencies: readonly A[],
  file: { creditLine: string | null; source: string | null },
): A | null {
  for (const text of [file.creditLine, file.source]) {
    if (!text?.trim()) continue;
    const found = matchText(agencies, foldText(text.slice(0, MATCHED_TEXT_MAX_LENGTH)));
    if (found) return found;
  }
  return null;
}

function matchText<A extends AgencyMatcher>(agencies: readonly A[], folded: string): A | null {
  const last = [...folded.matchAll(VIA)].at(-1);
  if (last) {
    const whole = spanning(agencies, folded, last.index);
    if (whole) return whole;
    const distributor = bestHit(agencies, folded.slice(last.index + last[0].length));
    if (distributor) return distributor;
  }
  return bestHit(agencies, folded);
}

/** An agency registered under the whole "X via Y" form ("AFP via Getty Images") is the one meant. */
function spanning<A extends AgencyMatcher>(agencies: readonly A[], text: string, via: number): A | null {
  let best: Hit<A> | null = null;
  for (const agency of agencies) {
    for (const regex of regexesOf(agency)) {
      const match = regex?.exec(text);
      const spans = match && match.index < via && match.index + match[0].length > via;
      if (spans && (!best || match[0].length > best.length)) best = { agency, index: match.index, length: match[0].length };
    }
  }
  return best?.agency ?? null;
}

function bestHit<A extends AgencyMatcher>(agencies: readonly A[], text: string): A | null {
  let best: Hit<A> | null = null;
  for (const agency of agencies) {
    const hit = firstHit(agency, text);
    if (hit && (!best || hit.index < best.index || (hit.index === best.index && hit.length > best.length))) best = hit;
  }
  return best?.agency ?? null;
}

function firstHit<A extends AgencyMatcher>(agency: A, text: string): Hit<A> | null {
  let best: Hit<A> | null = null;
  for (const regex of regexesOf(agency)) {
    const match = regex && regex.exec(text);
    if (match && match[0].length > 0 && (!best || match.index < best.index)) {
      best = { agency, index: match.index, length: match[0].length };
    }
  }
  return best;
}

const regexesOf = (agency: AgencyMatcher) => [
  ...[agency.name, ...agency.aliases].map(nameRegex),
  ...agency.matchPatterns.map(patternRegex),
];

/** "Getty Images" → the words "getty" then "images", separated by anything but letters and digits. */
function nameRegex(name: string): RegExp | null {
  const words = foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  if (!words.length) return null;
  const body = words.map(escapeRegex).join('[^\\p{L}\\p{N}]+');
  return cached(`name:${body}`, () => new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u'));
}

/** Patterns are checked when saved; one that still does not compile (saved before the check) never matches. */
function patternRegex(pattern: string): RegExp | null {
  return cached(`pattern:${pattern}`, () => new RegExp(foldAccents(pattern), 'iu'));
}

function cached(key: string, build: () => RegExp): RegExp | null {
  if (!compiled.has(key)) {
    if (compiled.size > 5000) compiled.clear();
    compiled.set(key, compile(build));
  }
  return compiled.get(key) ?? null;
}

function compile(build: () => RegExp): RegExp | null {
  try {
    return build();
  } catch {
    return null;
  }
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
