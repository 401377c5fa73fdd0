import { applyJobQueueSchema } from './job-queue-schema.js';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmbeddedPostgres } from '../embedded-postgres/embedded-postgres.js';
import { createSchemaEngine, describeEngineError, type MigrationList, type SchemaEngine, type SchemaFilter } from './schema-engine.js';

export interface MigratorOptions {
  /** Defaults to prisma/migrations under the project root. */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma under the project root. */
  schemaPath?: string;
  /** Receives the schema engine's log lines (JSON). */
  log?: (line: string) => void;
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };
const LOCKFILE = 'migration_lock.toml';

/** The directory holding package.json, found from this file so src/ (SWC) and dist/src/ (tsc) agree. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('Could not find package.json above the migrator');
    dir = parent;
  }
  return dir;
}

function paths(options: MigratorOptions) {
  const root = projectRoot();
  return {
    migrationsDir: options.migrationsDir ?? join(root, 'prisma', 'migrations'),
    schemaPath: options.schemaPath ?? join(root, 'prisma', 'schema.prisma'),
  };
}

/** Reads the migrations directory the way the Prisma CLI does (every subdirectory, sorted by name). */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await readFile(join(migrationsDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) => ({
        path: entry.name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(migrationsDir, entry.name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: unknown) => ({ tag: 'error' as const, value: error instanceof Error ? error.message : String(error) }),
          ),
        },
      })),
  );
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    migrationDirectories,
    shadowDbInitScript: '',
  };
}

async function withEngine<T>(databaseUrl: string, options: MigratorOptions, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { schemaPath } = paths(options);
  const datamodel = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
  const handle = await createSchemaEngine(databaseUrl, datamodel, options.log);
  try {
    return await run(handle.engine);
  } catch (error) {
    throw describeEngineError(error);
  } finally {
    await handle.close();
  }
}

/**
 * Applies pending migrations, recording them in `_prisma_migrations` as `prisma migrate deploy`
 * does (same engine code), and returns the names applied.
 */
export async function applyMigrations(databaseUrl: string, options: MigratorOptions = {}): Promise<string[]> {
  const migrationsList = await readMigrationsList(paths(options).migrationsDir);
  const applied = await withEngine(databaseUrl, options, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return appliedMigrationNames;
  });
  await applyJobQueueSchema(databaseUrl);
  return applied;
}

/**
 * The SQL that would bring the migrations up to schema.prisma; empty when they agree.
 * The engine replays the migrations in a throwaway shadow database on the given server,
 * so that server's user needs CREATEDB. Without a URL a temporary embedded PostgreSQL is used.
 */
export async function diffSchemaAgainstMigrations(databaseUrl?: string, options: MigratorOptions = {}): Promise<string> {
  if (!databaseUrl) return withTemporaryPostgres((url) => diffSchemaAgainstMigrations(url, options));
  const { migrationsDir, schemaPath } = paths(options);
  const migrationsList = await readMigrationsList(migrationsDir);
  const schema = await readFile(schemaPath, 'utf8');
  // Without a migration there is no shadow database to build: diff from nothing.
  const from =
    migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' as const } : { tag: 'migrations' as const, ...migrationsList };
  return withEngine(databaseUrl, options, async (engine) => {
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return isEmptyScript(result.stdout ?? '') ? '' : (result.stdout ?? '');
  });
}

// The engine prints a comment line for an empty migration.
function isEmptyScript(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}

async function withTemporaryPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'podium-pg-'));
  try {
    const pg = await startEmbeddedPostgres({ dataDir, port: 0 });
    try {
      return await run(pg.url);
    } finally {
      await pg.stop();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
