import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readmeOperations } from '../utils/readme-operations.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** relay-compiler (its native binary, from the npm package) over a project laid out as the README tells frontends to. */
async function compile(project: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(join(root, 'node_modules/.bin/relay-compiler'), ['--noWatchman'], {
      cwd: project,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('relay-compiler 21 against schema.gql', () => {
  let project: string;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'podium-relay-'));
    await cp(join(root, 'schema.gql'), join(project, 'schema.gql'));
    await cp(join(root, 'docs/frontend/relay.config.json'), join(project, 'relay.config.json'));
    await cp(join(root, 'test/relay'), join(project, 'src'), { recursive: true });
    // Relay names operations after their module: StoryPageQuery lives in StoryPage.ts.
    for (const operation of readmeOperations()) {
      const module = operation.name.slice(0, -SUFFIX[operation.kind].length);
      await writeFile(
        join(project, 'src', `${module}.ts`),
        `declare function graphql(s: TemplateStringsArray): unknown;\nexport default graphql\`\n${operation.text}\`;\n`,
      );
    }
  });
  afterAll(() => rm(project, { recursive: true, force: true }));

  it('has README operations named as Relay wants them', () => {
    const operations = readmeOperations();
    expect(operations.length).toBeGreaterThanOrEqual(6);
    for (const operation of operations) expect(operation.name.endsWith(SUFFIX[operation.kind])).toBe(true);
  });

  it('compiles the README operations and the story page and story list fragments, @connection and @refetchable included', async () => {
    const { code, output } = await compile(project);
    if (code !== 0) throw new Error(`relay-compiler failed:\n${output}`);
    const artifacts = await readdir(join(project, 'src/__generated__'));
    // @refetchable made refetch queries through node(id:) and through Query.
    expect(artifacts).toEqual(
      expect.arrayContaining([
        'StoryScreenArticleRefetchQuery.graphql.ts',
        'ArticleFeedPaginationQuery.graphql.ts',
        'StoryPageQuery.graphql.ts',
      ]),
    );
    const refetch = await readFile(join(project, 'src/__generated__/StoryScreenArticleRefetchQuery.graphql.ts'), 'utf8');
    expect(refetch).toMatch(/node\(id: \$id\)/);
    // last/before made the connection pageable both ways (loadPrevious as well as loadNext).
    const both = await readFile(join(project, 'src/__generated__/ArticleFeed_bothWays.graphql.ts'), 'utf8');
    expect(both).toContain('"direction": "bidirectional"');
  });

  it('fails on a connection a Relay client could not page, so the check above means something', async () => {
    const broken = await mkdtemp(join(tmpdir(), 'podium-relay-broken-'));
    try {
      await cp(join(project, 'relay.config.json'), join(broken, 'relay.config.json'));
      const schema = (await readFile(join(project, 'schema.gql'), 'utf8')).replace(/\n\s*"""[^"]*"""\n\s*hasPreviousPage: Boolean!/, '');
      await writeFile(join(broken, 'schema.gql'), schema);
      await cp(join(root, 'test/relay'), join(broken, 'src'), { recursive: true });
      const { code, output } = await compile(broken);
      expect(code).not.toBe(0);
      expect(output).toContain('hasPreviousPage');
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
