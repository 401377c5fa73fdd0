/**
 * Measures the fact check against a labelled set: precision and recall of CONTRADICTED (the
 * verdict that blocks publishing, so precision matters most), verdict accuracy over all labelled
 * claims, and counts per claim kind. Pure: the caller passes the set (test/fixtures/fact-check).
 */
import { CLAIM_KINDS, type ClaimKind, type FactClaim, type ProseParagraph, type Verdict } from './claims.js';
import { checkProse } from './check-prose.js';
import type { FactSheet } from './fact-sheet.js';

export interface ExpectedClaim {
  kind: ClaimKind;
  /** The claim's words as they stand in the text; a predicted claim of the same kind overlapping them matches. */
  span: string;
  /** Which occurrence of `span` in the text, from 0, when it occurs more than once. */
  occurrence?: number;
  verdict: Verdict;
  /** For CONTRADICTED: the expected correction, when the label pins one. */
  correction?: string;
}

export interface EvalCase {
  id: string;
  sport: string;
  /** Key of the case's fact sheet in the set's sheets. */
  sheet: string;
  /** The paragraph; the labelled sentence, sometimes after one sentence of context. */
  text: string;
  /** Marked mentions, by phrase (first occurrence), like the desk's links in a paragraph. */
  mentions?: { phrase: string; targetId: string }[];
  /** Every claim a reader would check in it; an empty list says the numbers in it are no claims. */
  expected: ExpectedClaim[];
  /** Why the case is hard, for the reader of a failure. */
  note?: string;
}

export interface EvalSet {
  language: string;
  sheets: Readonly<Record<string, FactSheet>>;
  cases: readonly EvalCase[];
}

export interface KindCounts {
  expected: number;
  found: number;
  verdictCorrect: number;
  contradictedExpected: number;
  contradictedTruePositive: number;
  contradictedFalsePositive: number;
}

export interface EvalMiss {
  caseId: string;
  kind: ClaimKind;
  span: string;
  expected: Verdict | 'NO_CLAIM';
  got: Verdict | 'NOT_FOUND';
  correction?: { expected: string; got: string | null };
}

export interface EvalReport {
  cases: number;
  sentences: number;
  expectedClaims: number;
  contradicted: { truePositive: number; falsePositive: number; falseNegative: number; precision: number; recall: number };
  /** Labelled claims found with the labelled verdict, over all labelled claims. */
  verdictAccuracy: number;
  /** Labelled corrections the engine gave word for word, over those labelled. */
  correctionAccuracy: number;
  /** Claims the engine reported that no label covers, by verdict (only CONTRADICTED ones cost precision). */
  unlabelled: Record<Verdict, number>;
  byKind: Record<ClaimKind, KindCounts>;
  bySport: Record<string, { cases: number; expected: number; verdictCorrect: number }>;
  misses: EvalMiss[];
  milliseconds: number;
}

function paragraphOf(c: EvalCase): ProseParagraph {
  const mentions = (c.mentions ?? []).flatMap(({ phrase, targetId }) => {
    const start = c.text.indexOf(phrase);
    return start < 0 ? [] : [{ start, end: start + phrase.length, targetId }];
  });
  return { blockIndex: 0, text: c.text, mentions };
}

