import { createTestApp, type TestApp } from '../utils/test-app.js';

/** The value of one sample of the Prometheus text format, or undefined when absent. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`) || (labels === '' && l.startsWith(`${name} `)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('GET /metrics', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await createTestApp({ seed: true, env: { RESPONSE_CACHE_TTL_SECONDS: '60' } });
  });
  afterAll(async () => {
    await api.close();
  });

  const scrape = async () => {
    const response = await fetch(`${api.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.text();
  };

  it('counts requests by operation, errors by code, and response-cache hits and misses', async () => {
    const before = await scrape();
    const query = '{ nocs(first: 2) { edges { node { code } } } }';
    // As a reader: staff answers are never cached.
    await api.gqlAs('anonymous', query);
    await api.gqlAs('anonymous', query);
    await api.gqlAs('anonymous', '{ person(slug: 1) { displayName } }');
    const after = await scrape();

    const count = (text: string) => sample(text, 'podium_graphql_request_duration_seconds_count', 'operation="query",field="nocs"') ?? 0;
    expect(count(after) - count(before)).toBe(2);
    const misses = (text: string) => sample(text, 'podium_response_cache_requests_total', 'result="miss"') ?? 0;
    const hits = (text: string) => sample(text, 'podium_response_cache_requests_total', 'result="hit"') ?? 0;
    expect(misses(after) - misses(before)).toBeGreaterThanOrEqual(1);
    expect(hits(after) - hits(before)).toBe(1);
    const validation = (text: string) => sample(text, 'podium_graphql_errors_total', 'code="GRAPHQL_VALIDATION_FAILED"') ?? 0;
    expect(validation(after) - validation(before)).toBe(1);
  });

  it('reports the pool and the event loop', async () => {
    const text = await scrape();
    expect(sample(text, 'podium_db_pool_connections', 'state="total"')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'podium_db_pool_connections', 'state="waiting"')).toBe(0);
    expect(sample(text, 'nodejs_eventloop_lag_p99_seconds', '')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'process_resident_memory_bytes', '')).toBeGreaterThan(0);
  });
});
