import { loadavg } from 'node:os';
import { runChild } from './child.js';
import { measureEditorialTruth } from './editorial-truth.js';
import type { DataSize } from './generate.js';
import type { PrepareRequest } from './prepare-data.js';
import { renderReport } from './report.js';

/**
 * BENCH_ONLY=editorial: migrations, reference data and the demo; the fact check's and mention
 * suggestions' rows and evaluation figures. Prints the table; BENCHMARKS.md keeps the last full run.
 */
export async function runEditorialOnly(
  databaseUrl: string,
  description: string,
  settings: { size: DataSize },
  log: (message: string) => void,
): Promise<void> {
  log('BENCH_ONLY=editorial: migrating, seeding reference data and the demo');
  await runChild('./prepare-data.ts', { url: databaseUrl, size: settings.size, phase: 'demo' } satisfies PrepareRequest);
  const loadBefore = loadavg()[0];
  const { rows, notes } = await measureEditorialTruth(databaseUrl, log);
  const header = [
    `BENCH_ONLY=editorial: only the fact check's and mention suggestions' rows, against a database with the reference data and the demo; ${description}. Not written to BENCHMARKS.md.`,
  ];
  process.stdout.write(`\n${renderReport({ header, rows, notes, loadAverages: [loadBefore, loadavg()[0]], date: new Date() })}\n`);
}