function locate(text: string, e: ExpectedClaim): { start: number; end: number } | null {
  let from = -1;
  for (let i = 0; i <= (e.occurrence ?? 0); i += 1) {
    from = text.indexOf(e.span, from + 1);
    if (from < 0) return null;
  }
  return { start: from, end: from + e.span.length };
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(set: EvalSet): EvalReport {
  const started = performance.now();
  const byKind = Object.fromEntries(
    CLAIM_KINDS.map((k) => [
      k,
      { expected: 0, found: 0, verdictCorrect: 0, contradictedExpected: 0, contradictedTruePositive: 0, contradictedFalsePositive: 0 },
    ]),
  ) as Record<ClaimKind, KindCounts>;
  const bySport: EvalReport['bySport'] = {};
  const unlabelled: Record<Verdict, number> = { CONFIRMED: 0, CONTRADICTED: 0, UNVERIFIABLE: 0 };
  const misses: EvalMiss[] = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let expectedClaims = 0;
  let verdictCorrect = 0;
  let corrections = 0;
  let correctionsRight = 0;
  let sentences = 0;

  for (const c of set.cases) {
    if (!Object.hasOwn(set.sheets, c.sheet)) throw new Error(`evaluation case ${c.id}: no sheet "${c.sheet}"`);
    const sheet = set.sheets[c.sheet];
    sentences += [...SENTENCES.segment(c.text)].length;
    const predicted = checkProse([paragraphOf(c)], sheet, set.language);
    const used = new Set<FactClaim>();
    const sport = (bySport[c.sport] ??= { cases: 0, expected: 0, verdictCorrect: 0 });
    sport.cases += 1;
    for (const e of c.expected) {
      const where = locate(c.text, e);
      if (!where) throw new Error(`evaluation case ${c.id}: "${e.span}" is not in its text`);
      expectedClaims += 1;
      sport.expected += 1;
      const counts = byKind[e.kind];
      counts.expected += 1;
      if (e.verdict === 'CONTRADICTED') counts.contradictedExpected += 1;
      const match = predicted.find((p) => !used.has(p) && p.kind === e.kind && p.start < where.end && where.start < p.end);
      if (match) {
        used.add(match);
        counts.found += 1;
      }
      const got = match?.verdict ?? 'NOT_FOUND';
      if (got === e.verdict) {
        verdictCorrect += 1;
        sport.verdictCorrect += 1;
        counts.verdictCorrect += 1;
      }
      if (e.verdict === 'CONTRADICTED' && got === 'CONTRADICTED') {
        tp += 1;
        counts.contradictedTruePositive += 1;
      } else if (e.verdict === 'CONTRADICTED') fn += 1;
      else if (got === 'CONTRADICTED') {
        fp += 1;
        counts.contradictedFalsePositive += 1;
      }
      let correctionMiss: EvalMiss['correction'];
      if (e.correction !== undefined && e.verdict === 'CONTRADICTED') {
        corrections += 1;
        if (match?.correction === e.correction) correctionsRight += 1;
        else correctionMiss = { expected: e.correction, got: match?.correction ?? null };
      }
      if (got !== e.verdict || correctionMiss) {
        misses.push({
          caseId: c.id,
          kind: e.kind,
          span: e.span,
          expected: e.verdict,
          got,
          ...(correctionMiss ? { correction: correctionMiss } : {}),
        });
      }
    }
    for (const p of predicted) {
      if (used.has(p)) continue;
      unlabelled[p.verdict] += 1;
      if (p.verdict === 'CONTRADICTED') {
        fp += 1;
        byKind[p.kind].contradictedFalsePositive += 1;
        misses.push({ caseId: c.id, kind: p.kind, span: p.text, expected: 'NO_CLAIM', got: 'CONTRADICTED' });
      }
    }
  }
  return {
    cases: set.cases.length,
    sentences,
    expectedClaims,
    contradicted: { truePositive: tp, falsePositive: fp, falseNegative: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) },
    verdictAccuracy: ratio(verdictCorrect, expectedClaims),
    correctionAccuracy: ratio(correctionsRight, corrections),
    unlabelled,
    byKind,
    bySport,
    misses,
    milliseconds: performance.now() - started,
  };
}

/** A few lines for a benchmark report. */
export function formatReport(r: EvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const kinds = CLAIM_KINDS.map((k) => {
    const c = r.byKind[k];
    return `${k} ${c.verdictCorrect}/${c.expected} (contradicted ${c.contradictedTruePositive}/${c.contradictedExpected}, false ${c.contradictedFalsePositive})`;
  });
  return [
    `fact check: ${r.cases} labelled cases, ${r.expectedClaims} labelled claims`,
    `CONTRADICTED precision ${pct(r.contradicted.precision)} recall ${pct(r.contradicted.recall)} ` +
      `(tp ${r.contradicted.truePositive}, fp ${r.contradicted.falsePositive}, fn ${r.contradicted.falseNegative})`,
    `verdict accuracy ${pct(r.verdictAccuracy)}, corrections ${pct(r.correctionAccuracy)}, ` +
      `unlabelled claims ${r.unlabelled.CONFIRMED} confirmed / ${r.unlabelled.UNVERIFIABLE} unverifiable / ${r.unlabelled.CONTRADICTED} contradicted`,
    `by kind: ${kinds.join('; ')}`,
    `${r.milliseconds.toFixed(0)} ms`,
  ].join('\n');
}
