import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { required } from '../src/common/required.js';
import { uuidOfGlobalId } from '../src/graphql/relay/global-id.js';
import { postChecked } from './http.js';
import { percentile } from './load.js';
import type { Row } from './report.js';
import type { BenchServer } from './servers.js';

const CREATE = 'mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }';
const SCHEDULE = 'mutation($input: ScheduleArticleInput!) { scheduleArticle(input: $input) { version status } }';
const LEAD_MS = 5_000;
const GIVE_UP_MS = 120_000;

async function post(server: BenchServer, token: string, query: string, variables: Record<string, unknown>) {
  const data = await postChecked(server.url, JSON.stringify({ query, variables }), query.slice(0, 40), {
    authorization: `Bearer ${token}`,
  });
  return Object.values(data)[0] as { id: string; version: number };
}

/**
 * `count` stories scheduled for the same instant, `LEAD_MS` after the last is scheduled; both
 * instances run the job queue. How late each went out: from its scheduled time to the time its
 * published snapshot was written (`revisedAt`), read from the database.
 */
export async function runScheduling(server: BenchServer, databaseUrl: string, count: number): Promise<Row> {
  const token = await server.editorToken();
  const ids: string[] = [];
  const drafts = [];
  for (let i = 0; i < count; i++) {
    const input = {
      headline: `Scheduled bench story ${i + 1}`,
      slug: `bench-scheduled-${i + 1}`,
      blocks: [{ type: 'PARAGRAPH', paragraph: { text: `Story ${i + 1}, due with all the others.` } }],
    };
    drafts.push(await post(server, token, CREATE, { input }));
  }
  const at = new Date(Date.now() + LEAD_MS);
  for (const draft of drafts) {
    await post(server, token, SCHEDULE, { input: { id: draft.id, expectedVersion: draft.version, at: at.toISOString() } });
    ids.push(required(uuidOfGlobalId(draft.id, ['Article']), `the key of ${draft.id}`));
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const lateness = async () =>
      (
        await client.query<{ ms: number }>(
          `SELECT (extract(epoch FROM (p."revisedAt" - $2::timestamptz)) * 1000)::float8 AS ms FROM "ArticlePublication" p WHERE p."articleId" = ANY($1::uuid[])`,
          [ids, at],
        )
      ).rows.map((row) => row.ms);
    let late = await lateness();
    for (const began = Date.now(); late.length < count && Date.now() - began < LEAD_MS + GIVE_UP_MS; late = await lateness())
      await sleep(250);
    if (late.length < count) throw new Error(`scheduled publishing: ${late.length} of ${count} published within ${GIVE_UP_MS / 1000} s`);
    late.sort((a, b) => a - b);
    return {
      operation: `${count} stories scheduled for the same instant: lateness of each publish`,
      reqPerS: Number.NaN,
      p50Ms: percentile(late, 0.5),
      p95Ms: percentile(late, 0.95),
      p99Ms: late[late.length - 1],
      ratio: null,
      typedRatio: null,
      sqlPerRequest: Number.NaN,
    };
  } finally {
    await client.end();
  }
}
