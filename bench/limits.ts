import { body } from './cases.js';
import { type LoadResult, percentile, runLoad } from './load.js';
import type { Row } from './report.js';
import type { BenchServer } from './servers.js';

/** The query that exhausted the process before query cost saw variables: every story's results tables. */
export const HOSTILE_QUERY = `query ($n: Int) { articles(first: $n) { edges { node { headline body { __typename
  ... on ResultsTableBlock { unit { name results { rank displayValue behind medal competitor { displayName noc { code } } } } } } } } } }`;

export interface LimitSettings {
  connections: number;
  durationS: number;
  timeoutS: number;
  sequential: number;
}

/**
 * What the limits cost and protect: the hostile query's refusal one request at a time, and
 * /health/live's latency, probed every 20 ms from this process, while the heaviest allowed
 * read (the uncached story page) and then the hostile query run at full load.
 */
export async function measureLimits(server: BenchServer, storyBodies: string[], settings: LimitSettings): Promise<Row[]> {
  const hostile = body(HOSTILE_QUERY, { n: 100 });
  const latencies: number[] = [];
  for (let i = 0; i < settings.sequential + 2; i++) {
    const started = performance.now();
    await expectRefused(server.url, hostile);
    if (i >= 2) latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  const refused: Row = {
    operation: 'hostile query (100 stories with their results tables, first: $n): refused, one request at a time',
    reqPerS: latencies.length / (latencies.reduce((sum, ms) => sum + ms, 0) / 1000),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    ratio: null,
    typedRatio: null,
    sqlPerRequest: 0,
  };

  const underStoryLoad = await probeHealthDuring(server, storyBodies, settings);
  const underHostileLoad = await probeHealthDuring(server, [hostile], settings);
  return [
    refused,
    healthRow(`/health/live while the story page (uncached) runs at ${settings.connections} connections`, underStoryLoad.probe),
    healthRow(`/health/live while hostile queries run at ${settings.connections} connections`, underHostileLoad.probe),
    {
      operation: `↳ hostile queries refused meanwhile (QUERY_TOO_COSTLY)`,
      reqPerS: underHostileLoad.load.completed / underHostileLoad.load.durationS,
      p50Ms: underHostileLoad.load.p50Ms,
      p95Ms: underHostileLoad.load.p95Ms,
      p99Ms: underHostileLoad.load.p99Ms,
      ratio: null,
      typedRatio: null,
      sqlPerRequest: 0,
    },
  ];
}

async function expectRefused(url: string, requestBody: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody });
  const answer = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  if (answer.errors?.[0]?.extensions?.code !== 'QUERY_TOO_COSTLY')
    throw new Error(`the hostile query was not refused: ${JSON.stringify(answer).slice(0, 300)}`);
}

async function probeHealthDuring(
  server: BenchServer,
  bodies: string[],
  settings: LimitSettings,
): Promise<{ probe: number[]; load: LoadResult }> {
  const live = server.url.replace(/\/graphql$/, '/health/live');
  const probe: number[] = [];
  const state = { running: true };
  const prober = (async () => {
    while (state.running) {
      const started = performance.now();
      const response = await fetch(live);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`/health/live answered ${response.status}`);
      probe.push(performance.now() - started);
      await new Promise((wake) => setTimeout(wake, 20));
    }
  })();
  const load = await runLoad({
    url: server.url,
    connections: settings.connections,
    durationS: settings.durationS,
    timeoutS: settings.timeoutS,
    bodies,
  });
  state.running = false;
  await prober;
  await server.settle();
  return { probe: probe.sort((a, b) => a - b), load };
}

function healthRow(operation: string, latencies: number[]): Row {
  return {
    operation,
    reqPerS: Number.NaN,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    ratio: null,
    typedRatio: null,
    sqlPerRequest: 0,
  };
}
