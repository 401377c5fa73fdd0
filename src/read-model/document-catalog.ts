import { Injectable } from '@nestjs/common';
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { RequestContext } from '../graphql/request-context.js';
import { shapeOf, type ShapeNode, withTypenames } from './page-shape.js';

/** A kind of stored page: a root type, and the canonical selection that is stored for it. */
export interface PageKind {
  /** The GraphQL type of the page's root, also the kind's name ("Article"). */
  type: string;
  /** GraphQL text with a fragment named `fragment` on `type` (and the fragments it spreads). */
  selection: string;
  fragment: string;
  /** Dependencies beyond what the page shows, e.g. the list of stories about a person. */
  extraDependencies?(key: string): string[];
}

/** How the document path answers a field: a stored page, or stored pages inside a value. */
export type DocumentResolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

/**
 * A field the document path answers with its own resolver instead of a stored property: the
 * root queries that look pages up (`article(slug)`), fields that lead to another page
 * (`Competition.event(key)`), and fields computed from what a page stores (`Person.age(on)`).
 * `shape` is what the resolver's value holds, for the coverage check.
 */
export interface DocumentField {
  type: string;
  field: string;
  resolve: DocumentResolver;
  shape(shapes: ReadonlyMap<string, ShapeNode>, schema: GraphQLSchema): ShapeNode;
  /** For computed fields: the stored fields (on the same object) it reads. */
  reads?: string[];
  /**
   * For a field that leads to another page (a story's results table to the unit's page): that
   * page's kind. What the other page shows is not the parent page's dependency: a correction
   * of the unit's results rebuilds the unit's page alone, and every story shows it at once.
   */
  linksTo?: string;
}

/**
 * The read model's catalogue: the page kinds with their shapes, and the fields the document
 * path resolves itself. Features register theirs at start; `covers` tells whether an
 * operation can be answered from stored pages alone (each answer cached per document).
 */
@Injectable()
export class DocumentCatalog {
  private readonly kinds = new Map<string, PageKind & { document: DocumentNode }>();
  private readonly fields = new Map<string, DocumentField>();
  private readonly linkFields = new Set<string>();
  private readonly shapes = new Map<string, ShapeNode>();
  private readonly coverage = new WeakMap<DocumentNode, Map<string, boolean>>();
  private schema: GraphQLSchema | null = null;

  registerKind(kind: PageKind): void {
    if (this.kinds.has(kind.type)) throw new Error(`Page kind ${kind.type} is registered twice`);
    this.kinds.set(kind.type, { ...kind, document: withTypenames(parse(kind.selection)) });
  }

  registerField(field: DocumentField): void {
    const name = `${field.type}.${field.field}`;
    if (this.fields.has(name)) throw new Error(`Document field ${name} is registered twice`);
    this.fields.set(name, field);
    if (field.linksTo) this.linkFields.add(name);
  }

  kind(type: string): (PageKind & { document: DocumentNode }) | undefined {
    return this.kinds.get(type);
  }

  get kindNames(): string[] {
    return [...this.kinds.keys()];
  }

  get documentFields(): DocumentField[] {
    return [...this.fields.values()];
  }

  /** "Type.field" of the fields that lead to other pages. */
  get links(): ReadonlySet<string> {
    return this.linkFields;
  }

  /** Computes the shapes against the served schema; a selection that cannot be stored fails the start. */
  bind(schema: GraphQLSchema): void {
    if (this.schema === schema) return;
    this.schema = schema;
    this.shapes.clear();
    for (const kind of this.kinds.values()) this.shapes.set(kind.type, shapeOf(schema, kind.type, kind.document, kind.fragment));
    for (const field of this.fields.values()) {
      for (const read of field.reads ?? []) {
        const owner = this.findKindHolding(field.type, read);
        if (!owner) throw new Error(`${field.type}.${field.field} reads ${read}, which no page stores on ${field.type}`);
      }
    }
  }

  shapeOf(type: string): ShapeNode | undefined {
    return this.shapes.get(type);
  }

  /** Whether every field the operation selects is stored, or answered by a document field. */
  covers(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
    this.bind(schema);
    const perDocument = this.coverage.get(document) ?? new Map<string, boolean>();
    this.coverage.set(document, perDocument);
    const key = operationName ?? '';
    let answer = perDocument.get(key);
    if (answer === undefined) {
      answer = this.computeCoverage(schema, document, operationName);
      perDocument.set(key, answer);
    }
    return answer;
  }

