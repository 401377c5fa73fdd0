import type { ChildProcess } from 'node:child_process';
import { clearPreviousServer } from './previous-server.js';
import { startServer, stopServer, type ClusterSettings } from './postgres-process.js';

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 30_000;

export interface SupervisedServer {
  stop(): Promise<void>;
}

/**
 * Runs the cluster and starts it again, on the same port, whenever it dies on its own
 * (kill -9, OOM killer): the connection pool then reconnects without a restart of Podium.
 * Retries back off from 250 ms to 30 s; meanwhile /health/ready answers 503.
 */
export async function superviseServer(settings: ClusterSettings, port: number): Promise<SupervisedServer> {
  let child: ChildProcess = await startServer(settings, port);
  let stopping = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const restartLater = () => {
    const delay = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** failures++);
    retry = setTimeout(() => void restart(), delay);
    retry.unref();
  };
  const watch = (server: ChildProcess) => {
    server.once('exit', (code, signal) => {
      if (stopping) return;
      settings.log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); starting it again`);
      restartLater();
    });
  };
  const restart = async () => {
    try {
      await clearPreviousServer(settings.dataDir, settings.log);
      const started = await startServer(settings, port);
      if (stopping) {
        await stopServer(started);
        return;
      }
      child = started;
      failures = 0;
      settings.log('PostgreSQL is running again');
      watch(child);
    } catch (error) {
      if (stopping) return;
      settings.log(`Starting PostgreSQL again failed: ${(error as Error).message}`);
      restartLater();
    }
  };

  watch(child);
  return {
    stop: async () => {
      stopping = true;
      clearTimeout(retry);
      await stopServer(child);
    },
  };
}
