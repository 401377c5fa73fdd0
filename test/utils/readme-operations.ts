import { readFileSync } from 'node:fs';
import { Kind, parse } from 'graphql';

export interface ReadmeOperation {
  name: string;
  kind: 'query' | 'mutation' | 'subscription';
  text: string;
}

export const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Every ```graphql block of the README, parsed: the operations the README shows frontends. */
export function readmeOperations(): ReadmeOperation[] {
  return [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, text]) => {
    const [definition] = parse(text).definitions;
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name)
      throw new Error(`README: a graphql block is not a named operation:\n${text}`);
    return { name: definition.name.value, kind: definition.operation, text };
  });
}
