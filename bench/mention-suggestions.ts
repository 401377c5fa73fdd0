// The mention suggestion rows: a 1,000-word story against 100,000 people, and the evaluation set.
// `measureMentionSuggestions` is what the benchmark calls; run this file alone
// (node scripts/run-ts.mjs bench/mention-suggestions.ts) to measure on a fresh database.
import { fileURLToPath } from 'node:url';
import { runChild } from './child.js';
import { startBenchDatabase } from './database.js';
import { positiveInt } from './generate.js';
import type { MentionBenchRequest, MentionBenchResult } from './mention-suggestions.child.js';
import type { PrepareRequest } from './prepare-data.js';
import { fixed, mib, type Row } from './report.js';

export interface MentionBenchOptions {
  /** People in the database at least; the missing ones are generated (default 100,000). */
  people: number;
  /** Timed calls (default 200, after 10 unmeasured). */
  runs: number;
  /** Words of the story (default 1,000). */
  words: number;
}

export function mentionOptionsFromEnv(env: NodeJS.ProcessEnv): MentionBenchOptions {
  return {
    people: positiveInt(env.BENCH_MENTION_PEOPLE, 100_000),
    runs: positiveInt(env.BENCH_MENTION_RUNS, 200),
    words: positiveInt(env.BENCH_MENTION_WORDS, 1_000),
  };
}

/** The bar of the issue: the matching of a 1,000-word story against 100,000 people. */
const BAR_MS = 50;

/**
 * Mention suggestions measured in a child process on `databaseUrl` (which it adds people and one
 * story to): the dictionary's build time and retained memory, then `runs` calls of the service
 * (its two statements included) and of the matching alone, one at a time; and the precision and
 * recall on the labelled evaluation set.
 */
export async function measureMentionSuggestions(
  databaseUrl: string,
  options: MentionBenchOptions,
  log: (message: string) => void,
): Promise<{ rows: Row[]; notes: string[]; result: MentionBenchResult }> {
  log(`mention suggestions: ${options.people.toLocaleString('en-US')} people, a ${options.words}-word story, ${options.runs} calls`);
  const result = await runChild<MentionBenchResult>('./mention-suggestions.child.ts', {
    url: databaseUrl,
    ...options,
  } satisfies MentionBenchRequest);
  const people = result.people.toLocaleString('en-US');
  const timed = (operation: string, t: MentionBenchResult['service'], sql: number): Row => ({
    operation,
    reqPerS: 1000 / t.meanMs,
    p50Ms: t.p50Ms,
    p95Ms: t.p95Ms,
    p99Ms: t.p99Ms,
    ratio: null,
    typedRatio: null,
    sqlPerRequest: sql,
  });
  const rows: Row[] = [
    timed(
      `mentionSuggestions: ${result.words}-word story × ${people} people (service, in process)`,
      result.service,
      result.statementsPerCall,
    ),
    timed(`↳ matching alone (no database)`, result.matching, 0),
    {
      operation: `↳ name dictionary build (${people} people, once per process)`,
      reqPerS: Number.NaN,
      p50Ms: result.buildMs,
      p95Ms: result.buildMs,
      p99Ms: result.buildMs,
      ratio: null,
      typedRatio: null,
      sqlPerRequest: 5,
    },
  ];
  const notes = [
    `Mention suggestions: ${people} people (${result.generatedPeople.toLocaleString('en-US')} generated for the row, names mostly distinct), ${result.names.toLocaleString('en-US')} names in ${result.automata} Aho–Corasick automata; the dictionary took ${fixed(result.buildMs, 0)} ms to build (reading the rows alone: ${fixed(result.loadMs, 0)} ms) and keeps ${mib(result.dictionaryBytes)} (heap and external memory, typed arrays included, after a full GC). A ${result.words}-word story naming 40 people (full name, then family name; 5 of them linked) gave ${result.suggestions} suggestions; ${options.runs} calls one at a time after 10 unmeasured: the service call (its ${fixed(result.statementsPerCall, 0)} statements: paragraphs and story context) p50 ${fixed(result.service.p50Ms, 1)} ms, the matching alone p50 ${fixed(result.matching.p50Ms, 1)} ms, p99 ${fixed(result.matching.p99Ms, 1)} ms (the bar: ${BAR_MS} ms).`,
    `Mention suggestions, labelled evaluation set (${result.evaluation.sentences} sentences, ${result.evaluation.expected} mentions, speed skating and football): precision ${fixed(result.evaluation.precision, 3)}, recall ${fixed(result.evaluation.recall, 3)} (the bars: 0.95 and 0.9).`,
  ];
  return { rows, notes, result };
}

async function main(): Promise<void> {
  const log = (message: string) => process.stderr.write(`[mention bench] ${message}\n`);
  const database = await startBenchDatabase(process.env.BENCH_DATABASE_URL);
  try {
    log(`database: ${database.description}; migrating and seeding reference data`);
    await runChild('./prepare-data.ts', {
      url: database.url,
      size: { events: 0, eventsPerCompetition: 1, resultsPerUnit: 1, people: 0, stories: 0, searchStories: 0, searchBodyWords: 0 },
      phase: 'demo',
    } satisfies PrepareRequest);
    const { rows, notes } = await measureMentionSuggestions(database.url, mentionOptionsFromEnv(process.env), log);
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    process.stdout.write(
      [
        line(['operation', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'SQL/req']),
        line(['---', '---:', '---:', '---:', '---:', '---:']),
        ...rows.map((r) =>
          line([
            r.operation,
            Number.isNaN(r.reqPerS) ? 'n/a' : fixed(r.reqPerS, 0),
            fixed(r.p50Ms, 2),
            fixed(r.p95Ms, 2),
            fixed(r.p99Ms, 2),
            fixed(r.sqlPerRequest, 0),
          ]),
        ),
        '',
        ...notes,
        '',
      ].join('\n'),
    );
  } finally {
    await database.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
