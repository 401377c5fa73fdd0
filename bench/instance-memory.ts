import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runLoad } from './load.js';
import { mib } from './report.js';

/** VmRSS of a process, in bytes (Linux). */
async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}

/**
 * Resident memory of one instance in a process of its own (as `npm start` runs it, with the
 * response cache off): at start, and after serving `bodies` at `connections` for `durationS`.
 */
export async function measureInstanceMemory(
  databaseUrl: string,
  bodies: string[],
  load: { connections: number; durationS: number; timeoutS: number },
): Promise<{ atStart: number; after: number; note: string }> {
  const script = fileURLToPath(new URL('./instance-child.ts', import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, script, databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { url, pid } = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
      child.once('message', (message) => {
        resolve(message as { url: string; pid: number });
      });
      child.once('exit', (code) => {
        reject(new Error(`the instance exited with ${String(code)} before serving`));
      });
    });
    const atStart = await residentBytes(pid);
    await runLoad({ url, bodies, ...load });
    const after = await residentBytes(pid);
    return {
      atStart,
      after,
      note: `Resident memory of one instance in a process of its own (response cache off): ${mib(atStart)} when it started serving, ${mib(after)} after serving the story page at ${load.connections} connections for ${load.durationS} s (the bar: 250 MiB).`,
    };
  } finally {
    child.send('stop');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
