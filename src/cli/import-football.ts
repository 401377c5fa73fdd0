// npm run import:football -- <file> [--slug premier-league-2023-24] [--timezone Europe/London] [--no-create-teams]:
// imports a football.json season into DATABASE_URL, or the embedded PostgreSQL `npm start` uses.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { slugify } from '../common/validation/slug.js';
import { startProjectPostgres } from '../database/embedded-postgres/embedded-postgres.js';
import { applyMigrations } from '../database/migrations/migrator.js';
import { createPrismaClient } from '../database/prisma-client.factory.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import { seedReferenceData } from '../seed/reference-data.js';
import { seedIfEmpty } from '../seed/seed-if-empty.js';
import { SeasonImporter, type SeasonImportReport } from '../modules/imports/season-importer.js';

export interface ImportFootballArgs {
  file: string;
  slug: string;
  timezone: string;
  createMissingTeams: boolean;
}

const USAGE = 'usage: npm run import:football -- <file.json> [--slug <competition-slug>] [--timezone <IANA zone>] [--no-create-teams]';

export function parseImportArgs(argv: readonly string[]): ImportFootballArgs {
  const rest = [...argv];
  const option = (name: string) => {
    const i = rest.indexOf(name);
    if (i < 0) return undefined;
    const value = rest[i + 1];
    if (!value || value.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
    rest.splice(i, 2);
    return value;
  };
  const slug = option('--slug');
  const timezone = option('--timezone') ?? 'Europe/London';
  const noCreate = rest.indexOf('--no-create-teams');
  if (noCreate >= 0) rest.splice(noCreate, 1);
  if (rest.length !== 1 || rest[0].startsWith('--')) throw new Error(USAGE);
  const file = rest[0];
  return { file, slug: slug ?? slugify(basename(file, '.json')), timezone, createMissingTeams: noCreate < 0 };
}

/** Imports the file through the same importer as the importSeason mutation; returns its report. */
export async function importFootballFile(prisma: PrismaClient, args: ImportFootballArgs): Promise<SeasonImportReport> {
  const document = await readFile(args.file, 'utf8');
  return new SeasonImporter(prisma).import(
    {
      format: 'FOOTBALL_JSON',
      document,
      competition: { slug: args.slug },
      timezone: args.timezone,
      createMissingTeams: args.createMissingTeams,
    },
    { kind: 'system', name: 'import:football' },
  );
}

/** The report as the mutation gives it, in words. */
export function formatReport(report: SeasonImportReport): string {
  const counts = (c: { created: number; updated: number; unchanged: number }) =>
    `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`;
  return [
    `${report.competition.name} (${report.competition.slug}): ${report.rows} rows${report.changed ? '' : ' — nothing changed'}`,
    `  phases:  ${counts(report.phases)}`,
    `  teams:   ${counts(report.teams)}`,
    `  matches: ${counts(report.matches)}; ${report.matches.unscored} unscored, ${report.matches.refused} refused`,
    ...report.issues.map(
      (i) => `  row ${i.row} ${i.outcome} ${i.code}: ${i.round ?? '?'}, ${i.team1 ?? '?'} v ${i.team2 ?? '?'}: ${i.reason}`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseImportArgs(process.argv.slice(2));
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      const embedded = await startProjectPostgres(process.env.EMBEDDED_PG_DIR || '.data/postgres', 0);
      cleanups.unshift(() => embedded.stop());
      url = embedded.url;
    }
    await applyMigrations(url);
    // The embedded database is seeded as `npm start` seeds it (reference and demo data when empty),
    // so importing before the first start loses nothing; DATABASE_URL gets the reference data only.
    if (!process.env.DATABASE_URL) {
      await seedIfEmpty(url, (message) => {
        console.log(message);
      });
    }
    const prisma = createPrismaClient({ url, poolMax: 2, statementTimeoutMs: 60_000 });
    cleanups.unshift(() => prisma.$disconnect());
    // Idempotent: the NOCs, disciplines and member associations a season needs.
    await seedReferenceData(prisma);
    const started = Date.now();
    const report = await importFootballFile(prisma, args);
    console.log(formatReport(report));
    console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`import:football failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
