// Builds hostile but well-typed operations for every root field of a schema: each argument
// filled from a small set of edge values per type (empty, huge, negative, NUL, unpaired
// surrogates, impossible dates, malformed ids, and well-formed global ids of objects that do
// not exist), chosen by a seeded generator so a failure replays exactly.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { mulberry32 } from '../../bench/generate.js';
import { toGlobalId } from '../../src/graphql/relay/global-id.js';

export interface FuzzCase {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

const STRINGS = [
  '',
  'x',
  'Ju\u0000tta',
  'a\ud800b',
  '\udc00',
  'x'.repeat(20_000),
  "'; DROP TABLE person; --",
  '1:12.31',
  'jutta-leerdam',
  'NED',
];
const INTS = [0, 1, -1, 2147483647, -2147483648, 500, 501];
const FLOATS = [0, -1.5, 1e308, 3.14, -0];
const IDS = ['', 'nope', '00000000-0000-0000-0000-000000000000', 'UGVyc29uOjE=', 'a\u0000b', '%%%', 'x'.repeat(5000)];
const SCALARS: Record<string, unknown[]> = {
  Date: ['2026-02-30', 'not a date', '', '1998-12-24', '0000-01-01'],
  DateTime: ['2026-02-09T25:00:00Z', 'yesterday', '', '2026-02-09T16:00:00Z'],
  JSONObject: [{}, { a: '\u0000' }, { deep: { er: { still: [1, 2, 3] } } }, []],
};

export function fuzzCases(schema: GraphQLSchema, perField: number, seed = 1): FuzzCase[] {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const cases: FuzzCase[] = [];

  const node = schema.getType('Node');
  const nodeTypes = isInterfaceType(node) ? schema.getPossibleTypes(node).map((type) => type.name) : [];
  /** Half the time a malformed id, else the global id of an object that does not exist, of the type the argument most likely takes. */
  const idFor = (where: IdPlace): string => {
    if (random() < 0.5 || nodeTypes.length === 0) return pick(IDS);
    const uuid = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    const key = `${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-4${uuid.slice(13, 16)}-8${uuid.slice(17, 20)}-${uuid.slice(20)}`;
    return toGlobalId(nodeTypeFor(where, nodeTypes) ?? pick(nodeTypes), key);
  };

  const valueFor = (type: GraphQLInputType, depth: number, where: IdPlace): unknown => {
    const required = isNonNullType(type);
    const inner = getNullableType(type);
    if (!required && random() < 0.15) return null;
    if (isListType(inner)) {
      const length = depth > 3 ? 0 : pick([0, 1, 2]);
      return Array.from({ length }, () => valueFor(inner.ofType, depth + 1, where));
    }
    if (isEnumType(inner)) return pick(inner.getValues()).name;
    if (isInputObjectType(inner)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (isNonNullType(field.type) || (depth < 3 && random() < 0.6)) {
          object[field.name] = valueFor(field.type, depth + 1, { name: field.name, owner: inner.name });
        }
      }
      return object;
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'String':
          return pick(STRINGS);
        case 'Int':
          return pick(INTS);
        case 'Float':
          return pick(FLOATS);
        case 'Boolean':
          return random() < 0.5;
        case 'ID':
          return idFor(where);
        default:
          return pick(SCALARS[inner.name] ?? STRINGS);
      }
    }
    return null;
  };

  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  for (const [operation, root] of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      for (let i = 0; i < perField; i++) {
        const variables: Record<string, unknown> = {};
        for (const arg of field.args) variables[arg.name] = valueFor(arg.type, 0, { name: arg.name, owner: field.name });
        cases.push({ field: `${operation}.${field.name}`, query: operationFor(operation, field), variables });
      }
    }
  }
  return cases;
}

