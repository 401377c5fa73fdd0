// Jest loads globalSetup with require(): SWC turns this file into CommonJS and moduleNameMapper
// does not apply, so the ES modules of src/ (import.meta, ".js" specifiers) cannot load here.
// test-server.ts is loaded natively instead, through SWC's ESM loader hooks.
import { register } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// A real import(): SWC's CommonJS output would turn an import() expression into require().
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- the only way past SWC's rewrite, as said above
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<typeof import('./test-server.js')>;

async function loadTestServer(rootDir: string): Promise<typeof import('./test-server.js')> {
  const flag = '__podiumSwcEsmHooks';
  if (!(globalThis as Record<string, unknown>)[flag]) {
    register('@swc-node/register/esm', pathToFileURL(`${rootDir}/`));
    (globalThis as Record<string, unknown>)[flag] = true;
  }
  return nativeImport(pathToFileURL(join(rootDir, 'test', 'setup', 'test-server.ts')).href);
}

export default async function globalSetup(_globalConfig: unknown, projectConfig: { rootDir: string }): Promise<void> {
  const { setupTestServer, teardownTestServer } = await loadTestServer(projectConfig.rootDir);
  // globalTeardown runs in this process and sees this global (Jest's documented way to share).
  (globalThis as Record<string, unknown>).__podiumTestServerTeardown = teardownTestServer;
  await setupTestServer();
}
