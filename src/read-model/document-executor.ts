import { Injectable } from '@nestjs/common';
import { buildASTSchema, parse, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema, isObjectType } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../graphql/request-context.js';
import { DocumentCatalog } from './document-catalog.js';
import { PageUnavailable, pagesReadBy } from './page-reader.js';

/**
 * Answers queries from stored pages alone, when every field they select is stored (or
 * resolved by a document field): the pages' schema has no resolvers but those, so its fields
 * are property reads, and graphql-jit compiles each operation once into a function that reads
 * them. The stored values are already what the live API serialized, so leaves pass through.
 */
@Injectable()
export class DocumentExecutor {
  private built: { live: GraphQLSchema; pages: GraphQLSchema } | null = null;
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  constructor(private readonly catalog: DocumentCatalog) {}

  covers(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
    return this.catalog.covers(schema, document, operationName);
  }

  /**
   * The answer from stored pages; null when it must come from the live path instead (a page
   * is missing or not FRESH, or the document path met anything unexpected).
   */
  async execute(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    context: RequestContext,
  ): Promise<ExecutionResult | null> {
    if (!this.covers(schema, document, operationName)) return null;
    const query = this.compile(schema, document, operationName);
    if (!query) return null;
    const result = await query.query(undefined, context, variables ?? {});
    const read = pagesReadBy(context);
    if (read.unavailable || result.errors?.length) {
      read.unavailable = true;
      return null;
    }
    return result;
  }

  private compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null {
    const perDocument = this.compiled.get(document) ?? new Map<string, CompiledQuery | null>();
    this.compiled.set(document, perDocument);
    const key = operationName ?? '';
    if (perDocument.has(key)) return perDocument.get(key) ?? null;
    const compiled = compileQuery(this.pagesSchema(schema), document, operationName ?? undefined, {
      disableLeafSerialization: true,
      disablingCapturingStackErrors: true,
    });
    const query = isCompiledQuery(compiled) ? compiled : null;
    perDocument.set(key, query);
    return query;
  }

  /** The served schema's types without their resolvers, but the document fields'. */
  private pagesSchema(live: GraphQLSchema): GraphQLSchema {
    if (this.built?.live === live) return this.built.pages;
    const pages = buildASTSchema(parse(printSchema(live)));
    for (const field of this.catalog.documentFields) {
      const type = pages.getType(field.type);
      const definition = isObjectType(type) ? type.getFields()[field.field] : undefined;
      if (!definition) throw new Error(`Document field ${field.type}.${field.field} is not in the schema`);
      definition.resolve = field.resolve;
    }
    this.built = { live, pages };
    return pages;
  }
}

export { PageUnavailable };
