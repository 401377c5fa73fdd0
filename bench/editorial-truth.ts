// The editorial-truth rows: the fact check's engine on a 1,000-word story and its labelled
// evaluation set; mention suggestions against 100,000 people and theirs (mention-suggestions.ts).
import { checkProse } from '../src/modules/fact-check/engine/check-prose.js';
import type { ProseParagraph } from '../src/modules/fact-check/engine/claims.js';
import { evaluate } from '../src/modules/fact-check/engine/evaluate.js';
import { demoParagraphs } from '../test/fixtures/fact-check/demo-paragraphs.js';
import { demoSheet } from '../test/fixtures/fact-check/demo-sheet.js';
import { EVAL_SET } from '../test/fixtures/fact-check/eval-set.js';
import { percentile } from './load.js';
import { measureMentionSuggestions, mentionOptionsFromEnv } from './mention-suggestions.js';
import { fixed, type Row } from './report.js';

const RUNS = 200;
const WARMUP = 10;
const STORY_WORDS = 1_000;
/** The bars for CONTRADICTED on the labelled set. */
const BARS = { precision: 0.95, recall: 0.85 };

/** The demo story's paragraphs, repeated until the story has `words` words (each a paragraph of its own). */
function storyOf(words: number): ProseParagraph[] {
  const demo = demoParagraphs();
  const story: ProseParagraph[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const paragraph = demo[i % demo.length];
    story.push({ ...paragraph, blockIndex: i });
    count += paragraph.text.split(/\s+/).length;
  }
  return story;
}

function factCheckRows(): { rows: Row[]; notes: string[] } {
  const sheet = demoSheet();
  const story = storyOf(STORY_WORDS);
  const words = story.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  for (let i = 0; i < WARMUP; i++) checkProse(story, sheet, 'en');
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    claims = checkProse(story, sheet, 'en').length;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const report = evaluate(EVAL_SET);
  const { precision, recall, truePositive, falsePositive, falseNegative } = report.contradicted;
  const kinds = Object.entries(report.byKind)
    .map(([kind, c]) => `${kind} ${c.verdictCorrect}/${c.expected}`)
    .join(', ');
  const sports = Object.entries(report.bySport)
    .map(([sport, s]) => `${sport} ${s.cases} cases`)
    .join(', ');
  return {
    rows: [
      {
        operation: `fact check: a ${words}-word story against the demo race's data (engine, in process)`,
        reqPerS: 1000 / mean,
        p50Ms: percentile(times, 0.5),
        p95Ms: percentile(times, 0.95),
        p99Ms: percentile(times, 0.99),
        ratio: null,
        typedRatio: null,
        sqlPerRequest: 0,
      },
    ],
    notes: [
      `Fact check: the demo story's paragraphs repeated to ${words} words (${claims} claims found), ${RUNS} checks one at a time after ${WARMUP} unmeasured; the engine alone, the story's data already read (in the API a save reads it in at most 7 statements).`,
      `Fact check, labelled evaluation set (test/fixtures/fact-check: ${report.cases} cases, ${report.sentences} sentences, ${report.expectedClaims} labelled claims; ${sports}): CONTRADICTED precision ${fixed(precision, 3)} and recall ${fixed(recall, 3)} (bars ${BARS.precision} and ${BARS.recall}; ${truePositive} found, ${falsePositive} false, ${falseNegative} missed); verdicts right ${fixed(report.verdictAccuracy, 3)}, corrections word for word ${fixed(report.correctionAccuracy, 3)}; by kind (verdicts right / labelled): ${kinds}.`,
    ],
  };
}

/** Both features' rows; mention suggestions add people (up to 100,000) and one story to `databaseUrl`. */
export async function measureEditorialTruth(
  databaseUrl: string,
  log: (message: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  log('fact check: the engine on a 1,000-word story, and the labelled evaluation set');
  const facts = factCheckRows();
  const mentions = await measureMentionSuggestions(databaseUrl, mentionOptionsFromEnv(process.env), log);
  return { rows: [...facts.rows, ...mentions.rows], notes: [...facts.notes, ...mentions.notes] };
}
