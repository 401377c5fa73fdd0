import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * How background image work (renditions) is kept out of the way of the server, PostgreSQL and
 * everything else on the machine, found once per process:
 *
 * - `idle`: Linux's SCHED_IDLE policy, set by util-linux's `chrt` on the process before Node
 *   starts in it, so every thread libvips makes inherits it. An idle task runs only on a core
 *   nothing else wants, and a waking server thread takes the core from it at once. The worker
 *   stays in the server's session.
 * - `own-session`: where `chrt` is missing or refused (another OS, a container whose seccomp
 *   policy forbids the call), the worker starts in a session of its own and lowers its nice
 *   value and its session's (see background-priority). That yields less: a nice-19 task still
 *   gets short turns on a busy core, which cost the story page about 40 % of its throughput on
 *   a 2-core machine against a few percent under SCHED_IDLE (docs/media/renditions.md).
 */
export type BackgroundScheduling = { kind: 'idle'; chrt: string } | { kind: 'own-session' };

const OWN_SESSION: BackgroundScheduling = { kind: 'own-session' };
const CHRT_PATHS = ['/usr/bin/chrt', '/bin/chrt'];
const PROBE_TIMEOUT_MS = 5000;

let found: Promise<BackgroundScheduling> | undefined;

export function backgroundScheduling(): Promise<BackgroundScheduling> {
  found ??= probe();
  return found;
}

/** Tried for real once, with this very Node, since a container may refuse what the binary exists for. */
async function probe(): Promise<BackgroundScheduling> {
  if (process.platform !== 'linux') return OWN_SESSION;
  for (const chrt of CHRT_PATHS) {
    if (!existsSync(chrt)) continue;
    const works = await new Promise<boolean>((resolve) => {
      execFile(chrt, ['--idle', '0', process.execPath, '--version'], { timeout: PROBE_TIMEOUT_MS }, (error) => {
        resolve(!error);
      });
    });
    if (works) return { kind: 'idle', chrt };
  }
  return OWN_SESSION;
}

/** How a worker is started under `scheduling`: the program, the arguments before the script, and whether in a session of its own. */
export function launchUnder(
  scheduling: BackgroundScheduling | null,
  execArgv: string[],
): { execPath?: string; execArgv: string[]; ownSession: boolean } {
  if (scheduling?.kind === 'idle')
    return { execPath: scheduling.chrt, execArgv: ['--idle', '0', process.execPath, ...execArgv], ownSession: false };
  return { execArgv, ownSession: scheduling?.kind === 'own-session' };
}
