import type { ApolloServerPlugin } from '@apollo/server';
import { assertAffordable, type CostRules } from './query-cost.js';

/** Refuses, before execution, an operation whose cost with its variables applied is over `maxCost`. */
export function queryCostPlugin(maxCost: number, rules: CostRules): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, request }) {
          assertAffordable({ schema, document, operationName: request.operationName, variables: request.variables, maxCost, rules });
          return Promise.resolve();
        },
      });
    },
  };
}
