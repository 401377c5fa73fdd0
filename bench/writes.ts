import { performance } from 'node:perf_hooks';
import { percentile } from './load.js';
import { pagesSettler } from './pages.js';
import type { Row } from './report.js';
import type { BenchServer } from './servers.js';
import { type StoryMaterial, storyInput } from './story-input.js';

const CREATE = 'mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version status } }';
const UPDATE = 'mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { id version status } }';
const PUBLISH = 'mutation($input: ArticleVersionInput!) { publishArticle(input: $input) { id version status publishedAt } }';

export const WRITE_BLOCKS = 30;

export interface WriteStats {
  operation: string;
  count: number;
  /** Operations per second of the sequential loop: count / time spent in this operation. */
  reqPerS: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  sqlPerRequest: number;
}

type Article = { id: string; version: number; status: string };

/**
 * Writes, one request at a time over one keep-alive connection (fetch), each timed from send
 * to the end of the response: for every story, createArticle of a 30-block draft, then
 * updateArticle saving 30 changed blocks at the version the create returned, then
 * publishArticle at the version the save returned. `warmup` iterations come first, unmeasured.
 * After each publish, `settle` waits for the page build it queued, unmeasured.
 * Statements are the server's counter across each request (nothing else runs meanwhile).
 */
export async function runWrites(
  server: BenchServer,
  material: StoryMaterial,
  count: number,
  warmup: number,
  settle: () => Promise<unknown>,
): Promise<WriteStats[]> {
  const ops = {
    create: new Op('createArticle (draft, 30 blocks)'),
    update: new Op('updateArticle (save 30 blocks at expectedVersion)'),
    publish: new Op('publishArticle'),
  };
  const token = await server.editorToken();
  for (let i = 0; i < warmup + count; i++) {
    const measured = i >= warmup;
    const slug = `bench-write-${i + 1}`;
    const created = await timed(
      server,
      token,
      CREATE,
      { input: storyInput(material, slug, i, WRITE_BLOCKS) },
      'createArticle',
      measured ? ops.create : null,
    );
    const { slug: _slug, ...content } = storyInput(material, slug, i + 1, WRITE_BLOCKS);
    const saved = await timed(
      server,
      token,
      UPDATE,
      { input: { ...content, id: created.id, expectedVersion: created.version } },
      'updateArticle',
      measured ? ops.update : null,
    );
    const published = await timed(
      server,
      token,
      PUBLISH,
      { input: { id: saved.id, expectedVersion: saved.version } },
      'publishArticle',
      measured ? ops.publish : null,
    );
    if (saved.version !== created.version + 1 || published.version !== saved.version + 1 || published.status !== 'PUBLISHED') {
      throw new Error(`writes: versions did not chain (${created.version} → ${saved.version} → ${published.version}, ${published.status})`);
    }
    // The publish queued its page's build: each operation is timed alone, not against the last one's background work.
    await settle();
  }
  return Object.values(ops).map((op) => op.stats());
}

/** runWrites as table rows, each publish's page build waited for (pagesSettler) before the next story. */
export async function measureWrites(
  server: BenchServer,
  databaseUrl: string,
  material: StoryMaterial,
  settings: { writes: number; writesWarmup: number },
): Promise<Row[]> {
  const settler = await pagesSettler(databaseUrl);
  try {
    const ops = await runWrites(server, material, settings.writes, settings.writesWarmup, settler.settle);
    return ops.map((op) => ({ ...op, ratio: null, typedRatio: null }));
  } finally {
    await settler.close();
  }
}

class Op {
  readonly latencies: number[] = [];
  statements = 0;

  constructor(readonly operation: string) {}

  stats(): WriteStats {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const totalS = sorted.reduce((sum, ms) => sum + ms, 0) / 1000;
    return {
      operation: this.operation,
      count: sorted.length,
      reqPerS: sorted.length / totalS,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      p99Ms: percentile(sorted, 0.99),
      sqlPerRequest: this.statements / sorted.length,
    };
  }
}

async function timed(
  server: BenchServer,
  token: string,
  query: string,
  variables: Record<string, unknown>,
  field: string,
  op: Op | null,
): Promise<Article> {
  const statementsBefore = server.counter.requestCount;
  const start = performance.now();
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const elapsed = performance.now() - start;
  const json = JSON.parse(text) as { data?: Record<string, Article | null> | null; errors?: unknown };
  const article = json.data?.[field];
  if (response.status !== 200 || json.errors || !article)
    throw new Error(`${field}: expected 200 with data and no errors, got ${response.status}: ${text.slice(0, 500)}`);
  if (op) {
    op.latencies.push(elapsed);
    op.statements += server.counter.requestCount - statementsBefore;
  }
  return article;
}
