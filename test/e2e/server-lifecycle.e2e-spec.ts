import { spawn } from 'node:child_process';
import { createTestDatabase } from '../utils/test-database.js';

/** Starts the real entry point (src/main.ts through SWC) and collects its output. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', SWC_NODE_PROJECT: 'tsconfig.json', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  const waitFor = async (pattern: RegExp, timeoutMs = 30000) => {
    const start = Date.now();
    while (!pattern.test(output)) {
      if (Date.now() - start > timeoutMs) throw new Error(`Timed out waiting for ${pattern}; output:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return output.match(pattern)!;
  };
  return { child, exited, waitFor, output: () => output };
}

describe('server lifecycle', () => {
  it('stops at start with a message naming a bad variable', async () => {
    const server = startServer({ PORT: 'eighty', LOG_LEVEL: 'shouting' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
    expect(server.output()).toMatch(/LOG_LEVEL/);
  });

  it('fails fast and clearly when the database is unreachable', async () => {
    const started = Date.now();
    const server = startServer({ DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:1/none', DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '1000' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/Cannot reach the database/);
    expect(server.output()).not.toMatch(/secret/);
    expect(Date.now() - started).toBeLessThan(20000);
  });

  it('serves, then shuts down gracefully on SIGTERM', async () => {
    const database = await createTestDatabase();
    try {
      const server = startServer({ DATABASE_URL: database.url, PORT: '0', SEED_ON_EMPTY: 'false' });
      const [, port] = await server.waitFor(/serving GraphQL at http:\/\/localhost:(\d+)\/graphql/);
      const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(ready.status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/Stopped/);
    } finally {
      await database.drop();
    }
  });
});
