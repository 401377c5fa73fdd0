import { loadavg } from 'node:os';
import pg from 'pg';
import { body, STORY_PAGE_QUERY } from './cases.js';
import { runChild } from './child.js';
import type { DataSize } from './generate.js';
import { measurePhotoDesk } from './photo-desk.js';
import type { PrepareRequest } from './prepare-data.js';
import { renderReport } from './report.js';
import { startServer } from './servers.js';

/**
 * BENCH_ONLY=photo: migrations, reference data and the demo; the photo desk's rows, with the
 * demo's published stories as the story page. Prints the table; BENCHMARKS.md keeps the last full run.
 */
export async function runPhotoOnly(
  databaseUrl: string,
  description: string,
  settings: { size: DataSize; connections: number; durationS: number; warmupS: number; timeoutS: number },
  log: (message: string) => void,
  cleanups: (() => Promise<unknown>)[],
): Promise<void> {
  log('BENCH_ONLY=photo: migrating, seeding reference data and the demo');
  await runChild('./prepare-data.ts', { url: databaseUrl, size: settings.size, phase: 'demo' } satisfies PrepareRequest);
  // Signs the editor's token; the rows themselves run on an instance in its own process.
  const signer = await startServer('uncached', databaseUrl, { baseline: false });
  cleanups.push(() => signer.close());
  const bodies = (await publishedSlugs(databaseUrl)).map((slug) => body(STORY_PAGE_QUERY, { slug }));
  const loadBefore = loadavg()[0];
  const { connections, durationS, warmupS, timeoutS } = settings;
  const { rows, notes } = await measurePhotoDesk(
    databaseUrl,
    await signer.editorToken(),
    bodies,
    { connections, durationS, warmupS, timeoutS },
    log,
  );
  const header = [
    `BENCH_ONLY=photo: only the photo desk's rows, against a database with the reference data and the demo; ${description}. Not written to BENCHMARKS.md.`,
  ];
  process.stdout.write(`\n${renderReport({ header, rows, notes, loadAverages: [loadBefore, loadavg()[0]], date: new Date() })}\n`);
}

async function publishedSlugs(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string }>('SELECT slug FROM "ArticlePublication" ORDER BY slug');
    if (!rows.length) throw new Error('BENCH_ONLY=photo: the demo has no published story');
    return rows.map((r) => r.slug);
  } finally {
    await client.end();
  }
}