/** Where an id sits: its field or argument name, and the input type or root field holding it. */
interface IdPlace {
  name: string;
  owner: string;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Ids whose name does not end with the type they take. */
const ID_NAMES: Record<string, string> = {
  assetId: 'MediaAsset',
  creatorIds: 'Photographer',
  peopleShownIds: 'Person',
  supplierId: 'Agency',
  teamId: 'Organisation',
};

/**
 * The Node type an id most likely names: from its own name ("speakerPersonId" → Person), else,
 * for a bare `id`, from what holds it ("UpdateVenueInput" → Venue, the root field `unit` → Unit).
 */
function nodeTypeFor({ name, owner }: IdPlace, nodeTypes: readonly string[]): string | undefined {
  if (ID_NAMES[name]) return ID_NAMES[name];
  const own = capitalized(name.replace(/Ids?$/, ''));
  const holder = capitalized(
    owner.replace(/(Version)?Input$/, '').replace(/^(create|update|delete|publish|unpublish|register|set|import)/i, ''),
  );
  const candidate = name === 'id' || name === 'ids' ? holder : own;
  return [...nodeTypes].sort((a, b) => b.length - a.length).find((type) => candidate.endsWith(type));
}

function operationFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${operation}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selectionFor(field)} }`;
}

/** Scalars that need no arguments, or just __typename: enough to make the resolver run. */
function selectionFor(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  const scalars = Object.values(named.getFields())
    .filter((child) => child.args.every((arg) => !isNonNullType(arg.type)))
    .filter((child) => {
      const type = getNamedType(child.type);
      return isScalarType(type) || isEnumType(type);
    })
    .map((child) => child.name);
  return ` { __typename ${scalars.join(' ')} }`;
}

/** A uuid no seeded or generated row has: ids built from it are well formed and name nothing. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

/**
 * One well-typed call of a mutation with the simplest arguments: required fields only, and
 * every id the well-formed global id of an object that does not exist, of the type it most
 * likely takes. It gets past GraphQL's own validation, so what answers is the server's code.
 */
export function plainMutationCall(schema: GraphQLSchema, name: string): FuzzCase {
  const field = schema.getMutationType()?.getFields()[name];
  if (!field) throw new Error(`no mutation ${name}`);
  const nodes = schema.getType('Node');
  const nodeTypes = isInterfaceType(nodes) ? schema.getPossibleTypes(nodes).map((type) => type.name) : [];
  const id = (where: IdPlace) => toGlobalId(nodeTypeFor(where, nodeTypes) ?? 'Person', NOBODY);
  const variables = Object.fromEntries(field.args.map((arg) => [arg.name, plainValue(arg.type, 0, { name: arg.name, owner: name }, id)]));
  return { field: `mutation.${name}`, query: operationFor('mutation', field), variables };
}

export interface TextInputCase {
  field: string;
  query: string;
  path: string;
  variables: Record<string, unknown>;
}

/**
 * One case per text leaf of every mutation's arguments: that leaf holds `text`, every other
 * required leaf a plain value. The path is the one the refusal must name.
 */
export function textInputCases(schema: GraphQLSchema, text: string): TextInputCase[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  const cases: TextInputCase[] = [];
  for (const field of Object.values(mutation.getFields())) {
    for (const arg of field.args) {
      for (const leaf of textLeaves(arg.type, [arg.name], 0)) {
        const variables: Record<string, unknown> = {};
        for (const other of field.args) variables[other.name] = other === arg ? leaf.build(text) : plainValue(other.type, 0);
        cases.push({ field: field.name, query: operationFor('mutation', field), path: ['variables', ...leaf.path].join('.'), variables });
      }
    }
  }
  return cases;
}

interface TextLeaf {
  path: string[];
  build(text: string): unknown;
}

function textLeaves(type: GraphQLInputType, path: string[], depth: number): TextLeaf[] {
  const inner = getNullableType(type);
  if (depth > 4) return [];
  if (isListType(inner)) {
    return textLeaves(inner.ofType, [...path, '0'], depth + 1).map((leaf) => ({
      path: leaf.path,
      build: (text) => [leaf.build(text)],
    }));
  }
  if (isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID')) return [{ path, build: (text) => text }];
  if (!isInputObjectType(inner)) return [];
  const leaves: TextLeaf[] = [];
  for (const child of Object.values(inner.getFields())) {
    for (const leaf of textLeaves(child.type, [...path, child.name], depth + 1)) {
      leaves.push({
        path: leaf.path,
        build: (text) => ({ ...(plainValue(inner, depth) as Record<string, unknown>), [child.name]: leaf.build(text) }),
      });
    }
  }
  return leaves;
}

/** The simplest value of a type: required fields only; ids from `id` when given. */
function plainValue(type: GraphQLInputType, depth: number, where?: IdPlace, id?: (where: IdPlace) => string): unknown {
  const inner = getNullableType(type);
  if (!isNonNullType(type) && depth > 0) return null;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]?.name;
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields()))
      if (isNonNullType(field.type)) object[field.name] = plainValue(field.type, depth + 1, { name: field.name, owner: inner.name }, id);
    return object;
  }
  if (isScalarType(inner) && inner.name === 'ID' && where && id) return id(where);
  if (isScalarType(inner))
    return { Int: 1, Float: 1, Boolean: true, Date: '2026-02-09', DateTime: '2026-02-09T16:00:00Z', JSONObject: {} }[inner.name] ?? 'x';
  return null;
}
