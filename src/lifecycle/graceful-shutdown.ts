import type { Server } from 'node:http';

export interface ShutdownParts {
  server: Server;
  /** Closes the application: its pool, its listeners. */
  closeApp: () => Promise<void>;
  /** Stops what the process started beside it (the embedded PostgreSQL). */
  stopDatabase: () => Promise<void>;
  graceMs: number;
  log: { info(message: string): void; warn(message: string): void };
}

/** Share of the grace period that in-flight requests get; the rest is for closing the pool and the database. */
const REQUESTS_SHARE = 0.7;

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests finish, close the
 * app and the database, exit 0. Whatever the database does (frozen, gone), the process is
 * gone within `graceMs`: past it, it exits 1 without waiting further.
 */
export function installGracefulShutdown(parts: ShutdownParts): void {
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    parts.log.info(`${signal}: finishing in-flight requests`);
    const hardStop = setTimeout(() => {
      parts.log.warn(`Shutdown took longer than SHUTDOWN_GRACE_MS (${parts.graceMs} ms): exiting now`);
      process.exit(1);
    }, parts.graceMs);
    hardStop.unref();

    const cutRequests = setTimeout(() => {
      parts.server.closeAllConnections();
    }, parts.graceMs * REQUESTS_SHARE);
    await new Promise<void>((resolve) => {
      parts.server.close(() => {
        resolve();
      });
      parts.server.closeIdleConnections();
    });
    clearTimeout(cutRequests);
    await parts.closeApp();
    await parts.stopDatabase();
    parts.log.info('Stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
