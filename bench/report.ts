import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';

export interface Row {
  operation: string;
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  /** Throughput divided by the baseline's; null for a row without baseline. */
  ratio: number | null;
  sqlPerRequest: number;
}

export interface Report {
  header: string[];
  rows: Row[];
  notes: string[];
  rssBytes: number;
  /** Before the first load, for scale. */
  rssAtStartBytes: number;
  /** 1-minute load averages before and after the runs: other work on the machine skews a row. */
  loadAverages: [number, number];
  date: Date;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const INTRO = `# Benchmarks

\`npm run bench\` starts an embedded PostgreSQL in a temporary directory (or, with
\`BENCH_DATABASE_URL\`, a throwaway \`podium_bench_<random>\` database on that server),
migrates it, seeds the reference data and the demo, generates data of the size stated
above the table, and starts the app in-process on 127.0.0.1. autocannon, in a separate
process, sends POST requests to \`/graphql\`: for each case, a warm-up (discarded),
then a measured run. Every case is measured beside its baseline: the same response
\`data\`, captured from the real query before the run, served from memory by the same
server through the same Nest/Apollo/HTTP pipeline (\`benchBaseline\`, added by the
benchmark only). The run fails if any response is not a 200 without \`errors\`.

Run it with \`npm run bench\`. Knobs (environment): \`BENCH_DURATION_S\` (10),
\`BENCH_WARMUP_S\` (3), \`BENCH_CONNECTIONS\` (10), \`BENCH_EVENTS\` (300),
\`BENCH_EVENTS_PER_COMPETITION\` (10), \`BENCH_RESULTS_PER_UNIT\` (20), \`BENCH_PEOPLE\`
(2000), \`BENCH_DATABASE_URL\` (unset: embedded PostgreSQL).

The figures that carry over between machines are the ratios, measured side by side in
one run on the machine stated below the table; absolute req/s are that machine's. p99
is reported beside p50 for every operation. SQL per request is the app's query counter
over the measured run divided by the requests the server handled in it (those cut off
when autocannon stops included, as their statements are counted too).
`;

export function renderReport(report: Report): string {
  const cpuList = cpus();
  const lines = [
    // A blank line between header sentences, so that Markdown keeps them apart.
    report.header.join('\n\n'),
    '',
    '| operation | req/s | p50 ms | p99 ms | ratio to baseline | SQL per request |',
    '|---|---:|---:|---:|---:|---:|',
    ...report.rows.map((row) =>
      `| ${row.operation} | ${fixed(row.reqPerS, 0)} | ${fixed(row.p50Ms, 2)} | ${fixed(row.p99Ms, 2)} | ${row.ratio === null ? '–' : `${fixed(row.ratio, 2)}×`} | ${fixed(row.sqlPerRequest, 2)} |`,
    ),
    '',
    ...report.notes.map((note) => `- ${note}`),
    `- Server resident memory (RSS) after the run: ${mib(report.rssBytes)} (${mib(report.rssAtStartBytes)} when it started serving)`,
    `- Node ${process.version}, ${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown CPU'}, ${process.platform} ${process.arch}`,
    `- 1-minute load average: ${fixed(report.loadAverages[0], 2)} before the runs, ${fixed(report.loadAverages[1], 2)} after`,
    `- Date: ${report.date.toISOString()}`,
  ];
  return lines.join('\n');
}

/** Replaces the block between the markers, creating the file with its introduction if needed. */
export async function writeBenchmarksFile(path: string, block: string): Promise<void> {
  const current = existsSync(path) ? await readFile(path, 'utf8') : `${INTRO}\n${START}\n${END}\n`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const replaced =
    start === -1 || end < start
      ? `${current.trimEnd()}\n\n${START}\n${block}\n${END}\n`
      : `${current.slice(0, start + START.length)}\n${block}\n${current.slice(end)}`;
  await writeFile(path, replaced);
}

const mib = (bytes: number) => `${fixed(bytes / 1024 / 1024, 0)} MiB`;

function fixed(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
