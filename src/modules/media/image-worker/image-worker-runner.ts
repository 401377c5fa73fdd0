import { type ChildProcess, fork } from 'node:child_process';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backgroundScheduling, type BackgroundScheduling, launchUnder } from './background-scheduling.js';
import { IdleWorkers } from './idle-workers.js';
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

const idleWorkers = new IdleWorkers();

/** Lets the workers kept for more background work go (the server shutting down). */
export function letIdleImageWorkersGo(): void {
  idleWorkers.closeAll();
}

/**
 * Runs one request in a process of its own: the memory libvips takes for a large photo goes
 * back to the system when the process exits instead of staying in the server, and a decoder
 * that crashes on a hostile file takes down that process, not the server. Work someone waits
 * for (an upload's check) gets a fresh process that ends with its answer; background work may
 * reuse a process that answered before (see IdleWorkers), since starting one costs the server.
 */
export async function runImageWorker<Reply>(request: ImageWorkerRequest, options: ImageWorkerOptions): Promise<Reply> {
  const { signal, timeoutMs } = options;
  const scheduling = options.background ? (options.scheduling ?? (await backgroundScheduling())) : null;
  if (signal?.aborted) throw interrupted();
  const command = options.command ?? defaultCommand;
  const kind = scheduling ? workerKind(command, scheduling, options.env) : null;
  const kept = kind ? idleWorkers.take(kind) : null;
  if (kept) {
    try {
      return await exchange<Reply>(kept, request, { timeoutMs, signal, keepAs: kind });
    } catch (error) {
      // It died while it waited and never took the request: a fresh process takes it instead.
      if (!(error instanceof ImageWorkerUnavailableError)) throw error;
    }
  }
  let child: ChildProcess;
  try {
    child = start(command, scheduling, options.env);
  } catch (error) {
    throw new ImageWorkerUnavailableError(messageOf(error));
  }
  return exchange<Reply>(child, request, { timeoutMs, signal, keepAs: kind });
}

/** One request and its answer; after a good answer the worker is kept as `keepAs` (see IdleWorkers) when given, else killed. */
function exchange<Reply>(
  child: ChildProcess,
  request: ImageWorkerRequest,
  { timeoutMs, signal, keepAs }: { timeoutMs: number; signal?: AbortSignal; keepAs: string | null },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // The end of what it printed says why a worker died (a native crash, out of memory, a missing module).
    let stderr = '';
    const onStderr = (text: string) => {
      stderr = (stderr + text).slice(-STDERR_KEPT);
    };
    let started = false;
    const failure = (reason: string) => (started ? new ImageWorkerFailedError(reason) : new ImageWorkerUnavailableError(reason));
    let settled = false;
    const settle = (outcome: { reply: Reply } | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      child.off('message', onMessage).off('error', onError).off('close', onClose);
      child.stderr?.off('data', onStderr);
      if (keepAs && !(outcome instanceof Error)) idleWorkers.park(keepAs, child);
      else if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome.reply);
    };
    const onAbort = () => {
      settle(interrupted());
    };
    const onMessage = (message: ImageWorkerMessage<Reply>) => {
      if (message.type === 'started') started = true;
      else settle({ reply: message.reply });
    };
    const onError = (error: Error) => {
      settle(failure(error.message));
    };
    const onClose = (code: number | null, exitSignal: NodeJS.Signals | null) => {
      const said = stderr.trim() ? `: ${stderr.trim()}` : '';
      settle(failure(`the process ended (${exitSignal ?? `exit code ${code ?? '?'}`}) without an answer${said}`));
    };
    const timer = setTimeout(() => {
      settle(failure(`no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stderr?.setEncoding('utf8').on('data', onStderr);
    child.on('message', onMessage).on('error', onError).on('close', onClose);
    // Sending fails only when the process has already ended, and 'close' says why it did.
    child.send(request, () => undefined);
  });
}

/** Workers are interchangeable when they run the same program, scheduled alike, with the same environment. */
function workerKind(command: WorkerCommand, scheduling: BackgroundScheduling, env: Record<string, string> = {}): string {
  return JSON.stringify([command.entry, command.execArgv, scheduling.kind, env]);
}

/**
 * Background work starts under SCHED_IDLE, or else in a session of its own where it lowers
 * its own priority (see background-scheduling): under load the kernel gives the server's
 * requests and the database the cores first, and the renditions take longer instead.
 */
function start(command: WorkerCommand, scheduling: BackgroundScheduling | null, env: Record<string, string> = {}): ChildProcess {
  const launch = launchUnder(scheduling, command.execArgv);
  return fork(command.entry, [], {
    ...(launch.execPath ? { execPath: launch.execPath } : {}),
    execArgv: launch.execArgv,
    env: { ...process.env, ...WORKER_ENV, ...env, ...(launch.ownSession ? { [BACKGROUND_ENV]: '1' } : {}) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
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
