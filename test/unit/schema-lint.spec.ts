import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface LintError {
  message: string;
  rule: string;
  location: { line: number; column: number };
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../../node_modules/graphql-schema-linter/lib/cli.js', import.meta.url));

describe('graphql-schema-linter on schema.gql (npm run lint:schema)', () => {
  let errors: LintError[];
  beforeAll(() => {
    // The committed config (.graphql-schema-linterrc) names the rules and the schema file.
    const run = spawnSync(process.execPath, [cli, '--format', 'json'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    errors = (JSON.parse(run.stdout) as { errors: LintError[] }).errors;
  });

  it('finds nothing', () => {
    expect(errors.map((e) => `${e.location.line}: ${e.message} (${e.rule})`)).toEqual([]);
  });

  it('is configured with every rule the linter has', () => {
    const config = JSON.parse(readFileSync(join(root, '.graphql-schema-linterrc'), 'utf8')) as { rules: string[] };
    const builtIn = readdirSync(join(root, 'node_modules/graphql-schema-linter/lib/rules'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => file.replace(/\.js$/, '').replaceAll('_', '-'));
    expect([...config.rules].sort()).toEqual(builtIn.sort());
  });
});
