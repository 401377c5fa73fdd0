import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { execute, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { ANONYMOUS } from '../auth/viewer.js';
import { LoaderRegistry } from '../graphql/loader-registry.js';
import type { RequestContext } from '../graphql/request-context.js';
import { fromGlobalId, toGlobalId } from '../graphql/relay/global-id.js';
import { DocumentCatalog } from './document-catalog.js';
import { entityKey } from './dependency-keys.js';
import { normalizePage } from './page-document.js';
import { type PageState, ReadDocumentsRepository } from './read-documents.repository.js';

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

  async build(kind: string, key: string): Promise<BuildOutcome> {
    const definition = this.catalog.kind(kind);
    if (!definition) throw new Error(`Unknown page kind ${kind}`);
    const start = await this.pages.beginBuild(kind, key);
    let result;
    try {
      result = await execute({
        schema: this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema,
        document: this.query(kind),
        variableValues: { id: toGlobalId(kind, key) },
        contextValue: buildContext(),
      });
    } catch (error) {
      result = { errors: [error as Error], data: null };
    }
    if (result.errors?.length) {
      const message = result.errors.map((e) => e.message).join('; ');
      this.logger.error(`Page ${kind}:${key} did not build: ${message}`);
      await this.pages.recordFailure(kind, key, start, message);
      return 'failed';
    }
    const document = (result.data as { node: Record<string, unknown> | null } | null)?.node ?? null;
    if (!document) {
      await this.pages.remove(kind, key, start);
      return 'removed';
    }
    const dependsOn = [...dependenciesOf(document), entityKey(kind, key), ...(definition.extraDependencies?.(key) ?? [])];
    let page;
    try {
      page = normalizePage(document);
    } catch (error) {
      this.logger.error(`Page ${kind}:${key} did not build: ${(error as Error).message}`);
      await this.pages.recordFailure(kind, key, start, (error as Error).message);
      return 'failed';
    }
    const stored = await this.pages.store(kind, key, start, page, [...new Set(dependsOn)].sort());
    return stored ?? 'superseded';
  }

  private query(kind: string): DocumentNode {
    let query = this.queries.get(kind);
    if (!query) {
      const definition = this.catalog.kind(kind);
      if (!definition) throw new Error(`Unknown page kind ${kind}`);
      const operation = parse(`query PageBuild($id: ID!) { node(id: $id) { __typename ...${definition.fragment} } }`)
        .definitions[0] as OperationDefinitionNode;
      query = { kind: Kind.DOCUMENT, definitions: [operation, ...definition.document.definitions] };
      this.queries.set(kind, query);
    }
    return query;
  }
}

function buildContext(): RequestContext {
  return {
    req: { headers: {} } as RequestContext['req'],
    loaders: new LoaderRegistry(),
    viewer: ANONYMOUS,
    deadline: Date.now() + BUILD_BUDGET_MS,
  };
}

/**
 * "Type:key" of every entity a page shows: each object with a global id (and a NOC, which
 * has only its code). Values of JSON scalars (the JSON-LD) are not walked: what they say
 * comes from entities the page shows as objects too.
 */
export function dependenciesOf(document: unknown): Set<string> {
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
    for (const [field, child] of Object.entries(object)) if (field !== '__typename') walk(child);
  };
  walk(document);
  return found;
}