  private computeCoverage(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): boolean {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName
      ? operations.find((o) => o.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
    if (!operation || operation.operation !== OperationTypeNode.QUERY) return false;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const query = schema.getQueryType();
    if (!query) return false;
    const walker = new CoverageWalk(schema, fragments, this.fields, this.shapes);
    return walker.rootCovered(query, operation.selectionSet);
  }

  private findKindHolding(type: string, field: string): boolean {
    for (const shape of this.shapes.values()) if (holds(shape, type, field, new Set())) return true;
    return false;
  }
}

function holds(shape: ShapeNode, type: string, field: string, seen: Set<ShapeNode>): boolean {
  if (seen.has(shape)) return false;
  seen.add(shape);
  for (const [name, fields] of shape.byType) {
    if (name === type && fields.has(field)) return true;
    for (const child of fields.values()) if (holds(child, type, field, seen)) return true;
  }
  return false;
}

/** Walks an operation beside the stored shapes; any field neither stored nor resolved by the document path fails it. */
class CoverageWalk {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly fields: Map<string, DocumentField>,
    private readonly shapes: Map<string, ShapeNode>,
  ) {}

  rootCovered(query: GraphQLObjectType, selectionSet: SelectionSetNode): boolean {
    for (const selection of this.flatten([query], selectionSet)) {
      if (selection.field === '__typename') continue;
      const resolver = this.fields.get(`${query.name}.${selection.field}`);
      const definition = query.getFields()[selection.field] as GraphQLField<unknown, unknown> | undefined;
      if (!resolver || !definition) return false;
      const named = getNamedType(definition.type);
      if (selection.selectionSet && isCompositeType(named)) {
        if (!this.covered(resolver.shape(this.shapes, this.schema), named, selection.selectionSet)) return false;
      }
    }
    return true;
  }

  private covered(shape: ShapeNode, position: GraphQLCompositeType, selectionSet: SelectionSetNode): boolean {
    for (const selection of this.flatten(this.concrete(position), selectionSet)) {
      if (selection.field === '__typename') continue;
      for (const type of selection.types) {
        // The page never holds this type here: only reachable through __typename, which is stored for every type.
        const stored = shape.byType.get(type.name);
        if (!stored) return false;
        const definition = type.getFields()[selection.field] as GraphQLField<unknown, unknown> | undefined;
        if (!definition) return false;
        const named = getNamedType(definition.type);
        const resolver = this.fields.get(`${type.name}.${selection.field}`);
        let child: ShapeNode | undefined;
        if (resolver) {
          if (resolver.reads?.some((read) => !stored.has(read))) return false;
          child = resolver.shape(this.shapes, this.schema);
        } else {
          if (selection.hasArguments) return false;
          child = stored.get(selection.field);
        }
        if (!child) return false;
        if (selection.selectionSet && isCompositeType(named) && !this.covered(child, named, selection.selectionSet)) return false;
      }
    }
    return true;
  }

  private concrete(type: GraphQLCompositeType): readonly GraphQLObjectType[] {
    return isAbstractType(type) ? this.schema.getPossibleTypes(type) : [type];
  }

  /**
   * The fields selected at one place, each with the concrete types it applies to there:
   * those the place can hold, narrowed by the fragments it sits in (`... on Node { id }`
   * inside a union of blocks is about the blocks only).
   */
  private flatten(
    types: readonly GraphQLObjectType[],
    selectionSet: SelectionSetNode,
  ): { field: string; types: readonly GraphQLObjectType[]; hasArguments: boolean; selectionSet?: SelectionSetNode }[] {
    const out: { field: string; types: readonly GraphQLObjectType[]; hasArguments: boolean; selectionSet?: SelectionSetNode }[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        out.push({
          field: selection.name.value,
          types,
          hasArguments: Boolean(selection.arguments?.length),
          selectionSet: selection.selectionSet,
        });
        continue;
      }
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : undefined;
      if (fragment.typeCondition && (!condition || !isCompositeType(condition))) continue;
      const narrowed = condition ? types.filter((type) => this.concrete(condition as GraphQLCompositeType).includes(type)) : types;
      out.push(...this.flatten(narrowed, fragment.selectionSet));
    }
    return out;
  }
}
