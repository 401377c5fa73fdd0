import { runChild } from './child.js';
import type { CorrectionRequest, CorrectionTimings } from './correction-worker.js';
import { percentile } from './load.js';
import type { Row } from './report.js';
import type { BenchServer } from './servers.js';

const GIVE_UP_MS = 30_000;
const READERS = 10;

/**
 * A results correction that many published pages show: the winner's time of a unit whose
 * results table 100 stories place, changed on the cached instance through setUnitResults, then
 * every story page read (10 at a time, as readers do) until each shows the new time. The time
 * is from sending the mutation to the last page showing it; `rounds` corrections, alternating
 * between two times. The editor and the readers are a child process (correction-worker.ts).
 */
export async function runCorrection(
  server: BenchServer,
  unitId: string,
  slugs: string[],
  rounds: number,
): Promise<{ row: Row; note: string }> {
  const before = server.counter.requestCount;
  const timings = await runChild<CorrectionTimings>('./correction-worker.ts', {
    url: server.url,
    token: await server.editorToken(),
    unitId,
    slugs,
    rounds,
    readers: READERS,
    giveUpMs: GIVE_UP_MS,
  } satisfies CorrectionRequest);
  const statements = server.counter.requestCount - before;
  const sorted = [...timings.untilShown].sort((a, b) => a - b);
  const mutationP50 = percentile(
    [...timings.mutation].sort((a, b) => a - b),
    0.5,
  );
  return {
    row: {
      operation: `correction of a result shown in ${slugs.length} published stories: until all ${slugs.length} pages show it`,
      reqPerS: Number.NaN,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      p99Ms: sorted.at(-1) ?? Number.NaN,
      ratio: null,
      typedRatio: null,
      sqlPerRequest: statements / rounds,
    },
    note: `Correction: ${rounds} setUnitResults on the cached instance, each changing the winner's time of the unit that ${slugs.length} published stories show in a results table; from sending the mutation until all ${slugs.length} story pages, read by ${READERS} concurrent readers, show the new time: p50, p95 and the slowest in the p99 column (the bar: 250 ms). The editor and the readers are a process of their own (as the load of the other rows is), so their HTTP client does not share the server's event loop. The mutation alone answered in ${mutationP50.toFixed(1)} ms (p50), its stored pages rebuilt. SQL per request = the statements of the mutation, of every read until all pages showed it and of the editor's read of the unit's results before it, per correction.`,
  };
}
