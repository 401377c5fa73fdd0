import { getNamedType, getNullableType, GraphQLError, isListType, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../../common/errors/error-codes.js';
import { DEFAULT_PAGE_SIZE } from '../pagination/connection.js';

export interface CostRules {
  /** Most items a plain (unpaginated) list field returns when its declaration states no bound. */
  defaultListSize: number;
}

/**
 * The bound a plain list declares: `@Field(() => [Result], { complexity: MAX_RESULT_ROWS })`
 * on a list means "returns at most that many", the same constant its query caps with.
 */
export function declaredListBound(field: { extensions: { complexity?: unknown } }): number | undefined {
  const bound = field.extensions.complexity;
  return typeof bound === 'number' ? bound : undefined;
}

/**
 * The cost of a field is 1 plus its children's, times the number of items it can return:
 * a connection's `first`/`last` as the variables give it (its default page size otherwise),
 * `nodes(ids:)`'s list length, and a plain list's declared bound. So `articles(first: $n)`
 * costs what `articles(first: 100)` costs, and a unit's result rows count as many rows.
 */
export function listAwareEstimator(rules: CostRules): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    // Clients (Apollo Client, Relay) add it everywhere; it costs nothing to answer.
    if (field.name === '__typename') return 0;
    const children = Math.max(childComplexity, 1);
    // A connection's items are counted once, by the connection field's page size.
    if (type.name.endsWith('Connection') && field.name === 'edges') return 1 + childComplexity;
    const requested = pageSizeOf(args);
    if (getNamedType(field.type).name.endsWith('Connection')) return 1 + (requested ?? DEFAULT_PAGE_SIZE) * children;
    if (isListType(getNullableType(field.type))) {
      return 1 + (requested ?? declaredListBound(field) ?? rules.defaultListSize) * children;
    }
    return 1 + childComplexity;
  };
}

function pageSizeOf(args: Record<string, unknown>): number | undefined {
  for (const key of ['first', 'last'] as const) {
    const value = args[key];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(value, 0);
  }
  return Array.isArray(args.ids) ? args.ids.length : undefined;
}

/** The cost; 0 when it cannot be computed (see below). */
function operationCost(check: CostCheck): number {
  try {
    return getComplexity({
      schema: check.schema,
      query: check.document,
      operationName: check.operationName ?? undefined,
      variables: check.variables ?? {},
      estimators: [listAwareEstimator(check.rules)],
    });
  } catch {
    // Variables that do not coerce, or an operation name not in the document: execution refuses
    // them with the proper code before running anything, so there is no cost to bound.
    return 0;
  }
}

/** The arguments whose values change a cost: page sizes and `nodes(ids:)`. */
const SIZING_ARGUMENTS = new Set(['first', 'last', 'ids']);
/** Costs kept per document, for as many sets of sizing variables. */
const MEMO_PER_DOCUMENT = 64;

/**
 * Costs by document, operation and the variables that size lists: costing a story page's
 * document walks every field of it, and only `first`, `last` and `ids` change the result, so
 * a page asked for a thousand different slugs is costed once. Apollo keeps one parsed
 * document per query text, which makes the document a stable key.
 */
export class CostMemo {
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();
  private readonly sizingVariables = new WeakMap<DocumentNode, string[]>();

  costOf(check: CostCheck): number {
    const sizing = this.sizingVariablesOf(check.document);
    const key = JSON.stringify([check.operationName ?? null, sizing.map((name) => check.variables?.[name] ?? null)]);
    const known = this.costs.get(check.document) ?? new Map<string, number>();
    this.costs.set(check.document, known);
    let cost = known.get(key);
    if (cost === undefined) {
      cost = operationCost(check);
      if (known.size < MEMO_PER_DOCUMENT) known.set(key, cost);
    }
    return cost;
  }

  private sizingVariablesOf(document: DocumentNode): string[] {
    let names = this.sizingVariables.get(document);
    if (!names) {
      const found = new Set<string>();
      visit(document, {
        Argument(node) {
          if (!SIZING_ARGUMENTS.has(node.name.value)) return;
          visit(node.value, {
            Variable(variable) {
              found.add(variable.name.value);
            },
          });
        },
      });
      names = [...found].sort();
      this.sizingVariables.set(document, names);
    }
    return names;
  }
}

export interface CostCheck {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  maxCost: number;
  rules: CostRules;
}

/** The operation's cost with its variables applied; throws QUERY_TOO_COSTLY past `maxCost`. */
export function assertAffordable(check: CostCheck, memo?: CostMemo): number {
  const cost = memo ? memo.costOf(check) : operationCost(check);
  if (cost > check.maxCost) {
    throw new GraphQLError(`Query costs ${cost}, more than the ${check.maxCost} allowed: ask for fewer items or fewer fields`, {
      extensions: { code: ErrorCode.QUERY_TOO_COSTLY, cost, maxCost: check.maxCost },
    });
  }
  return cost;
}
