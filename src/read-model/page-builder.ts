import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, GraphQLError, Kind, parse, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS } from '../auth/viewer.js';
import { LoaderRegistry } from '../graphql/loader-registry.js';
import type { RequestContext } from '../graphql/request-context.js';
import { fromGlobalId, toGlobalId } from '../graphql/relay/global-id.js';
import { DocumentCatalog } from './document-catalog.js';
import { editionsKey, entityKey, eventPartsKey, unitResultsKey } from './dependency-keys.js';
import { normalizePage } from './page-document.js';
import { type BuiltPage, type PageState, ReadDocumentsRepository } from './read-documents.repository.js';

/** A build reads with the live path's own budget per request, generously. */
const BUILD_BUDGET_MS = 60_000;
/** Parts of a page that are not entities of their own (a story's blocks belong to the story). */
const NOT_DEPENDENCIES = /Block$/;

export type BuildOutcome = PageState | 'removed' | 'failed' | 'superseded';

/**
 * Builds stored pages: runs the kind's canonical selection through the live API, as an
 * anonymous reader (so a page holds only what readers may see), and stores the answer with
 * everything it shows as its dependencies.
 */
@Injectable()
export class PageBuilder {
  private readonly logger = new Logger(PageBuilder.name);
  private readonly queries = new Map<string, DocumentNode>();

