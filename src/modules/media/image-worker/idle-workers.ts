import type { ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';

/** How long a worker with nothing to do is kept for the next request before it is let go. */
export const IDLE_WORKER_MS = 10_000;
/** Requests one worker serves before it is let go, so that whatever its memory holds on to is handed back. */
export const REQUESTS_PER_WORKER = 50;

interface Parked {
  child: ChildProcess;
  timer: NodeJS.Timeout;
}

/**
 * Workers that answered and may take the next request of the same kind (background renders):
 * starting a process means forking the server, whose hundreds of MiB of mapped memory make the
 * fork block its event loop for tens of milliseconds and leave every page copy-on-write behind
 * it. A burst of renders forks once per worker instead of once per render. Parked workers hold
 * no reference on the event loop, and one left when the server ends sees its channel close and exits.
 */
export class IdleWorkers {
  private readonly parked = new Map<string, Parked[]>();
  private readonly served = new WeakMap<ChildProcess, number>();

  /** A parked worker of this kind, now counted as busy again, or null. */
  take(kind: string): ChildProcess | null {
    const list = this.parked.get(kind) ?? [];
    for (let entry = list.pop(); entry; entry = list.pop()) {
      clearTimeout(entry.timer);
      // Dead, though its exit has not been heard yet: a request sent to it would wait for nothing.
      if (!alive(entry.child)) continue;
      holdLoop(entry.child, true);
      return entry.child;
    }
    return null;
  }

  /** After a worker answered: kept for the next request, or let go once it has served its share. */
  park(kind: string, child: ChildProcess): void {
    const served = (this.served.get(child) ?? 0) + 1;
    this.served.set(child, served);
    if (served >= REQUESTS_PER_WORKER || !alive(child)) {
      letGo(child);
      return;
    }
    const list = this.parked.get(kind) ?? [];
    const entry: Parked = {
      child,
      timer: setTimeout(() => {
        this.remove(kind, child, true);
      }, IDLE_WORKER_MS).unref(),
    };
    list.push(entry);
    this.parked.set(kind, list);
    // A worker that dies while parked (killed from outside) is never handed out.
    if (served === 1)
      child.once('exit', () => {
        this.remove(kind, child, false);
      });
    holdLoop(child, false);
  }

  /** Lets every parked worker go (the server shutting down, or a test ending). */
  closeAll(): void {
    for (const [kind, list] of this.parked) for (const { child } of [...list]) this.remove(kind, child, true);
  }

  private remove(kind: string, child: ChildProcess, stop: boolean): void {
    const list = this.parked.get(kind);
    const index = list?.findIndex((entry) => entry.child === child) ?? -1;
    if (!list || index === -1) return;
    const [entry] = list.splice(index, 1);
    clearTimeout(entry.timer);
    if (stop) letGo(child);
  }
}

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null && child.connected;
}

/** Closing its channel ends a worker (it exits when its server goes away). */
function letGo(child: ChildProcess): void {
  if (child.connected) child.disconnect();
}

function holdLoop(child: ChildProcess, hold: boolean): void {
  const handles: ({ ref(): void; unref(): void } | null | undefined)[] = [child, child.channel, child.stderr as Socket | null];
  for (const handle of handles) {
    if (hold) handle?.ref();
    else handle?.unref();
  }
}
