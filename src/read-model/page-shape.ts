import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
  visit,
} from 'graphql';

/**
 * What a stored page holds at one place of its tree: for each concrete type an object there
 * may have, the fields it carries and what each holds in turn. Built from the page's canonical
 * selection, so it says exactly what the stored document has.
 */
export interface ShapeNode {
  /** type name → field name → the shape under that field (leaves have empty ones). */
  byType: Map<string, Map<string, ShapeNode>>;
}

const emptyShape = (): ShapeNode => ({ byType: new Map() });

/** Adds `__typename` to every selection set, so a stored object always names its type. */
export function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode) {
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias)) return undefined;
      return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] };
    },
  });
}

/**
 * The shape of a canonical selection rooted at `rootType`. It refuses what a stored page
 * could not answer faithfully: aliases (values are stored under field names), arguments
 * (one stored value cannot stand for every argument) and directives.
 */
export function shapeOf(schema: GraphQLSchema, rootType: string, document: DocumentNode, fragmentName: string): ShapeNode {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = fragments.get(fragmentName);
  if (!root) throw new Error(`No fragment ${fragmentName} in the page selection`);
  const type = schema.getType(rootType);
  if (!type || !isCompositeType(type)) throw new Error(`Unknown page type ${rootType}`);
  const shape = emptyShape();
  addSelections(schema, shape, type, root.selectionSet, fragments);
  return shape;
}

function addSelections(
  schema: GraphQLSchema,
  shape: ShapeNode,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) throw new Error('Page selections take no directives');
    if (selection.kind === Kind.FIELD) {
      addField(schema, shape, parent, selection, fragments);
    } else {
      const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
      if (!fragment) throw new Error(`Unknown fragment in the page selection`);
      const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
      if (!condition || !isCompositeType(condition)) throw new Error('A page fragment names an unknown type');
      addSelections(schema, shape, condition, fragment.selectionSet, fragments);
    }
  }
}

function addField(
  schema: GraphQLSchema,
  shape: ShapeNode,
  parent: GraphQLCompositeType,
  field: FieldNode,
  fragments: Map<string, FragmentDefinitionNode>,
): void {
  const name = field.name.value;
  if (field.alias) throw new Error(`Page selections use no aliases (${name})`);
  if (field.arguments?.length) throw new Error(`Page selections pass no arguments (${parent.name}.${name})`);
  const concrete = isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent];
  for (const type of concrete) {
    const fields = shape.byType.get(type.name) ?? new Map<string, ShapeNode>();
    shape.byType.set(type.name, fields);
    if (name === '__typename') {
      fields.set(name, fields.get(name) ?? emptyShape());
      continue;
    }
    const definition = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!definition) throw new Error(`${type.name} has no field ${name}`);
    if (definition.args.length) throw new Error(`Page selections cannot hold ${type.name}.${name}: it takes arguments`);
    const child = fields.get(name) ?? emptyShape();
    fields.set(name, child);
    const named = getNamedType(definition.type);
    if (field.selectionSet && isCompositeType(named)) addSelections(schema, child, named, field.selectionSet, fragments);
  }
}
