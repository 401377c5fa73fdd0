import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { toGlobalId } from '../src/graphql/relay/global-id.js';
import { body } from './cases.js';
import { runChild } from './child.js';
import { postChecked, timeSequential } from './http.js';
import type { SeasonImportRequest, SeasonImportTimings, TimedImport } from './import-season.js';
import { percentile } from './load.js';
import type { PrepareRequest } from './prepare-data.js';
import { fixed, renderReport, type Row } from './report.js';
import { type BenchServer, startServer } from './servers.js';
import type { DataSize } from './generate.js';

/** The shared data sits beside the repository (../shared/data from its root), as the e2e test finds it. */
export const SEASON_FILE = join(
  fileURLToPath(new URL('../', import.meta.url)),
  '..',
  'shared',
  'data',
  'football.json',
  '2023-24',
  'en.1.json',
);
const SLUG = 'bench-premier-league-2023-24';
const MATCHES = 380;
const TEAMS = 20;
/** The quality bars of these rows. */
const BARS = { tableP50Ms: 20, importS: 10 };

export const SEASON_TABLE_QUERY = `query SeasonTable($id: ID!) {
  node(id: $id) { ... on Phase { id table { computed matchesCounted
    rows { rank rankShared played won drawn lost scoredFor scoredAgainst scoreDifference points deductedPoints form
      competitor { id team { name } } } } } }
}`;

/** The same table as it stood on a given day: a day not asked for before is computed afresh. */
const SEASON_TABLE_AS_OF_QUERY = `query SeasonTableAsOf($id: ID!, $asOf: Date!) {
  node(id: $id) { ... on Phase { id table(asOf: $asOf) { computed matchesCounted
    rows { rank rankShared played won drawn lost scoredFor scoredAgainst scoreDifference points deductedPoints form
      competitor { id team { name } } } } } }
}`;
/** The days of the 2023/24 season, one table each. */
const SEASON_FIRST_DAY = Date.UTC(2023, 7, 11);
const SEASON_DAYS = 282;

interface TablePayload {
  node: { table: { matchesCounted: number; rows: { rank: number; points: number; competitor: { team: { name: string } } }[] } };
}

const importRow = (operation: string, run: TimedImport): Row => ({
  operation,
  reqPerS: 1000 / run.ms,
  p50Ms: run.ms,
  p95Ms: run.ms,
  p99Ms: run.ms,
  ratio: null,
  typedRatio: null,
  sqlPerRequest: run.statements,
});

/**
 * The season rows: en.1.json (380 matches) imported through the importer into an empty
 * competition and imported again (wall time of each), then the league phase's table read through
 * GraphQL `Phase.table` on `server`, one request at a time (`count` after a few unmeasured).
 */
