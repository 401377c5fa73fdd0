import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs a TypeScript file of bench/ in its own Node process (same loader as this one),
 * sends `input` as JSON on stdin and returns what it prints as JSON on stdout.
 */
export function runChild<O>(file: string, input: unknown): Promise<O> {
  return startChild<O>(file, input).result;
}

/** runChild, with the process at hand (to signal it while it runs). */
export function startChild<O>(file: string, input: unknown): { child: ChildProcess; result: Promise<O> } {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, script], { stdio: ['pipe', 'pipe', 'inherit'] });
  const result = new Promise<O>((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code !== 0) {
        reject(new Error(`${file} exited with ${signal ?? code}`));
        return;
      }
      try {
        resolve(JSON.parse(stdout) as O);
      } catch {
        reject(new Error(`${file} printed no result: ${stdout.slice(0, 200)}`));
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
  return { child, result };
}

/** The child's side: its input from stdin. */
export async function readInput<I>(): Promise<I> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as I;
}

/** The child's side: its result on stdout, then exit (open handles must not keep it alive). */
export function respond(output: unknown): void {
  process.stdout.write(JSON.stringify(output), () => {
    process.exit(0);
  });
}