  constructor(
    private readonly catalog: DocumentCatalog,
    private readonly pages: ReadDocumentsRepository,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Builds one page. */
  async build(kind: string, key: string): Promise<BuildOutcome> {
    return (await this.buildMany(kind, [key]))[0];
  }

  /**
   * Builds the pages of several entities of one kind with one execution of the canonical
   * selection (`nodes(ids:)`), so the live path's loaders batch across them: twenty stories
   * take about the statements of one. A page whose part of the answer has errors is recorded
   * as a failure; the others are stored.
   */
  async buildMany(kind: string, keys: readonly string[]): Promise<BuildOutcome[]> {
    const definition = this.catalog.kind(kind);
    if (!definition) throw new Error(`Unknown page kind ${kind}`);
    if (!keys.length) return [];
    const start = await this.pages.beginBuilds(kind, keys);
    let result: ExecutionResult;
    try {
      result = await execute({
        schema: this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema,
        document: this.query(kind),
        variableValues: { ids: keys.map((key) => toGlobalId(kind, key)) },
        contextValue: buildContext(),
      });
    } catch (error) {
      result = { errors: [new GraphQLError((error as Error).message)], data: null };
    }
    const nodes = (result.data as { nodes?: (Record<string, unknown> | null)[] } | null)?.nodes;
    const built: BuiltPage[] = [];
    const outcomes: BuildOutcome[] = [];
    for (const [i, key] of keys.entries()) {
      const failure = failureOf(result, i, nodes);
      if (failure) {
        this.logger.error(`Page ${kind}:${key} did not build: ${failure}`);
        await this.pages.recordFailure(kind, key, start.generations[i], failure);
        outcomes.push('failed');
        continue;
      }
      const document = nodes?.[i] ?? null;
      if (!document) {
        await this.pages.remove(kind, key, start.generations[i]);
        outcomes.push('removed');
        continue;
      }
      try {
        const dependsOn = [
          ...dependenciesOf(document, this.catalog.links),
          entityKey(kind, key),
          ...(definition.extraDependencies?.(key) ?? []),
        ];
        built.push({ key, generation: start.generations[i], page: normalizePage(document), dependsOn: [...new Set(dependsOn)].sort() });
        outcomes.push('superseded');
      } catch (error) {
        this.logger.error(`Page ${kind}:${key} did not build: ${(error as Error).message}`);
        await this.pages.recordFailure(kind, key, start.generations[i], (error as Error).message);
        outcomes.push('failed');
      }
    }
    const stored = await this.pages.store(kind, start.snapshot, built);
    const final = outcomes.map((outcome, i) => (outcome === 'superseded' ? (stored.get(keys[i]) ?? 'superseded') : outcome));
    // A page changed again while it was being built: free it for the next round at once.
    const superseded = keys.filter((_, i) => final[i] === 'superseded');
    if (superseded.length) await this.pages.release(kind, superseded);
    return final;
  }

  private query(kind: string): DocumentNode {
    let query = this.queries.get(kind);
    if (!query) {
      const definition = this.catalog.kind(kind);
      if (!definition) throw new Error(`Unknown page kind ${kind}`);
      const operation = parse(`query PageBuild($ids: [ID!]!) { nodes(ids: $ids) { __typename ...${definition.fragment} } }`)
        .definitions[0] as OperationDefinitionNode;
      query = { kind: Kind.DOCUMENT, definitions: [operation, ...definition.document.definitions] };
      this.queries.set(kind, query);
    }
    return query;
  }
}

/** What went wrong for the page at `index` of a batch: errors on its path, or on the whole execution. */
function failureOf(result: ExecutionResult, index: number, nodes: unknown[] | undefined): string | null {
  const errors = (result.errors ?? []).filter((error) => !nodes || error.path?.[1] === index || error.path === undefined);
  return errors.length ? errors.map((error) => error.message).join('; ') : null;
}

function buildContext(): RequestContext {
  return {
    req: { headers: {} } as RequestContext['req'],
    loaders: new LoaderRegistry(),
    viewer: ANONYMOUS,
    deadline: Date.now() + BUILD_BUDGET_MS,
  };
}

function matchUnitResults(block: Record<string, unknown>): string | null {
  const unit = fromGlobalId((block.unit as { id?: unknown } | null)?.id);
  return unit ? unitResultsKey(unit.key) : null;
}

function linkedUnitResults(link: Record<string, unknown>): string | null {
  const unit = fromGlobalId((link.target as { id?: unknown } | null)?.id);
  return unit?.type === 'Unit' ? unitResultsKey(unit.key) : null;
}

/**
 * Keys of what a page shows beyond the objects themselves: lists (a unit's rows, an event's
 * phases and units) and what is computed across entities (an event's previous edition).
 * Each rule: the object's type, the field that shows it, and the key, if the object gives one.
 */
const SHOWN_WITH: { type: string; field: string; key(object: Record<string, unknown>, key: string | undefined): string | null }[] = [
  { type: 'Unit', field: 'results', key: (_unit, key) => (key ? unitResultsKey(key) : null) },
  {
    type: 'Result',
    field: 'unit',
    key: (result) => {
      const unit = fromGlobalId((result.unit as { id?: unknown } | null)?.id);
      return unit ? unitResultsKey(unit.key) : null;
    },
  },
  { type: 'Event', field: 'phases', key: (_event, key) => (key ? eventPartsKey(key) : null) },
  { type: 'Event', field: 'units', key: (_event, key) => (key ? eventPartsKey(key) : null) },
  // A match block shows its unit's sides, scorers and cards: its results and incidents.
  { type: 'MatchBlock', field: 'sides', key: (block) => matchUnitResults(block) },
  // A story's JSON-LD names the sides of the units it links or mentions, from their results.
  { type: 'ArticleLink', field: 'target', key: linkedUnitResults },
  { type: 'Mention', field: 'target', key: linkedUnitResults },
  {
    type: 'Event',
    field: 'previousEdition',
    key: (event) => (typeof event.recurringKey === 'string' ? editionsKey(event.recurringKey) : null),
  },
];

/**
 * "Type:key" of every entity a page shows: each object with a global id (and a NOC, which
 * has only its code), with the keys of SHOWN_WITH. Values of JSON scalars (the JSON-LD) are
 * not walked: what they say comes from entities the page shows as objects too. Nor are
 * `links` ("Type.field"): what they lead to is another page, with dependencies of its own.
 */
export function dependenciesOf(document: unknown, links: ReadonlySet<string> = new Set()): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const typename = object.__typename;
    if (typeof typename !== 'string') return;
    if (typename === 'Noc' && typeof object.code === 'string') found.add(entityKey('Noc', object.code));
    const id = fromGlobalId(object.id);
    if (id && !NOT_DEPENDENCIES.test(id.type)) found.add(entityKey(id.type, id.key));
    for (const rule of SHOWN_WITH) {
      const key = rule.type === typename && rule.field in object ? rule.key(object, id?.key) : null;
      if (key) found.add(key);
    }
    for (const [field, child] of Object.entries(object)) {
      if (field !== '__typename' && !links.has(`${typename}.${field}`)) walk(child);
    }
  };
  walk(document);
  return found;
}
