import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { NodeRegistry } from './node-registry.js';
import { NodeResolver } from './node.resolver.js';

/** Global Object Identification: the Node interface's root fields, served by the features' node loaders. */
@Module({ imports: [DiscoveryModule], providers: [NodeRegistry, NodeResolver] })
export class RelayModule {}
