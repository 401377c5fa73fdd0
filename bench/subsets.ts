/** What BENCH_ONLY may name: a subset of rows run on their own (unset: every row). */
export const BENCH_SUBSETS = ['season', 'photo', 'editorial', 'writes', 'pages'] as const;
export type BenchSubset = (typeof BENCH_SUBSETS)[number];

export function benchSubset(value: string | undefined): BenchSubset | null {
  if (value === undefined || value.trim() === '') return null;
  const subset = BENCH_SUBSETS.find((name) => name === value.trim());
  if (!subset) throw new Error(`BENCH_ONLY=${value}: expected one of ${BENCH_SUBSETS.join(', ')}`);
  return subset;
}
