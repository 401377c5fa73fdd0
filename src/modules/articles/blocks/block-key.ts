import { createHash } from 'node:crypto';

/** `<article id>.<20 hex digits>`: the key in a block's global id. */
export const BLOCK_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{20}$/;

interface KeyedBlock {
  type: string;
  data: unknown;
}

/**
 * The keys of a story's blocks, in order. Blocks are rewritten on every save, so a key is not
 * stored but computed from the story's id and a hash of the block's type and content; the
 * n-th of several identical blocks adds n. An unchanged block keeps its key across saves,
 * wherever it moves, and caches keep it; an edited one gets a new key. The position is left
 * out on purpose: it is a field of the block, not its identity.
 */
export function blockKeys(articleId: string, blocks: readonly KeyedBlock[]): string[] {
  const seen = new Map<string, number>();
  return blocks.map((block) => {
    const content = canonicalJson([block.type, block.data]);
    const occurrence = seen.get(content) ?? 0;
    seen.set(content, occurrence + 1);
    const digest = createHash('sha256').update(`${content}#${occurrence}`).digest('hex').slice(0, 20);
    return `${articleId}.${digest}`;
  });
}

/** The story a block key belongs to. */
export function articleIdOfBlockKey(key: string): string {
  return key.slice(0, key.indexOf('.'));
}

/** JSON with object keys sorted, so equal content hashes equally whatever order it was stored in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
