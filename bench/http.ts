/** A GraphQL request that must succeed: HTTP 200, no `errors`, and no top-level field null. */
export async function postChecked(
  url: string,
  requestBody: string,
  what: string,
  headers: Record<string, string> = {},
): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: requestBody });
  const text = await response.text();
  const json = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown };
  const data = json.data;
  if (response.status !== 200 || json.errors || !data || Object.values(data).some((value) => value === null)) {
    throw new Error(`${what}: expected 200 with data and no errors, got ${response.status}: ${text.slice(0, 500)}`);
  }
  return data;
}

/** Sends every body once, `concurrency` at a time, each checked (fills a response cache). */
export async function sendEach(url: string, bodies: readonly string[], concurrency: number, what: string): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < bodies.length; i = next++) await postChecked(url, bodies[i], what);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, bodies.length) }, worker));
}

export interface SequentialTiming {
  /** Sorted, in milliseconds. */
  latencies: number[];
  sqlPerRequest: number;
}

/**
 * `count` requests one at a time over one keep-alive connection (after `warmup` unmeasured),
 * each timed from send to the end of the response: latency without queueing behind others.
 * Statements are the server's counter across each request (nothing else runs meanwhile).
 */
export async function timeSequential(
  server: { url: string; counter: { requestCount: number } },
  requestBody: string,
  count: number,
  warmup: number,
  what: string,
): Promise<SequentialTiming> {
  for (let i = 0; i < warmup; i++) await postChecked(server.url, requestBody, what);
  const latencies: number[] = [];
  let statements = 0;
  for (let i = 0; i < count; i++) {
    const before = server.counter.requestCount;
    const start = performance.now();
    await postChecked(server.url, requestBody, what);
    latencies.push(performance.now() - start);
    statements += server.counter.requestCount - before;
  }
  return { latencies: latencies.sort((a, b) => a - b), sqlPerRequest: statements / count };
}
