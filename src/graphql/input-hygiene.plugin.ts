import type { ApolloServerPlugin } from '@apollo/server';
import { findInputProblem, inputProblemError } from './input-hygiene.js';
import { refusal } from './limits/refusal.js';

/**
 * Refuses NUL characters, unpaired surrogates and over-deep variables before execution, naming
 * the field. Register it after the response cache: a cached answer was checked when it ran.
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        responseForOperation({ document, request }) {
          const problem = findInputProblem(document, request.variables);
          return Promise.resolve(problem ? refusal(inputProblemError(problem)) : null);
        },
      });
    },
  };
}
