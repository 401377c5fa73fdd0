import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createApp } from './app.factory.js';
import { InvalidEnvironmentError, loadEnvironment } from './config/environment.js';
import { prepareDatabase } from './database/prepare-database.js';
import { seedIfEmpty } from './seed/seed-if-empty.js';
import { installGracefulShutdown } from './lifecycle/graceful-shutdown.js';

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
  const database = await prepareDatabase(
    env,
    (message) => {
      log.info(message);
    },
    seedIfEmpty,
  );

  const app = await createApp(env, database.url);
  await app.listen(env.PORT, env.HOST);
  const { port } = app.getHttpServer().address() as AddressInfo;
  log.info(`Podium is serving GraphQL at http://localhost:${port}/graphql`);

  installGracefulShutdown({
    server: app.getHttpServer(),
    closeApp: () => app.close(),
    stopDatabase: () => database.stop(),
    graceMs: env.SHUTDOWN_GRACE_MS,
    log,
  });
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
