import type { Type } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Prisma } from '../generated/prisma/client.js';
import type { RequestContext } from '../graphql/request-context.js';
import { createValidationPipe } from '../graphql/validation.pipe.js';
import type { DocumentField } from './document-catalog.js';
import type { ShapeNode } from './page-shape.js';
import { PageUnavailable, type PageReader, pagesReadBy } from './page-reader.js';

const pipe = createValidationPipe();

/** Arguments already validated, per argument class: a page's lookup is asked with the same few arguments again and again. */
const validated = new WeakMap<Type, LRUCache<string, object>>();
/** Longer arguments are validated every time rather than kept. */
const MAX_KEPT_ARGUMENTS_LENGTH = 1_000;

/**
 * The arguments as the live resolver gets them: validated and transformed by the API's own
 * pipe (global ids decoded). Anything the pipe refuses makes the operation fall back to the
 * live path, which answers it with the proper error. Valid arguments are kept (frozen) by
 * their text, so a hot page does not run the validators on every request.
 */
export async function liveArguments<A extends object>(metatype: Type<A>, raw: Record<string, unknown>): Promise<A> {
  const text = JSON.stringify(raw);
  let kept = validated.get(metatype);
  const hit = kept?.get(text);
  if (hit) return hit as A;
  let args: A;
  try {
    args = (await pipe.transform({ ...raw }, { type: 'body', metatype })) as A;
  } catch {
    throw new PageUnavailable(`arguments of ${metatype.name}`);
  }
  if (text.length <= MAX_KEPT_ARGUMENTS_LENGTH) {
    if (!kept) validated.set(metatype, (kept = new LRUCache({ max: 5_000 })));
    kept.set(text, deepFreeze(args));
  }
  return args;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') deepFreeze(child as object);
  return Object.freeze(value);
}

/** The shape a field's value has: the stored page of `kind`. */
export const pageShape =
  (kind: string) =>
  (shapes: ReadonlyMap<string, ShapeNode>): ShapeNode => {
    const shape = shapes.get(kind);
    if (!shape) throw new Error(`No page kind ${kind}`);
    return shape;
  };

/** The shape of a computed leaf. */
export const leafShape = (): ShapeNode => ({ byType: new Map() });

export interface PageLookupOptions<A extends object> {
  type: string;
  field: string;
  kind: string;
  args: Type<A>;
  reader: PageReader;
  /** A query returning the entity's key as `key` (none when there is no such public entity); null: let the live path answer. */
  lookup(args: A, source: Record<string, unknown>): Prisma.Sql | null;
}

/** A field answered with one stored page, looked up with its entity in one statement (`article(slug)`, `Competition.event(key)`). */
export function pageLookupField<A extends object>(options: PageLookupOptions<A>): DocumentField {
  return {
    type: options.type,
    field: options.field,
    shape: pageShape(options.kind),
    ...(options.type === 'Query' ? {} : { linksTo: options.kind }),
    async resolve(source, raw, context: RequestContext) {
      const args = await liveArguments(options.args, raw);
      const keys = options.lookup(args, (source ?? {}) as Record<string, unknown>);
      if (!keys) throw new PageUnavailable(`${options.type}.${options.field}`);
      return options.reader.one(context, options.kind, keys);
    },
  };
}

/** Records that an answer depends on a list (stories about an entity), for the response cache. */
export function dependsOnList(context: RequestContext, key: string): void {
  pagesReadBy(context).pages.add(key);
}

export type ShapeFor = (shapes: ReadonlyMap<string, ShapeNode>, schema: GraphQLSchema) => ShapeNode;

/** A Relay connection whose nodes are stored pages of one kind (cursors and page info come with it). */
export const connectionShape =
  (connection: string, edge: string, node: ShapeFor): ShapeFor =>
  (shapes, schema) => {
    const pageInfo: ShapeNode = {
      byType: new Map([
        ['PageInfo', new Map(['__typename', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor'].map((f) => [f, leafShape()]))],
      ]),
    };
    const edges: ShapeNode = {
      byType: new Map([
        [
          edge,
          new Map<string, ShapeNode>([
            ['__typename', leafShape()],
            ['cursor', leafShape()],
            ['node', node(shapes, schema)],
          ]),
        ],
      ]),
    };
    return {
      byType: new Map([
        [
          connection,
          new Map<string, ShapeNode>([
            ['__typename', leafShape()],
            ['edges', edges],
            ['pageInfo', pageInfo],
          ]),
        ],
      ]),
    };
  };

export interface PageLinkOptions {
  type: string;
  field: string;
  kind: string;
  reader: PageReader;
  /** The key of the linked page from the stored parent; null when there is none (the field is null). */
  keyOf(source: Record<string, unknown>): string | null;
}

/**
 * A stored field that leads to another page by a key the parent holds: the pages asked for in
 * one request are read with one statement (a story's results tables all at once).
 */
export function pageLinkField(options: PageLinkOptions): DocumentField {
  return {
    type: options.type,
    field: options.field,
    shape: pageShape(options.kind),
    linksTo: options.kind,
    resolve(source, _args, context: RequestContext) {
      const key = options.keyOf((source ?? {}) as Record<string, unknown>);
      return key === null ? null : options.reader.byKey(context, options.kind, key);
    },
  };
}
