// Runs a TypeScript entry point through SWC (decorator metadata included, which
// NestJS's dependency injection needs and esbuild-based runners do not emit).
import { spawnSync } from 'node:child_process';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', entry, ...args], {
  stdio: 'inherit',
  env: { ...process.env, SWC_NODE_PROJECT: process.env.SWC_NODE_PROJECT ?? 'tsconfig.json' },
});
process.exit(result.status ?? 1);
