export type BlockChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED' | 'MOVED';

export interface AlignableBlock {
  id: string;
  type: string;
}

/** One line of a block comparison: indexes into the two bodies (null on the side where the block is absent). */
export interface BlockAlignment {
  kind: BlockChangeKind;
  beforeIndex: number | null;
  afterIndex: number | null;
}

/**
 * Aligns two bodies block by block. A block keeps its id while its content is unchanged, so
 * equal ids are the same block: in place (UNCHANGED) when they keep their order with the
 * other kept blocks, else MOVED. The kept blocks in order cut both bodies into gaps; inside a
 * gap the remaining blocks are paired in order by type (the longest such pairing) as CHANGED,
 * and what is left is REMOVED or ADDED. The result follows the new body, with each removed
 * block where it stood.
 */
export function alignBlocks(before: readonly AlignableBlock[], after: readonly AlignableBlock[]): BlockAlignment[] {
  const beforeById = new Map(before.map((block, i) => [block.id, i]));
  const matched = after.flatMap((block, j) => {
    const i = beforeById.get(block.id);
    return i === undefined ? [] : [{ i, j }];
  });
  const anchors = longestIncreasing(matched);
  const anchored = new Set(anchors.map((a) => a.j));
  const moved = new Set(matched.filter((m) => !anchored.has(m.j)).map((m) => m.j));
  const movedFrom = new Set(matched.filter((m) => !anchored.has(m.j)).map((m) => m.i));

  const out: BlockAlignment[] = [];
  let i0 = 0;
  let j0 = 0;
  for (const anchor of [...anchors, { i: before.length, j: after.length }]) {
    const gapBefore = range(i0, anchor.i).filter((i) => !movedFrom.has(i));
    const gapAfter = range(j0, anchor.j);
    out.push(...alignGap(before, after, gapBefore, gapAfter, moved));
    if (anchor.i < before.length) out.push({ kind: 'UNCHANGED', beforeIndex: anchor.i, afterIndex: anchor.j });
    i0 = anchor.i + 1;
    j0 = anchor.j + 1;
  }
  return out;
}

function alignGap(
  before: readonly AlignableBlock[],
  after: readonly AlignableBlock[],
  gapBefore: number[],
  gapAfter: number[],
  moved: ReadonlySet<number>,
): BlockAlignment[] {
  const beforeIdOf = new Map(before.map((block, i) => [block.id, i]));
  const fresh = gapAfter.filter((j) => !moved.has(j));
  const pairs = pairByType(
    gapBefore.map((i) => before[i].type),
    fresh.map((j) => after[j].type),
  ).map(([a, b]) => ({ i: gapBefore[a], j: fresh[b] }));
  const pairOfAfter = new Map(pairs.map((p) => [p.j, p.i]));
  const paired = new Set(pairs.map((p) => p.i));
  const out: BlockAlignment[] = [];
  let next = 0;
  const flushRemoved = (upTo: number) => {
    for (; next < gapBefore.length && gapBefore[next] < upTo; next++) {
      if (!paired.has(gapBefore[next])) out.push({ kind: 'REMOVED', beforeIndex: gapBefore[next], afterIndex: null });
    }
  };
  let pairsDone = 0;
  for (const j of gapAfter) {
    const i = pairOfAfter.get(j);
    if (moved.has(j)) {
      out.push({ kind: 'MOVED', beforeIndex: beforeIdOf.get(after[j].id) ?? null, afterIndex: j });
    } else if (i !== undefined) {
      flushRemoved(i);
      next++;
      pairsDone++;
      out.push({ kind: 'CHANGED', beforeIndex: i, afterIndex: j });
    } else {
      // What was removed before the next pair reads first, as in a line diff.
      flushRemoved(pairs[pairsDone]?.i ?? Infinity);
      out.push({ kind: 'ADDED', beforeIndex: null, afterIndex: j });
    }
  }
  flushRemoved(Infinity);
  return out;
}

/** The longest common subsequence of two type sequences, as index pairs in order. */
function pairByType(a: readonly string[], b: readonly string[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let x = a.length - 1; x >= 0; x--) {
    for (let y = b.length - 1; y >= 0; y--) {
      table[x][y] = a[x] === b[y] ? table[x + 1][y + 1] + 1 : Math.max(table[x + 1][y], table[x][y + 1]);
    }
  }
  const pairs: [number, number][] = [];
  for (let x = 0, y = 0; x < a.length && y < b.length;) {
    if (a[x] === b[y]) pairs.push([x++, y++]);
    else if (table[x + 1][y] >= table[x][y + 1]) x++;
    else y++;
  }
  return pairs;
}

/** The longest run of matches whose old indexes rise with the new ones (patience-style LIS, O(n log n)). */
function longestIncreasing(matches: readonly { i: number; j: number }[]): { i: number; j: number }[] {
  const tails: number[] = [];
  const previous = new Array<number>(matches.length).fill(-1);
  matches.forEach((match, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (matches[tails[mid]].i < match.i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const out: { i: number; j: number }[] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]) out.unshift(matches[k]);
  return out;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from, 0) }, (_, k) => from + k);
}
