// Child process of runLoad: a LoadRequest on stdin, a LoadResult on stdout.
import autocannon, { type Result } from 'autocannon';
import { readInput, respond } from './child.js';
import { type LoadRequest, type LoadResult, percentile } from './load.js';

const request = await readInput<LoadRequest>();
const latencies: number[] = [];
const responses: [number, number][] = [];

const result = await new Promise<Result>((resolve, reject) => {
  const instance = autocannon(
    {
      url: request.url,
      connections: request.connections,
      duration: request.durationS,
      timeout: request.timeoutS,
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      requests: [{ setupRequest: (raw) => ({ ...raw, body: request.bodies[Math.floor(Math.random() * request.bodies.length)] }) }],
      // Apollo answers resolver failures with 200 and an `errors` key; those count as mismatches.
      verifyBody: (body) => !body.includes('"errors"'),
    },
    (error, done) => {
      if (error) reject(error);
      else resolve(done);
    },
  );
  // autocannon's own histogram keeps whole milliseconds; the raw times keep the fraction.
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    if (request.timeline) responses.push([Date.now(), responseTime]);
  });
  // startLoad's stop: end the run early and report what it measured.
  process.once('SIGTERM', () => {
    instance.stop();
  });
});

latencies.sort((a, b) => a - b);
const output: LoadResult = {
  completed: result.requests.total,
  durationS: result.duration,
  bytes: result.throughput.total,
  p50Ms: percentile(latencies, 0.5),
  p95Ms: percentile(latencies, 0.95),
  p99Ms: percentile(latencies, 0.99),
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  mismatches: result.mismatches,
  latenciesMs: latencies,
  ...(request.timeline ? { responses } : {}),
};
respond(output);
