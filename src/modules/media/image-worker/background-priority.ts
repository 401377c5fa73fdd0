import { writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { BACKGROUND_ENV } from './image-worker-protocol.js';

/** The lowest priority a process can take without privileges. */
const LOWEST = 19;

/**
 * The worker's side of its priority; never imported by the server (it has effects on import).
 *
 * Imported first by the worker's entry, before libvips and the thread pool start, so every
 * thread the worker makes inherits the priority (on Linux a nice value belongs to a thread).
 *
 * Only for a worker the runner started in a session of its own (detached), where SCHED_IDLE
 * was not to be had (see background-scheduling). With the kernel's
 * autogroup scheduling, which Linux distributions enable, a nice value counts only against
 * processes of the same session; the session's own nice makes the worker yield to the server,
 * PostgreSQL and everything else on the machine.
 */
function lowerPriority(): void {
  try {
    setPriority(0, LOWEST);
  } catch {
    // Not permitted here: the work runs at the server's priority.
  }
  try {
    writeFileSync('/proc/self/autogroup', String(LOWEST));
  } catch {
    // No autogroup scheduling (another OS, or a kernel without it): the thread priority above is what counts.
  }
}

if (process.env[BACKGROUND_ENV] === '1') lowerPriority();

// A server killed without its finally blocks (kill -9) leaves nobody to answer to: stop rather than work for nobody.
process.on('disconnect', () => process.exit(1));
