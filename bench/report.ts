import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import * as prettier from 'prettier';
import { cpus } from 'node:os';

export interface Row {
  operation: string;
  reqPerS: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Throughput divided by the JSON baseline's (the ceiling); null for a row without baseline. */
  ratio: number | null;
  /** Throughput divided by the typed baseline's (same query, pages from memory); null when not measured. */
  typedRatio: number | null;
  sqlPerRequest: number;
}

export interface Report {
  header: string[];
  rows: Row[];
  notes: string[];
  /** 1-minute load averages before and after the runs: other work on the machine skews a row. */
  loadAverages: [number, number];
  date: Date;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const INTRO = `# Benchmarks

\`npm run bench\` starts an embedded PostgreSQL in a temporary directory (or, with
\`BENCH_DATABASE_URL\`, a throwaway \`podium_bench_<random>\` database on that server),
migrates it, seeds the reference data and the demo, and generates data of the size stated
above the table (in a child process). It then starts three instances of the app in its own
process, each on its own port of 127.0.0.1, against that database: one with the response
cache off (\`RESPONSE_CACHE_TTL_SECONDS=0\`), one with the cache on, and one that reads its
stored pages from memory (the typed baselines). Every
row names the instance it measured, and its SQL per request comes from that instance's
statement counter.

Reads: autocannon, in a separate process, sends POST requests to \`/graphql\`: each row and
its baselines get a warm-up (discarded), then their measured time in 3 slices that take
turns (row, typed baseline, baseline; again; again), added up. Every read is measured beside its
baseline: the same response \`data\`, captured from the real query before the run, served
from memory by the uncached instance through the same Nest/Apollo/HTTP pipeline
(\`benchBaseline\`, added by the benchmark only). Search has no baseline (ratio n/a) and
is also timed one request at a time. Writes: a sequential loop with \`fetch\`, each
request timed on its own. The run fails if any response is not a 200 without \`errors\`.

Run it with \`npm run bench\` (about 10 minutes on 2 cores). Knobs (environment):
\`BENCH_DURATION_S\` (6), \`BENCH_WARMUP_S\` (2), \`BENCH_CONNECTIONS\` (10),
\`BENCH_EVENTS\` (300), \`BENCH_EVENTS_PER_COMPETITION\` (10), \`BENCH_RESULTS_PER_UNIT\`
(20), \`BENCH_PEOPLE\` (10000), \`BENCH_STORIES\` (1000), \`BENCH_SEARCH_STORIES\`
(100000), \`BENCH_SEARCH_BODY_WORDS\` (150), \`BENCH_WRITES\` (200),
\`BENCH_WRITES_WARMUP\` (10), \`BENCH_CORRECTIONS\` (15), \`BENCH_SEQUENTIAL\` (200 one-at-a-time search requests),
\`BENCH_TIMEOUT_S\` (60), \`BENCH_DATABASE_URL\` (unset: embedded PostgreSQL),
\`BENCH_ONLY\` (unset: every row; \`season\`: only the season import and table rows;
\`photo\`: only the photo desk's upload, renditions and memory rows; \`editorial\`: only
the fact check's and mention suggestions' rows and evaluation figures; \`writes\`: only the
correction and the story writes, on the full run's data; \`pages\`: only the page rows
(story, unit, event, lists) and their baselines, on the full run's data; each printed and not
written here), \`BENCH_MENTION_PEOPLE\` (100000), \`BENCH_MENTION_RUNS\` (200),
\`BENCH_MENTION_WORDS\` (1000).

The figures that carry over between machines are the ratios, measured side by side in
one run on the machine stated below the table; absolute req/s are that machine's, and
other work on it (see the load averages) lowers them. A row and its baselines take turns
in slices of 2 s, so that a change in other load reaches them alike; before they did, on
our shared 2-core machine, ratios moved by up to 0.3 across consecutive runs. Read a
ratio near a bar as "near", not as a pass or a fail. p95 and
p99 are reported beside p50 for every operation, over every response of the slices. SQL
per request is the instance's statement counter over the measured slices divided by the requests that instance handled in
it (those cut off when autocannon stops included, as their statements are counted too).
`;

export function renderReport(report: Report): string {
  const cpuList = cpus();
  const lines = [
    // A blank line between header sentences, so that Markdown keeps them apart.
    report.header.join('\n\n'),
    '',
    '| operation | req/s | p50 ms | p95 ms | p99 ms | ratio to ceiling | ratio to typed | SQL per request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...report.rows.map(
      (row) =>
        `| ${row.operation} | ${fixed(row.reqPerS, 0)} | ${fixed(row.p50Ms, 2)} | ${fixed(row.p95Ms, 2)} | ${fixed(row.p99Ms, 2)} | ${times(row.ratio)} | ${times(row.typedRatio)} | ${fixed(row.sqlPerRequest, 2)} |`,
    ),
    '',
    ...report.notes.map((note) => `- ${note}`),
    `- Node ${process.version}, ${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown CPU'}, ${process.platform} ${process.arch}`,
    `- 1-minute load average: ${fixed(report.loadAverages[0], 2)} before the runs, ${fixed(report.loadAverages[1], 2)} after`,
    `- Date: ${report.date.toISOString()}`,
  ];
  return lines.join('\n');
}

/** Writes the introduction (kept in step with this code) and the block; text after the block's end marker stays. */
export async function writeBenchmarksFile(path: string, block: string): Promise<void> {
  const current = existsSync(path) ? await readFile(path, 'utf8') : '';
  const end = current.indexOf(END);
  const after = end === -1 ? '\n' : current.slice(end + END.length);
  const text = `${INTRO}\n${START}\n${block}\n${END}${after}`;
  // Formatted as the repository's format check wants, so a fresh table needs no hand edit.
  const options = (await prettier.resolveConfig(path)) ?? {};
  await writeFile(path, await prettier.format(text, { ...options, filepath: path }));
}

const times = (ratio: number | null) => (ratio === null ? 'n/a' : `${fixed(ratio, 2)}×`);

export const mib = (bytes: number) => `${fixed(bytes / 1024 / 1024, 0)} MiB`;

/** The change from `from` to `to` bytes, signed: "+12 MiB", "-47 MiB". */
export const mibChange = (from: number, to: number) => `${to >= from ? '+' : ''}${mib(to - from)}`;

export function fixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
