// Child process of the benchmark: one app instance alone in its own process, so that its
// resident memory is its own. It says its URL over IPC and stops when asked.
import 'reflect-metadata';
import { startServer } from './servers.js';

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error('usage: instance-child <database url>');
const server = await startServer('uncached', databaseUrl, { baseline: false });
process.send?.({ url: server.url, pid: process.pid });
process.on('message', (message) => {
  if (message !== 'stop') return;
  void server.close().finally(() => process.exit(0));
});
