import type { ApolloServerPlugin } from '@apollo/server';
import { findInputProblem, inputProblemError } from './input-hygiene.js';

/** Refuses NUL characters, unpaired surrogates and over-deep variables before execution, naming the field. */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, request }) {
          const problem = findInputProblem(document, request.variables);
          if (problem) throw inputProblemError(problem);
          return Promise.resolve();
        },
      });
    },
  };
}
