import { loadavg } from 'node:os';
import { toGlobalId } from '../src/graphql/relay/global-id.js';
import { runChild } from './child.js';
import { runCorrection } from './correction.js';
import type { DataSize } from './generate.js';
import { buildPages } from './pages.js';
import type { PrepareRequest, PreparedData } from './prepare-data.js';
import { renderReport, type Row } from './report.js';
import { startServer } from './servers.js';
import { measureWrites } from './writes.js';

/**
 * BENCH_ONLY=writes: the full run's data, then only the correction and the story writes, on the
 * cached instance as in the full run. Prints the table; BENCHMARKS.md keeps the last full run.
 */
export async function runWritesOnly(
  databaseUrl: string,
  description: string,
  settings: { size: DataSize; writes: number; writesWarmup: number; corrections: number },
  log: (message: string) => void,
  cleanups: (() => Promise<unknown>)[],
): Promise<void> {
  log('BENCH_ONLY=writes: migrating, seeding reference data and demo, generating data (stories through ArticlesService)');
  const data = await runChild<PreparedData>('./prepare-data.ts', {
    url: databaseUrl,
    size: settings.size,
    phase: 'main',
  } satisfies PrepareRequest);
  const cached = await startServer('cached', databaseUrl, { baseline: false });
  cleanups.push(() => cached.close());
  const built = await buildPages(databaseUrl);
  log(`pages ready: ${built.pages} in ${built.seconds.toFixed(1)} s`);
  const loadBefore = loadavg()[0];
  const correction = await runCorrection(cached, toGlobalId('Unit', data.correction.unitId), data.correction.slugs, settings.corrections);
  const rows: Row[] = [correction.row, ...(await measureWrites(cached, databaseUrl, data.writeMaterial, settings))];
  const header = [
    `BENCH_ONLY=writes: only the correction and the story writes, on the cached instance, against the full run's data; ${description}. Not written to BENCHMARKS.md.`,
  ];
  const notes = [correction.note];
  process.stdout.write(`\n${renderReport({ header, rows, notes, loadAverages: [loadBefore, loadavg()[0]], date: new Date() })}\n`);
}
