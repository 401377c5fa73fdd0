import { GraphQLError, Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { ErrorCode } from '../common/errors/error-codes.js';

/** Deeper than any input of the schema (a story body is about 6 levels): refused before coercion recurses into it. */
export const MAX_INPUT_DEPTH = 32;

// A NUL cannot be stored in PostgreSQL text or jsonb; an unpaired UTF-16 surrogate is not text at all.
// eslint-disable-next-line no-control-regex -- matching the NUL control character is the point
const NOT_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export interface InputProblem {
  path: string;
  message: string;
}

/**
 * Checks every string a request carries, in its variables and in the document's literals,
 * and the depth of its variables, before any of it reaches a resolver or the database.
 */
export function findInputProblem(document: DocumentNode, variables: Record<string, unknown> | undefined): InputProblem | undefined {
  return (variables && problemInVariables(variables)) ?? literalProblemOf(document);
}

// Apollo keeps one parsed document per query text, so its literals are checked once.
const literalProblems = new WeakMap<DocumentNode, InputProblem | null>();

function literalProblemOf(document: DocumentNode): InputProblem | undefined {
  let problem = literalProblems.get(document);
  if (problem === undefined) {
    problem = problemInLiterals(document) ?? null;
    literalProblems.set(document, problem);
  }
  return problem ?? undefined;
}

function problemInVariables(variables: Record<string, unknown>): InputProblem | undefined {
  // Iterative on purpose: a recursive walk would itself overflow on hostile nesting.
  const pending: { value: unknown; path: string[] }[] = [{ value: variables, path: ['variables'] }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (NOT_TEXT.test(value)) return notText(path.join('.'));
    } else if (value !== null && typeof value === 'object') {
      if (path.length > MAX_INPUT_DEPTH) return { path: path.join('.'), message: `nested deeper than ${MAX_INPUT_DEPTH} levels` };
      for (const [key, child] of Object.entries(value)) {
        if (NOT_TEXT.test(key)) return notText([...path, '(a key)'].join('.'));
        pending.push({ value: child, path: [...path, key] });
      }
    }
  }
  return undefined;
}

function problemInLiterals(document: DocumentNode): InputProblem | undefined {
  let found: InputProblem | undefined;
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (found || !NOT_TEXT.test(node.value)) return;
      found = notText(literalPath(parent ? [...ancestors, parent] : ancestors));
    },
  });
  return found;
}

function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[]): string {
  const names: string[] = [];
  for (const ancestor of ancestors) {
    if (Array.isArray(ancestor)) continue;
    const node = ancestor as ASTNode;
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) names.push(node.name.value);
  }
  return names.join('.') || 'a string literal';
}

function notText(path: string): InputProblem {
  return { path, message: 'contains a NUL character or an unpaired surrogate, which is not text' };
}

export function inputProblemError(problem: InputProblem): GraphQLError {
  return new GraphQLError(`${problem.path}: ${problem.message}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, issues: [{ path: problem.path, message: problem.message }] },
  });
}
