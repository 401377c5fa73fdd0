/**
 * What the benchmark measures. Each case prepares request bodies for the real operation
 * and, through `capture`, matching bodies for its in-memory baseline; the load generator
 * picks one pair index at random per request. Add later cases (story page, search) here.
 */
export interface CaseContext {
  /** Ids of the generated units (each with its results). */
  unitIds: readonly string[];
  /**
   * Runs `body` once, checks it succeeded, keeps its `data` under `key` for the baseline
   * and returns the baseline's request body, which answers the same `data` from memory.
   */
  capture(key: string, body: string): Promise<string>;
}

export interface PreparedCase {
  real: string[];
  baseline: string[];
  /** How requests are chosen, for the report. */
  selection: string;
}

export interface BenchCase {
  name: string;
  prepare(ctx: CaseContext): Promise<PreparedCase>;
}

const RESULTS_SELECTION = `results { rank rankEqual startGroup competitor { displayName noc { code } person { slug age(on: "2026-02-09") } } displayValue behind medal recordMarks { code } irm }`;

export const UNIT_RESULTS_QUERY = `query($id: ID!) { unit(id: $id) { name resultStatus ${RESULTS_SELECTION} } }`;

export const EVENT_PAGE_QUERY = `{ competition(slug: "milano-cortina-2026") { name event(key: "SSK-W-1000M") { name previousEdition { competition { name } } defendingChampion { displayName } units { name resultStatus results { rank rankEqual startGroup competitor { displayName noc { code } person { slug age(on: "2026-02-09") } } displayValue behind medal recordMarks { code } irm } } } } }`;

export const BASELINE_QUERY = 'query($name: String!) { benchBaseline(name: $name) }';

export const body = (query: string, variables?: Record<string, unknown>): string => JSON.stringify(variables ? { query, variables } : { query });

export const CASES: BenchCase[] = [
  {
    name: 'unit results (uncached)',
    async prepare({ unitIds, capture }) {
      const real = unitIds.map((id) => body(UNIT_RESULTS_QUERY, { id }));
      const baseline: string[] = [];
      for (const [i, id] of unitIds.entries()) baseline.push(await capture(`unit:${id}`, real[i]!));
      return { real, baseline, selection: `random one of ${unitIds.length} generated units per request` };
    },
  },
  {
    name: 'milano-cortina-2026 event page',
    async prepare({ capture }) {
      const real = body(EVENT_PAGE_QUERY);
      return { real: [real], baseline: [await capture('event-page:milano-cortina-2026', real)], selection: 'the demo event, same query every request' };
    },
  },
];
