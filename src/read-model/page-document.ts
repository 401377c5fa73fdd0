import { isDeepStrictEqual } from 'node:util';

/**
 * A page as stored: its tree with every entity (an object with a global id) kept once in
 * `entities` and referred to as `{ "$ref": id }` wherever it appears. A story names the same
 * athlete in its mentions, its results table, its quotes and its photos; stored once, the page
 * is a fraction of the size to read and to parse.
 */
export interface StoredPage {
  root: unknown;
  entities: Record<string, Record<string, unknown>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const REF = '$ref';

/** A page tree made into its stored form. Two places showing one entity must agree on every field both hold. */
export function normalizePage(tree: unknown): StoredPage {
  const entities: Record<string, Record<string, unknown>> = {};
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    // Only GraphQL objects carry __typename; a JSON scalar's value (the JSON-LD) is kept as it is.
    if (typeof object.__typename !== 'string') return value;
    const copy: Record<string, unknown> = {};
    for (const [field, child] of Object.entries(object)) copy[field] = visit(child);
    const id = object.id;
    if (typeof id !== 'string') return copy;
    const known = entities[id] as Record<string, unknown> | undefined;
    if (!known) {
      entities[id] = copy;
    } else {
      for (const [field, child] of Object.entries(copy)) {
        if (!(field in known)) known[field] = child;
        else if (!isDeepStrictEqual(known[field], child)) throw new Error(`The page shows ${id}.${field} with two values`);
      }
    }
    return { [REF]: id };
  };
  return { root: visit(tree), entities };
}

/**
 * The stored page back as a tree of plain objects, each entity one object shared by every
 * place that shows it; what the document path reads its fields from.
 */
export function hydratePage(stored: StoredPage): Record<string, unknown> {
  const { entities } = stored;
  const done = new Set<object>();
  const resolve = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = resolve(value[i]);
      return value;
    }
    const object = value as Record<string, unknown>;
    const ref = object[REF];
    const target = typeof ref === 'string' ? (entities[ref] as Record<string, unknown> | undefined) : object;
    if (!target) throw new Error(`A stored page refers to ${String(ref)}, which it does not hold`);
    if (done.has(target) || typeof target.__typename !== 'string') return target;
    done.add(target);
    for (const field of Object.keys(target)) target[field] = resolve(target[field]);
    return target;
  };
  return resolve(stored.root) as Record<string, unknown>;
}

/** The global ids of the entities a stored page holds. */
export const entityIds = (stored: StoredPage): string[] => Object.keys(stored.entities);

export type { Json };
