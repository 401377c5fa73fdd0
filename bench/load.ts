import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  url: string;
  connections: number;
  durationS: number;
  /** One is picked at random for each request. */
  bodies: string[];
}

export interface LoadResult {
  completed: number;
  durationS: number;
  bytes: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
}

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

/** Runs autocannon in a child process (same TypeScript loader as this one) and returns its summary. */
export function runLoad(request: LoadRequest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) return reject(new Error(`load worker exited with ${signal ?? code}`));
      try {
        resolve(JSON.parse(stdout) as LoadResult);
      } catch {
        reject(new Error(`load worker printed no result: ${stdout.slice(0, 200)}`));
      }
    });
    child.stdin.end(JSON.stringify(request));
  });
}

/** Every request answered 200 without `errors` and no connection failed. */
export function loadProblems(result: LoadResult): string[] {
  const problems: string[] = [];
  if (result.completed === 0) problems.push('no request completed');
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx responses`);
  if (result.mismatches) problems.push(`${result.mismatches} responses with GraphQL errors`);
  if (result.errors) problems.push(`${result.errors} connection errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  return problems;
}
