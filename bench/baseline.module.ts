import { Injectable, Module } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { JSONObjectScalar } from '../src/graphql/scalars/index.js';

type Payload = Record<string, unknown>;

/** Responses captured from the real queries before the run, served again from memory. */
@Injectable()
export class BaselinePayloads {
  private readonly payloads = new Map<string, Payload>();

  set(name: string, payload: Payload): void {
    this.payloads.set(name, payload);
  }

  get(name: string): Payload | undefined {
    return this.payloads.get(name);
  }
}

@Resolver()
export class BenchBaselineResolver {
  constructor(private readonly payloads: BaselinePayloads) {}

  @Query(() => JSONObjectScalar, { description: 'Benchmark only: a captured response `data`, from memory, through the same pipeline.' })
  benchBaseline(@Args('name', { type: () => String }) name: string): Payload {
    const payload = this.payloads.get(name);
    if (!payload) throw new Error(`No baseline payload named ${name}`);
    return payload;
  }
}

/** Added by the benchmark only (createApp's extraModules); never part of the product's schema. */
@Module({ providers: [BaselinePayloads, BenchBaselineResolver] })
export class BenchBaselineModule {}
