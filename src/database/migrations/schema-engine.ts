import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type pg from 'pg';

export type { SchemaEngine };
export type * from '@prisma/schema-engine-wasm/schema_engine_bg';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
// The project's lib (ES2023, no DOM) does not declare WebAssembly; Node provides it.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let bindings: Promise<Bindings> | undefined;
let lastPanic: string | undefined;

/**
 * Prisma's schema engine compiled to Wasm: migrations without the native binary,
 * which the CLI would download from a server that is not always reachable.
 */
function loadBindings(): Promise<Bindings> {
  return (bindings ??= (async () => {
    const jsPath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const module = (await import(pathToFileURL(jsPath).href)) as Bindings & { __wbg_set_wasm(exports: unknown): void };
    const wasm = await readFile(join(dirname(jsPath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': withUnrefTimers(module) });
    module.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    // The engine reports Rust panics here before it traps with a bare "unreachable", which may
    // surface as an uncaught exception rather than a rejection: the message is printed too.
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message: string) => {
        lastPanic = message;
        console.error(`Prisma schema engine panicked: ${message}`);
      },
    };
    return module;
  })());
}

/**
 * The engine arms a 10 s timer around its advisory lock and never clears it, which kept every
 * process that applied migrations alive 10 s longer. Its timers must not hold the process open.
 */
function withUnrefTimers(module: object): object {
  const imports: Record<string, unknown> = { ...module };
  for (const [name, fn] of Object.entries(imports)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof fn === 'function') {
      const setTimer = fn as (...args: unknown[]) => { unref?: () => void };
      imports[name] = (...args: unknown[]) => {
        const timer = setTimer(...args);
        timer.unref?.();
        return timer;
      };
    }
  }
  return imports;
}

export interface SchemaEngineHandle {
  engine: SchemaEngine;
  /** Frees the Wasm engine and closes every connection pool it opened. */
  close(): Promise<void>;
}

/** An engine bound to a database; the Prisma schema text is the datamodel it knows. */
export async function createSchemaEngine(
  connectionString: string,
  datamodel: { path: string; content: string },
  log: (line: string) => void = () => {},
): Promise<SchemaEngineHandle> {
  const { SchemaEngine } = await loadBindings();
  const adapters = new MigrationPgFactory(connectionString);
  const engine = await SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapters),
  );
  let closed = false;
  return {
    engine,
    close: async () => {
      if (closed) return;
      closed = true;
      engine.free();
      await adapters.disposeAll();
    },
  };
}

/** Adds the engine's last panic message, if any, to an error from an engine call. */
export function describeEngineError(error: unknown): Error {
  const base = error instanceof Error ? error : new Error(typeof error === 'string' ? error : JSON.stringify(error));
  if (lastPanic) {
    base.message = `${base.message}\n(schema engine panic: ${lastPanic})`;
    lastPanic = undefined;
  }
  return base;
}

/**
 * PrismaPg, corrected where @prisma/adapter-pg 7.10 falls short of the native schema engine:
 * - its connectToShadowDb keeps the real database when given a connection string (that overrides
 *   the `database` it spreads in) and drops the shadow database before closing its pool, which
 *   fails ("being accessed by other users") and leaves the database behind;
 * - see patchForMigrations for scripts and "char" columns.
 * It also tracks every pool it opens, so closing the engine leaves nothing running.
 */
class MigrationPgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(private readonly connectionString: string) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.adapter(this.connectionString);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const admin = await this.connect();
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const url = new URL(this.connectionString);
    url.pathname = `/${name}`;
    return this.adapter(url.href, async () => {
      await admin
        .executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        // PostgreSQL before 13 has no FORCE; the shadow pool is closed by now anyway.
        .catch(() => admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`));
      await admin.dispose();
    });
  }

  async disposeAll(): Promise<void> {
    for (const adapter of [...this.open]) await adapter.dispose();
  }

  private async adapter(connectionString: string, afterDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    // Idle clients are terminated when a server stops; without a handler that would crash the process.
    const adapter = patchForMigrations(await new PrismaPg({ connectionString }, { onPoolError: () => {} }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!this.open.delete(adapter)) return;
      await dispose();
      await afterDispose?.();
    };
    this.open.add(adapter);
    return adapter;
  }
}

const PG_CHAR = 18;
const CHAR_COLUMNS = Symbol('charColumns');
type PgQueryable = Pick<SqlDriverAdapter, 'queryRaw'> & {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[]; rows: unknown[] }>;
};
type PgInternals = PgQueryable & { onError(error: unknown): never; underlyingDriver(): pg.Pool };

/**
 * - executeScript: PrismaPg splits scripts on every ";" (comments, strings and $$ bodies
 *   included) and runs the pieces one by one. The native engine sends a migration as one
 *   simple query, which PostgreSQL runs as one implicit transaction: all or nothing. Same here.
 * - "char" columns: describing a schema reads pg_catalog columns of type "char" (contype...),
 *   which PrismaPg 7.10 cannot map ("Column type 'char' could not be deserialized"); the engine
 *   expects them as Character.
 */
function patchForMigrations(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const internals = adapter as unknown as PgInternals;
  adapter.executeScript = async (script: string) => {
    try {
      await internals.underlyingDriver().query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
  charAsCharacter(internals);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const tx = await startTransaction(...args);
    charAsCharacter(tx as unknown as PgQueryable);
    return tx;
  };
  return adapter;
}

function charAsCharacter(queryable: PgQueryable): void {
  const performIO = queryable.performIO.bind(queryable);
  const queryRaw = queryable.queryRaw.bind(queryable);
  // Reported as text to get past PrismaPg's type mapping, remembered on the rows array,
  // which queryRaw hands back as is.
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const chars: number[] = [];
    result.fields.forEach((field, index) => {
      if (field.dataTypeID === PG_CHAR) {
        field.dataTypeID = 25;
        chars.push(index);
      }
    });
    if (chars.length > 0) Object.defineProperty(result.rows, CHAR_COLUMNS, { value: chars });
    return result;
  };
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const chars = (result.rows as unknown as Record<symbol, number[] | undefined>)[CHAR_COLUMNS];
    for (const index of chars ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
}
