import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isInterfaceType } from 'graphql';
import type { LoaderRegistry } from '../loader-registry.js';
import { type DecodedGlobalId, UUID_KEY } from './global-id.js';
import { NodeLoader } from './node-loader.decorator.js';

interface KeyLoader {
  load(key: string): Promise<unknown>;
}

interface NodeSource {
  key: RegExp;
  loader: (loaders: LoaderRegistry) => KeyLoader;
}

/**
 * Finds any Node by its global id through the loaders the features mark with `@NodeLoader`,
 * so ids of one request are batched per type. At start it checks that every type
 * implementing Node has a loader: a new entity cannot ship without being fetchable.
 */
@Injectable()
export class NodeRegistry implements OnApplicationBootstrap {
  private readonly sources = new Map<string, NodeSource>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly moduleRef: ModuleRef,
  ) {}

  onApplicationBootstrap(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
        const options = this.discovery.getMetadataByDecorator(NodeLoader, wrapper, method);
        if (!options) continue;
        const build = (instance as Record<string, (loaders: LoaderRegistry) => KeyLoader>)[method].bind(instance);
        for (const type of options.types) this.register(type, { key: options.key ?? UUID_KEY, loader: build });
      }
    }
    this.checkEveryNodeType();
  }

  /** The object with this id, as a Node (tagged with its type); null when there is none or the reader may not see it. */
  async load(loaders: LoaderRegistry, id: DecodedGlobalId): Promise<Record<string, unknown> | null> {
    const source = this.sources.get(id.type);
    if (!source || !source.key.test(id.key)) return null;
    const row = (await source.loader(loaders).load(id.key)) as Record<string, unknown> | null;
    if (!row || (row.__typename !== undefined && row.__typename !== id.type)) return null;
    return { ...row, __typename: id.type };
  }

  private register(type: string, source: NodeSource) {
    if (this.sources.has(type)) throw new Error(`Two @NodeLoader methods serve ${type}`);
    this.sources.set(type, source);
  }

  private checkEveryNodeType() {
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('The schema has no Node interface');
    const missing = schema
      .getPossibleTypes(node)
      .map((type) => type.name)
      .filter((name) => !this.sources.has(name));
    if (missing.length) throw new Error(`Node types without a @NodeLoader: ${missing.join(', ')}`);
  }
}
