import { Injectable } from '@nestjs/common';
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { dirname, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { type RenderedFileMessage, type RenderReply, type RenderRequest, UndecodableOriginalError } from './render-protocol.js';

/** Far longer than a photo within the upload limits takes; past it the render is stopped and the queue tries again later. */
const RENDER_TIMEOUT_MS = 120_000;
const STDERR_KEPT = 2000;
/** A nice value: 10 gives a render about a tenth of a core's share against the server when both want it. */
const BACKGROUND_PRIORITY = 10;

/**
 * glibc gives every thread that allocates a heap of its own and rarely hands freed image
 * buffers back; two heaps keep a render's footprint near what it uses. UV_THREADPOOL_SIZE
 * matches the encodes run at once.
 */
const RENDER_PROCESS_ENV = { MALLOC_ARENA_MAX: '2', UV_THREADPOOL_SIZE: '2' };

/** The worker beside this file: compiled JavaScript in production, TypeScript (through SWC) in tests and development. */
function workerCommand(): { entry: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const extension = extname(here);
  return {
    entry: join(dirname(here), `render-worker${extension}`),
    execArgv: extension === '.ts' ? ['--import', '@swc-node/register/esm-register'] : [],
  };
}

/**
 * Renders in a short-lived process of its own, one per asset: the memory libvips takes for a
 * 24 MP photo goes back to the system when it exits instead of staying in the server, and a
 * decoder that crashes on a hostile file takes down that process, not the server.
 */
@Injectable()
export class RenditionsRenderer {
  private readonly command = workerCommand();

  /** The encoded renditions; UndecodableOriginalError when the original is at fault, any other error when trying again may help. */
  render(original: Readable, request: RenderRequest, signal: AbortSignal): Promise<RenderedFileMessage[]> {
    if (signal.aborted) return Promise.reject(interrupted());
    return new Promise((resolve, reject) => {
      const child = fork(this.command.entry, [], {
        execArgv: this.command.execArgv,
        env: { ...process.env, ...RENDER_PROCESS_ENV },
        stdio: ['pipe', 'ignore', 'pipe', 'ipc'],
        serialization: 'advanced',
      });
      lowerPriority(child.pid);
      // The end of what it printed says why a render process died (a native crash, out of memory).
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (text: string) => {
        stderr = (stderr + text).slice(-STDERR_KEPT);
      });
      let settled = false;
      const settle = (outcome: RenderedFileMessage[] | Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        if (outcome instanceof Error) reject(outcome);
        else resolve(outcome);
      };
      const onAbort = () => {
        settle(interrupted());
      };
      const timer = setTimeout(() => {
        settle(new Error(`Rendering took longer than ${RENDER_TIMEOUT_MS / 1000} s`));
      }, RENDER_TIMEOUT_MS);
      signal.addEventListener('abort', onAbort, { once: true });

      child.once('message', (reply: RenderReply) => {
        if (reply.ok) settle(reply.files);
        else settle(reply.undecodable ? new UndecodableOriginalError(reply.message) : new Error(`Rendering failed: ${reply.message}`));
      });
      child.once('error', settle);
      child.once('close', (code, exitSignal) => {
        const said = stderr.trim() ? `: ${stderr.trim()}` : '';
        settle(new Error(`The render process ended (${exitSignal ?? `exit code ${code ?? '?'}`}) without an answer${said}`));
      });
      child.send(request);
      // A storage error while reading the original rejects too, so the queue tries again later.
      const input = child.stdin;
      if (input) {
        pipeline(original, input).catch((error: unknown) => {
          settle(error instanceof Error ? error : new Error(String(error)));
        });
      }
    });
  }
}

/**
 * Renditions are background work: under load the kernel gives the server's requests the cores
 * first, and a render takes longer instead of story pages.
 */
function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    setPriority(pid, BACKGROUND_PRIORITY);
  } catch {
    // Not permitted here (some containers): the render runs at the server's priority.
  }
}

function interrupted(): Error {
  return new Error('Renditions interrupted: the server is shutting down');
}
