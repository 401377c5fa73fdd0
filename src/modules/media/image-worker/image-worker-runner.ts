import { type ChildProcess, fork } from 'node:child_process';
import { dirname, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { backgroundScheduling, type BackgroundScheduling, launchUnder } from './background-scheduling.js';
import { BACKGROUND_ENV, type ImageWorkerMessage, type ImageWorkerRequest } from './image-worker-protocol.js';

const STDERR_KEPT = 2000;

/**
 * glibc gives every thread that allocates a heap of its own and rarely hands freed image
 * buffers back; two heaps keep a worker's footprint near what it uses.
 */
const WORKER_ENV = { MALLOC_ARENA_MAX: '2' };

/** How to start a worker: its entry file and the Node options it needs. */
export interface WorkerCommand {
  entry: string;
  execArgv: string[];
}

export interface ImageWorkerOptions {
  /** Past it the process is killed. */
  timeoutMs: number;
  /** Background work runs at the lowest CPU priority (see background-scheduling); work someone is waiting for does not. */
  background: boolean;
  /** How background work is scheduled; found once per process unless given. */
  scheduling?: BackgroundScheduling;
  /** Streamed to the process's stdin (the original of a render). */
  input?: Readable;
  /** Stops the work and kills the process (the server shutting down). */
  signal?: AbortSignal;
  /** Added to the server's environment. */
  env?: Record<string, string>;
  /** The image worker beside this file unless given. */
  command?: WorkerCommand;
}

/** The worker could not be started or never took the request: a fault of the server, not of the image. */
export class ImageWorkerUnavailableError extends Error {
  constructor(reason: string) {
    super(`The image worker could not start: ${reason}`);
    this.name = 'ImageWorkerUnavailableError';
  }
}

/** The worker took the request, then died or ran out of time without an answer: most likely the image's doing. */
export class ImageWorkerFailedError extends Error {
  constructor(reason: string) {
    super(`The image worker failed: ${reason}`);
    this.name = 'ImageWorkerFailedError';
  }
}

/**
 * The worker's entry (media/image-worker.entry): compiled JavaScript in production, TypeScript
 * (through SWC) in tests and development. It sits above the work it runs (upload checks,
 * renditions), which call this runner; the runner starts it by path, never imports it.
 */
export function imageWorkerCommand(): WorkerCommand {
  const here = fileURLToPath(import.meta.url);
  const extension = extname(here);
  return {
    entry: join(dirname(here), '..', `image-worker.entry${extension}`),
    execArgv: extension === '.ts' ? ['--import', '@swc-node/register/esm-register'] : [],
  };
}

const defaultCommand = imageWorkerCommand();

/**
 * Runs one request in a short-lived process of its own: the memory libvips takes for a large
 * photo goes back to the system when it exits instead of staying in the server, and a decoder
 * that crashes on a hostile file takes down that process, not the server.
 */
export async function runImageWorker<Reply>(request: ImageWorkerRequest, options: ImageWorkerOptions): Promise<Reply> {
  const { signal, input, timeoutMs } = options;
  const scheduling = options.background ? (options.scheduling ?? (await backgroundScheduling())) : null;
  if (signal?.aborted) throw interrupted();
  return new Promise((resolve, reject) => {
    let child: ChildProcess;
    try {
      child = start(options.command ?? defaultCommand, input !== undefined, scheduling, options.env);
    } catch (error) {
      reject(new ImageWorkerUnavailableError(messageOf(error)));
      return;
    }
    // The end of what it printed says why a worker died (a native crash, out of memory, a missing module).
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-STDERR_KEPT);
    });
    let started = false;
    const failure = (reason: string) => (started ? new ImageWorkerFailedError(reason) : new ImageWorkerUnavailableError(reason));
    let settled = false;
    const settle = (outcome: { reply: Reply } | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome.reply);
    };
    const onAbort = () => {
      settle(interrupted());
    };
    const timer = setTimeout(() => {
      settle(failure(`no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });

    child.on('message', (message: ImageWorkerMessage<Reply>) => {
      if (message.type === 'started') started = true;
      else settle({ reply: message.reply });
    });
    child.once('error', (error) => {
      settle(failure(error.message));
    });
    child.once('close', (code, exitSignal) => {
      const said = stderr.trim() ? `: ${stderr.trim()}` : '';
      settle(failure(`the process ended (${exitSignal ?? `exit code ${code ?? '?'}`}) without an answer${said}`));
    });
    // Sending fails only when the process has already ended, and 'close' says why it did.
    child.send(request, () => undefined);
    // A storage error while reading the input rejects too.
    if (input && child.stdin) {
      pipeline(input, child.stdin).catch((error: unknown) => {
        settle(error instanceof Error ? error : new Error(String(error)));
      });
    }
  });
}

/**
 * Background work starts under SCHED_IDLE, or else in a session of its own where it lowers
 * its own priority (see background-scheduling): under load the kernel gives the server's
 * requests and the database the cores first, and the renditions take longer instead.
 */
function start(
  command: WorkerCommand,
  withInput: boolean,
  scheduling: BackgroundScheduling | null,
  env: Record<string, string> = {},
): ChildProcess {
  const launch = launchUnder(scheduling, command.execArgv);
  return fork(command.entry, [], {
    ...(launch.execPath ? { execPath: launch.execPath } : {}),
    execArgv: launch.execArgv,
    env: { ...process.env, ...WORKER_ENV, ...env, ...(launch.ownSession ? { [BACKGROUND_ENV]: '1' } : {}) },
    stdio: [withInput ? 'pipe' : 'ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
    detached: launch.ownSession,
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function interrupted(): Error {
  return new Error('Image work interrupted: the server is shutting down');
}