export async function measureSeason(
  server: BenchServer,
  databaseUrl: string,
  count: number,
  log: (message: string) => void,
): Promise<{ rows: Row[]; notes: string[] }> {
  if (!existsSync(SEASON_FILE)) throw new Error(`season rows: ${SEASON_FILE} is missing (the shared football.json data)`);
  log(`season: importing ${SEASON_FILE} into the empty competition "${SLUG}", then again`);
  const { first, again } = await runChild<SeasonImportTimings>('./import-season.ts', {
    url: databaseUrl,
    file: SEASON_FILE,
    slug: SLUG,
    timezone: 'Europe/London',
  } satisfies SeasonImportRequest);
  if (first.matches.created !== MATCHES || !first.changed)
    throw new Error(`season import: expected ${MATCHES} matches created, got ${JSON.stringify(first.matches)}`);
  if (again.matches.unchanged !== MATCHES || again.changed)
    throw new Error(`season re-import: expected ${MATCHES} unchanged, got ${JSON.stringify(again.matches)}`);
  // Pages and caches the import queued are rebuilt before anything is timed.
  await server.settle();

  const phaseId = await leaguePhaseOf(databaseUrl, SLUG);
  const requestBody = body(SEASON_TABLE_QUERY, { id: toGlobalId('Phase', phaseId) });
  const table = (await postChecked(server.url, requestBody, 'season table')) as unknown as TablePayload;
  const { matchesCounted, rows } = table.node.table;
  if (matchesCounted !== MATCHES || rows.length !== TEAMS)
    throw new Error(`season table: expected ${TEAMS} rows over ${MATCHES} matches, got ${rows.length} over ${matchesCounted}`);
  const name = `season table, ${MATCHES} matches, from the table cache (${server.name}, one request at a time)`;
  log(`${name}: 5 unmeasured, then ${count} requests`);
  const { latencies, sqlPerRequest } = await timeSequential(server, requestBody, count, 5, name);
  const tableRow: Row = {
    operation: name,
    reqPerS: latencies.length / (latencies.reduce((sum, ms) => sum + ms, 0) / 1000),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    ratio: null,
    typedRatio: null,
    sqlPerRequest,
  };
  // Each request a day not asked for before: the table is computed (one statement, then the rules) every time.
  const computedName = `season table, ${MATCHES} matches, computed: a new asOf day each request (${server.name})`;
  log(`${computedName}: ${Math.min(count, SEASON_DAYS)} requests`);
  const computedLatencies: number[] = [];
  const statementsBefore = server.counter.requestCount;
  for (let day = 0; day < Math.min(count, SEASON_DAYS); day++) {
    const asOf = new Date(SEASON_FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
    const started = performance.now();
    await postChecked(server.url, body(SEASON_TABLE_AS_OF_QUERY, { id: toGlobalId('Phase', phaseId), asOf }), 'season table as of a day');
    computedLatencies.push(performance.now() - started);
  }
  computedLatencies.sort((a, b) => a - b);
  const computedRow: Row = {
    operation: computedName,
    reqPerS: computedLatencies.length / (computedLatencies.reduce((sum, ms) => sum + ms, 0) / 1000),
    p50Ms: percentile(computedLatencies, 0.5),
    p95Ms: percentile(computedLatencies, 0.95),
    p99Ms: percentile(computedLatencies, 0.99),
    ratio: null,
    typedRatio: null,
    sqlPerRequest: (server.counter.requestCount - statementsBefore) / computedLatencies.length,
  };
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const leader = rows[0];
  return {
    rows: [
      importRow(`import a ${MATCHES}-match season (en.1.json, empty competition)`, first),
      importRow(`re-import the same season (nothing changed)`, again),
      computedRow,
      tableRow,
    ],
    notes: [
      `Season import: 2023/24 Premier League (openfootball en.1.json, ${MATCHES} matches, ${TEAMS} clubs created) through SeasonImporter in a child process (the importer of the CLI and of importSeason), one transaction each; wall time ${fixed(first.ms / 1000, 2)} s with ${first.statements} statements (bar ≤ ${BARS.importS} s: ${met(first.ms <= BARS.importS * 1000)}), the same file again ${fixed(again.ms / 1000, 2)} s with ${again.statements} statements, ${MATCHES} unchanged. The p50/p95/p99 columns of these rows are the one run's wall time, req/s its inverse, SQL per request the statements of the import.`,
      `Season table: \`node(id) { ... on Phase { table { rows … } } }\` for the imported league phase (${rows.length} rows over ${matchesCounted} matches; leader ${leader.competitor.team.name} with ${leader.points} points), ${count} requests one at a time after 5 unmeasured, over one keep-alive connection; p50 ${fixed(tableRow.p50Ms, 2)} ms, p95 ${fixed(tableRow.p95Ms, 2)} ms (bar p50 ≤ ${BARS.tableP50Ms} ms: ${met(tableRow.p50Ms <= BARS.tableP50Ms)}): served from the table cache, which a result, incident, unit, deduction or import in the phase empties. Computed afresh (a new \`asOf\` day each request, ${computedLatencies.length} requests): p50 ${fixed(computedRow.p50Ms, 2)} ms, p95 ${fixed(computedRow.p95Ms, 2)} ms, client round trip included (bar ≤ ${BARS.tableP50Ms} ms: ${met(computedRow.p50Ms <= BARS.tableP50Ms)}).`,
    ],
  };
}

async function leaguePhaseOf(databaseUrl: string, slug: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT p.id FROM "Phase" p JOIN "Event" e ON e.id = p."eventId" JOIN "Competition" c ON c.id = e."competitionId"
       WHERE c.slug = $1 AND p.kind = 'LEAGUE'`,
      [slug],
    );
    if (rows.length !== 1) throw new Error(`season table: expected one league phase in ${slug}, found ${rows.length}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/**
 * BENCH_ONLY=season: migrations and reference data only, one uncached instance, the season rows.
 * Prints the table; BENCHMARKS.md keeps the last full run.
 */
export async function runSeasonOnly(
  databaseUrl: string,
  description: string,
  settings: { sequential: number; size: DataSize },
  log: (message: string) => void,
  cleanups: (() => Promise<unknown>)[],
): Promise<void> {
  log('BENCH_ONLY=season: migrating and seeding reference data only');
  await runChild('./prepare-data.ts', { url: databaseUrl, size: settings.size, phase: 'reference' } satisfies PrepareRequest);
  const server = await startServer('uncached', databaseUrl, { baseline: false });
  cleanups.push(() => server.close());
  const loadBefore = loadavg()[0];
  const { rows, notes } = await measureSeason(server, databaseUrl, settings.sequential, log);
  const header = [
    `BENCH_ONLY=season: only the season rows, on one uncached instance (RESPONSE_CACHE_TTL_SECONDS=0, NODE_ENV=production, LOG_LEVEL=silent) against a database with the reference data and nothing else; ${description}. Not written to BENCHMARKS.md.`,
  ];
  const block = renderReport({ header, rows, notes, loadAverages: [loadBefore, loadavg()[0]], date: new Date() });
  process.stdout.write(`\n${block}\n`);
}
