// Child process of the benchmark: imports a football.json season through SeasonImporter (the
// importSeason mutation's and the CLI's importer), twice, timing each import and counting its statements.
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { systemViewer } from '../src/auth/viewer.js';
import { createPgAdapter } from '../src/database/prisma-client.factory.js';
import { PrismaClient } from '../src/generated/prisma/client.js';
import { type ImportCounts, SeasonImporter } from '../src/modules/imports/season-importer.js';
import { readInput, respond } from './child.js';

export interface SeasonImportRequest {
  url: string;
  file: string;
  slug: string;
  timezone: string;
}

export interface TimedImport {
  ms: number;
  statements: number;
  changed: boolean;
  matches: ImportCounts & { unscored: number; refused: number };
}

/** The first import (into an empty competition) and the same document again. */
export interface SeasonImportTimings {
  first: TimedImport;
  again: TimedImport;
}

const { url, file, slug, timezone } = await readInput<SeasonImportRequest>();
const prisma = new PrismaClient({
  adapter: createPgAdapter({ url, poolMax: 2, statementTimeoutMs: 60_000 }),
  log: [{ emit: 'event', level: 'query' }],
});
let statements = 0;
// The client's type does not carry the log option; the event is there at run time.
(prisma as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => {
  statements += 1;
});
try {
  const document = await readFile(file, 'utf8');
  // Connected before the clock starts: the import is timed, not the pool's first connection.
  await prisma.$queryRaw`SELECT 1`;
  const importer = new SeasonImporter(prisma);
  const timed = async (): Promise<TimedImport> => {
    const before = statements;
    const start = performance.now();
    const report = await importer.import(
      { format: 'FOOTBALL_JSON', document, competition: { slug }, timezone, createMissingTeams: true },
      systemViewer('bench'),
    );
    return { ms: performance.now() - start, statements: statements - before, changed: report.changed, matches: report.matches };
  };
  const first = await timed();
  const again = await timed();
  respond({ first, again } satisfies SeasonImportTimings);
} finally {
  await prisma.$disconnect();
}
